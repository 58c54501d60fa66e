import { useState } from 'react';
import type { AnalyticsSettings } from '../lib/analytics/settings';
import type { ShopLensDatabase } from '../lib/db';
import { formatShanghai } from '../lib/domain';
import { GmvChart } from './gmv-chart';
import { useKpis } from './hooks/use-kpis';
import { useI18n } from './i18n';
import { KpiPlatformTable } from './kpi-platform-table';
import { KpiRangePicker } from './kpi-range-picker';
import { KpiSummary } from './kpi-summary';
import { LoadState } from './load-state';
import type { KpiRangeId } from './model/kpi-view';
import { UrgentToday } from './urgent-today';

/**
 * The 经营 tab: the three things to do first today, then GMV, orders, buyers, 客单价, 复购率 and 退款率 for a range,
 * in total, per day and per platform.
 */
export function KpiTab({ db, now, settings }: { db: ShopLensDatabase; now: number; settings: AnalyticsSettings }) {
  const { t, lang } = useI18n();
  const [rangeId, setRangeId] = useState<KpiRangeId>('30');
  const { view, empty, error } = useKpis(db, rangeId, now);
  return (
    <section aria-labelledby="kpi-title">
      <UrgentToday db={db} now={now} settings={settings} />
      <div className="section-head">
        <h2 id="kpi-title">{t('kpiTitle')}</h2>
        <KpiRangePicker value={rangeId} onChange={setRangeId} />
      </div>
      {error || !view ? (
        <LoadState error={error} />
      ) : empty ? (
        <p className="empty">{t('kpiEmpty')}</p>
      ) : (
        <>
          <p className="muted">
            {t('kpiRange', { from: formatShanghai(view.range.from, false), to: formatShanghai(view.range.to - 1, false), days: view.daily.length })}
          </p>
          {view.report.total.orders === 0 && view.report.total.paidOrders === 0 ? (
            <p className="empty">{t('kpiNoneInRange')}</p>
          ) : (
            <>
              <KpiSummary kpis={view.report.total} />
              <GmvChart daily={view.daily} />
              <KpiPlatformTable report={view.report} />
              <p className="muted reason">{view.report.total.reason[lang]}</p>
            </>
          )}
        </>
      )}
    </section>
  );
}
