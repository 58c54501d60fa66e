import type { DailyStats } from '../../lib/analytics/derived';
import { computeDailyKpisFromAggregates, computeKpisFromAggregates, type DailyKpis, type KpiReport } from '../../lib/analytics/kpi';
import { DAY_MS, dayKeyOf, dayRange, type TimeRange } from '../../lib/analytics/days';

/** The ranges the KPI tab offers: the last 7, 30 or 90 Asia/Shanghai days ending today, or everything captured. */
export const KPI_RANGES = ['7', '30', '90', 'all'] as const;
export type KpiRangeId = (typeof KPI_RANGES)[number];

/** The KPIs of one range, in total, per platform and per day, and the range itself. */
export interface KpiView {
  range: TimeRange;
  report: KpiReport;
  daily: DailyKpis[];
}

/**
 * The bounds of the day-row ids (`${day}|${platform}`) in a range, so the tab keeps only its days;
 * undefined for "all", which needs every row.
 */
export function kpiReadBounds(rangeId: KpiRangeId, now: number): { lower: string; upper: string } | undefined {
  if (rangeId === 'all') return undefined;
  const today = dayKeyOf(now);
  return { lower: dayKeyOf(now - (Number(rangeId) - 1) * DAY_MS), upper: `${today}|\uffff` };
}

/**
 * KPIs over the range from the dailyStats rows read for it. "All" runs from the earliest captured day to
 * today; every range ends with today (Asia/Shanghai), so days after today never count.
 */
export function kpiView(rows: readonly DailyStats[], rangeId: KpiRangeId, now: number): KpiView {
  const lastDay = dayKeyOf(now);
  let firstDay = rangeId === 'all' ? lastDay : dayKeyOf(now - (Number(rangeId) - 1) * DAY_MS);
  if (rangeId === 'all') for (const r of rows) if (r.day < firstDay) firstDay = r.day;
  const range = dayRange(firstDay, lastDay);
  return {
    range,
    report: computeKpisFromAggregates(rows, range),
    daily: computeDailyKpisFromAggregates(rows, range),
  };
}
