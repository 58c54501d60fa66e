import type { AnalyticsSettings } from '../lib/analytics/settings';
import type { ShopLensDatabase } from '../lib/db';
import { titlesExporter } from '../lib/export';
import { ExportButton } from './export';
import { formatCount } from './format';
import { useTitleReport } from './hooks/use-title-report';
import { useI18n } from './i18n';
import { LoadState } from './load-state';
import { TitleDraft } from './title-draft';
import { TitleItemView } from './title-item';
import { VirtualList } from './virtual-list';

/**
 * The 标题 tab: each listing's title checked against its platform's length limit, the Advertising Law and
 * repeated words, with the words its best-selling peers use that it lacks — the listings needing attention first.
 */
export function TitleTab({ db, now, settings }: { db: ShopLensDatabase; now: number; settings: AnalyticsSettings }) {
  const { t } = useI18n();
  const { view, empty, error } = useTitleReport(db, now, settings);
  if (!view) return <LoadState error={error} />;
  return (
    <section aria-labelledby="titles-title">
      <h2 id="titles-title">{t('titlesTitle')}</h2>
      <TitleDraft items={view.items} settings={settings} />
      {empty ? (
        <p className="empty">{t('titlesEmpty')}</p>
      ) : (
        <>
          <p className="muted">
            {t('titlesSummary', {
              n: formatCount(view.items.length),
              issues: formatCount(view.withIssues),
              banned: formatCount(view.banned),
              long: formatCount(view.tooLong),
            })}
          </p>
          <ExportButton exporter={titlesExporter} source={() => view.items} total={view.items.length} label={t('exportTitles')} now={() => now} />
          <VirtualList
            items={view.items}
            keyOf={(i) => `${i.listing.platform}|${i.listing.productId}`}
            render={(i) => <TitleItemView item={i} />}
            label={t('titlesTitle')}
          />
        </>
      )}
    </section>
  );
}
