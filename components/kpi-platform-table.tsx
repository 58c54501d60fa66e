import type { KpiReport, Kpis } from '../lib/analytics/kpi';
import { PLATFORM_IDS, formatFen } from '../lib/domain';
import { formatCount, formatPct } from './format';
import { useI18n } from './i18n';
import { PlatformBadge } from './platform-badge';

function Cells({ k, id }: { k: Kpis; id: string }) {
  return (
    <>
      <td data-testid={`kpi-${id}-gmv`}>{formatFen(k.gmvFen)}</td>
      <td data-testid={`kpi-${id}-orders`}>{formatCount(k.orders)}</td>
      <td data-testid={`kpi-${id}-buyers`}>{formatCount(k.buyers)}</td>
      <td data-testid={`kpi-${id}-aov`}>{k.aovFen === null ? '—' : formatFen(k.aovFen)}</td>
      <td>{formatPct(k.repurchaseRate)}</td>
      <td>{formatPct(k.refundRateByCount)}</td>
    </>
  );
}

/** The KPIs per platform and their total, one compact row each (fits the ~400 px panel). */
export function KpiPlatformTable({ report }: { report: KpiReport }) {
  const { t } = useI18n();
  return (
    <table className="compact kpi-table">
      <caption>{t('kpiByPlatform')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('platform')}</th>
          <th scope="col">{t('kpi_gmv')}</th>
          <th scope="col">{t('kpi_ordersShort')}</th>
          <th scope="col">{t('kpi_buyersShort')}</th>
          <th scope="col">{t('kpi_aov')}</th>
          <th scope="col">{t('kpi_repurchaseShort')}</th>
          <th scope="col">{t('kpi_refundShort')}</th>
        </tr>
      </thead>
      <tbody>
        {PLATFORM_IDS.map((p) => (
          <tr key={p}>
            <th scope="row">
              <PlatformBadge platform={p} />
            </th>
            <Cells k={report.byPlatform[p]} id={p} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('total')}</th>
          <Cells k={report.total} id="total" />
        </tr>
      </tfoot>
    </table>
  );
}
