import { useMemo, useState } from 'react';
import type { AnalyticsSettings } from '../lib/analytics/settings';
import type { StockRow, StockWarning } from '../lib/analytics/stock';
import type { ShopLensDatabase } from '../lib/db';
import { stockExporter, stockMovesExporter } from '../lib/export';
import { ExportButton } from './export';
import { formatCount } from './format';
import { useStock } from './hooks/use-stock';
import { useI18n } from './i18n';
import { LoadState } from './load-state';
import { StockFilter, type StockFilterValue } from './stock-filter';
import { StockMoves } from './stock-moves';
import { StockRowItem } from './stock-row-item';
import { WARNING_LABEL } from './stock-warning-tag';
import { VirtualList } from './virtual-list';

const rowKey = (r: StockRow) => `${r.platform}|${r.productId}|${r.skuId}`;
const renderRow = (r: StockRow) => <StockRowItem row={r} />;

/**
 * The 库存 tab: every captured product/SKU row with its stock figures, the rows with warnings first (断货,
 * 补货, 滞销, cover), each warning with its reason and the row's sales source, a filter by kind of warning;
 * and stock moves between platforms for linked goods.
 */
export function StockTab({ db, now, settings }: { db: ShopLensDatabase; now: number; settings: AnalyticsSettings }) {
  const { t } = useI18n();
  const { view, empty, error } = useStock(db, now, settings);
  const [filter, setFilter] = useState<StockFilterValue>('all');
  const counts = useMemo(() => {
    const byKind = new Map<StockWarning['kind'], number>();
    for (const r of view?.rows ?? []) for (const w of r.warnings) byKind.set(w.kind, (byKind.get(w.kind) ?? 0) + 1);
    return byKind;
  }, [view]);
  const rows = useMemo(
    () => (view && filter !== 'all' ? view.rows.filter((r) => r.warnings.some((w) => w.kind === filter)) : (view?.rows ?? [])),
    [view, filter],
  );
  if (!view) return <LoadState error={error} />;
  if (empty) {
    return (
      <section aria-labelledby="stock-title">
        <h2 id="stock-title">{t('stockTitle')}</h2>
        <p className="empty">{t('stockEmpty')}</p>
      </section>
    );
  }
  const s = settings.stock;
  return (
    <section aria-labelledby="stock-title">
      <h2 id="stock-title">{t('stockTitle')}</h2>
      <p className="muted">
        {t('stockSummary', { rows: formatCount(view.rows.length), warned: formatCount(view.warned) })}
        {t('stockRules', { days: s.salesWindowDays, factor: s.safetyFactor, slow: s.slowMoverUnits, slowDays: s.slowWindowDays })}
      </p>
      <StockMoves goods={view.moves} />
      {view.moves.length > 0 && (
        <ExportButton exporter={stockMovesExporter} source={() => view.moves} total={view.moves.length} label={t('exportStockMoves')} now={() => now} />
      )}
      <h3>{t('stockRowsTitle')}</h3>
      <StockFilter counts={counts} total={view.rows.length} value={filter} onChange={setFilter} />
      {/* the rows the list shows: the filter's rows, named in the file when one kind is chosen */}
      <ExportButton
        exporter={stockExporter}
        source={() => rows}
        total={rows.length}
        label={t('exportStockRows')}
        now={() => now}
        {...(filter === 'all' ? {} : { detail: t(WARNING_LABEL[filter]) })}
      />
      <VirtualList
        key={filter}
        items={rows}
        keyOf={rowKey}
        render={renderRow}
        label={t('stockRowsTitle')}
      />
    </section>
  );
}
