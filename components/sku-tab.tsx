import type { AnalyticsSettings } from '../lib/analytics/settings';
import type { ShopLensDatabase } from '../lib/db';
import { skuCodeLines, skuCodesExporter } from '../lib/export';
import { ExportButton } from './export';
import { formatCount } from './format';
import { useDecideMatch, useSkuLinks } from './hooks/use-sku-links';
import { useI18n } from './i18n';
import { LoadState } from './load-state';
import { SkuCodeLine } from './sku-code-line';
import { SkuGroupItem } from './sku-group-item';
import { SkuMatchItem } from './sku-match-item';
import { VirtualList } from './virtual-list';

/**
 * The SKU tab: the unified codes grouped by linked goods, the SKUs linked to nothing, and the probable matches
 * the seller confirms or rejects (stored in skuMatchDecisions; the lists update at once).
 */
export function SkuTab({ db, settings }: { db: ShopLensDatabase; settings: AnalyticsSettings }) {
  const { t, lang } = useI18n();
  const { view, codes, links, error } = useSkuLinks(db, settings);
  const decide = useDecideMatch(db);
  if (!view) return <LoadState error={error} />;
  if (view.codes === 0) {
    return (
      <section aria-labelledby="sku-title">
        <h2 id="sku-title">{t('skuTitle')}</h2>
        <p className="empty">{t('skuEmpty')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="sku-title">
      <h2 id="sku-title">{t('skuTitle')}</h2>
      <p className="muted">
        {t('skuSummary', {
          codes: formatCount(view.codes),
          groups: formatCount(view.groups.length),
          unlinked: formatCount(view.unlinked.length),
          matches: formatCount(view.matches.length),
        })}
      </p>
      {codes && links && (
        <ExportButton exporter={skuCodesExporter} source={() => skuCodeLines(codes, links)} total={codes.length} label={t('exportSkuCodes')} />
      )}
      <section aria-labelledby="matches-title">
        <h3 id="matches-title">{t('matchesTitle')}</h3>
        {view.matches.length === 0 ? (
          <p className="muted">{t('matchesNone')}</p>
        ) : (
          <VirtualList items={view.matches} keyOf={(m) => `${m.match.a}|${m.match.b}`} render={(m) => <SkuMatchItem view={m} onDecide={decide} />} label={t('matchesTitle')} />
        )}
      </section>
      <section aria-labelledby="groups-title">
        <h3 id="groups-title">{t('groupsTitle')}</h3>
        {view.groups.length === 0 ? (
          <p className="muted">{t('groupsNone')}</p>
        ) : (
          <VirtualList items={view.groups} keyOf={(g) => g.group.id} render={(g) => <SkuGroupItem view={g} />} label={t('groupsTitle')} />
        )}
      </section>
      <section aria-labelledby="unlinked-title">
        <h3 id="unlinked-title">{t('unlinkedTitle')}</h3>
        {view.unlinked.length === 0 ? (
          <p className="muted">{t('unlinkedNone')}</p>
        ) : (
          <VirtualList
            items={view.unlinked}
            keyOf={(u) => u.code.code}
            label={t('unlinkedTitle')}
            render={(u) => (
              <article className="row-item">
                <SkuCodeLine code={u.code} />
                <p className="muted reason">{u.reason[lang]}</p>
              </article>
            )}
          />
        )}
      </section>
    </section>
  );
}
