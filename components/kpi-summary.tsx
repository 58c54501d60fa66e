import type { Kpis } from '../lib/analytics/kpi';
import { formatFen } from '../lib/domain';
import { formatCount, formatPct } from './format';
import { useI18n } from './i18n';

/** The range's totals as six tiles, each with the figure beside it that explains it. */
export function KpiSummary({ kpis: k }: { kpis: Kpis }) {
  const { t } = useI18n();
  const tiles = [
    { id: 'gmv', label: t('kpi_gmv'), value: formatFen(k.gmvFen), note: t('kpiGmvNote') },
    { id: 'orders', label: t('kpi_orders'), value: formatCount(k.orders), note: t('kpiOrdersNote', { n: k.paidOrders - k.orders }) },
    { id: 'buyers', label: t('kpi_buyers'), value: formatCount(k.buyers), note: k.noBuyerOrders ? t('kpiBuyersNoBuyer', { n: formatCount(k.noBuyerOrders) }) : t('kpiBuyersNote') },
    { id: 'aov', label: t('kpi_aov'), value: k.aovFen === null ? '—' : formatFen(k.aovFen), note: t('kpiAvgOrder', { value: k.avgOrderFen === null ? '—' : formatFen(k.avgOrderFen) }) },
    { id: 'repurchase', label: t('kpi_repurchase'), value: formatPct(k.repurchaseRate), note: t('kpiRepeatNote', { n: k.repeatBuyers, of: k.buyers }) },
    { id: 'refund', label: t('kpi_refund'), value: formatPct(k.refundRateByCount), note: t('kpiRefundNote', { n: k.refundOrders, of: k.paidOrders, amount: formatPct(k.refundRateByAmount) }) },
  ];
  return (
    <dl className="tiles">
      {tiles.map((tile) => (
        <div key={tile.id} className="tile">
          <dt>{tile.label}</dt>
          <dd data-testid={`kpi-tile-${tile.id}`}>{tile.value}</dd>
          <dd className="muted">{tile.note}</dd>
        </div>
      ))}
    </dl>
  );
}
