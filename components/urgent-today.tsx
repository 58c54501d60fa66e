import type { AnalyticsSettings } from '../lib/analytics/settings';
import type { UrgentItem, UrgentKind } from '../lib/analytics/urgent';
import type { ShopLensDatabase } from '../lib/db';
import { useUrgent } from './hooks/use-urgent';
import { useI18n } from './i18n';
import type { MessageKey } from './i18n/messages';
import { LoadState } from './load-state';
import { PlatformBadge } from './platform-badge';

const KIND: Record<UrgentKind, MessageKey> = {
  outOfStock: 'todayKind_outOfStock',
  reorder: 'todayKind_reorder',
  move: 'todayKind_move',
  slipping: 'todayKind_slipping',
};

function TodayItem({ item }: { item: UrgentItem }) {
  const { t, lang } = useI18n();
  return (
    <li className={`urgent-item urgent-${item.kind}`} data-kind={item.kind} data-testid="today-item">
      <p className="row-head">
        <span className="tag">{t(KIND[item.kind])}</span>
        {item.platform && <PlatformBadge platform={item.platform} />}
        <span className="title">{item.subject || t('todayCustomers')}</span>
        <span className="muted">{item.daysLeft === 0 ? t('todayNow') : t('todayDaysLeft', { n: item.daysLeft })}</span>
      </p>
      <p className="reason">{item.reason[lang]}</p>
    </li>
  );
}

/**
 * The 经营 tab's three things to do today — out of stock, moves between platforms, reorders, customers about to
 * turn 沉睡 — ranked by lib/analytics/urgent as the popup shows them, each with its one-line reason.
 */
export function UrgentToday({ db, now, settings }: { db: ShopLensDatabase; now: number; settings: AnalyticsSettings }) {
  const { t } = useI18n();
  const { list, behind, error } = useUrgent(db, now, settings);
  const total = list ? Object.values(list.counts).reduce((a, b) => a + b, 0) : 0;
  return (
    <section className="urgent-today" aria-labelledby="today-title" data-testid="urgent-today">
      <h3 id="today-title">{t('todayTitle')}</h3>
      {!list ? (
        <LoadState error={error} />
      ) : list.items.length === 0 ? (
        <p className="muted">{t('todayNone')}</p>
      ) : (
        <ol>
          {list.items.map((item) => (
            <TodayItem key={item.key} item={item} />
          ))}
        </ol>
      )}
      {list && total > list.items.length && <p className="muted">{t('todayMore', { n: total })}</p>}
      {behind && <p className="muted">{t('todayBehind')}</p>}
    </section>
  );
}
