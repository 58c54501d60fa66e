import { PLATFORM_LABELS } from '../lib/domain';
import { formatShanghai } from '../lib/domain/time';
import type { PlatformSummary } from './hooks/use-capture-summary';
import { useI18n } from './i18n';

/** One card per platform: how many orders and products are stored, and when it was last captured. */
export function PlatformCards({ platforms }: { platforms: PlatformSummary[] }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">{t('overview')}</h2>
      <ul className="cards">
        {platforms.map((p) => (
          <li key={p.platform} className="card" data-platform={p.platform}>
            <h3>{PLATFORM_LABELS[p.platform][lang]}</h3>
            <dl>
              <div>
                <dt>{t('orders')}</dt>
                <dd data-testid={`${p.platform}-orders`}>{p.orders.toLocaleString('zh-CN')}</dd>
              </div>
              <div>
                <dt>{t('products')}</dt>
                <dd data-testid={`${p.platform}-products`}>{p.products.toLocaleString('zh-CN')}</dd>
              </div>
            </dl>
            <p className="muted">{p.lastAt ? t('lastCapture', { time: formatShanghai(p.lastAt) }) : t('never')}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
