import { ORDER_STATUSES, type PlatformId } from '../../domain';
import type { DailyStats } from '../derived';
import { daysIn, type TimeRange } from '../days';
import { platformTallies, reportOf, tallyBuyerList, tallyNoBuyer, tallyStatus, type DailyKpis, type KpiReport, type KpiTally } from './tally';

function tallyRow(tallies: Record<PlatformId, KpiTally>, row: DailyStats): void {
  const t = tallies[row.platform];
  for (const s of ORDER_STATUSES) if (row.orders[s] > 0) tallyStatus(t, s, row.orders[s], row.fen[s]);
  tallyBuyerList(t, row.buyers);
  if (row.noBuyer) tallyNoBuyer(t, row.noBuyer[0], row.noBuyer[1]);
}

/**
 * KPIs over the days whose 00:00 Asia/Shanghai lies in [from, to), from dailyStats rows (read them by id
 * range `${fromDay}` … `${toDay}`): the same numbers as computeKpis over the orders for day-aligned ranges.
 * Distinct and repeat buyers come from the union of the rows' buyer lists.
 */
export function computeKpisFromAggregates(days: Iterable<DailyStats>, range: TimeRange): KpiReport {
  const tallies = platformTallies();
  // Rows are taken by day key: the days whose 00:00 lies in the range (daysIn).
  const included = new Set(daysIn(range));
  for (const row of days) if (included.has(row.day)) tallyRow(tallies, row);
  return { from: range.from, to: range.to, ...reportOf(tallies) };
}

/** Per-day KPIs from dailyStats rows, like computeDailyKpis over the orders. */
export function computeDailyKpisFromAggregates(days: Iterable<DailyStats>, range: TimeRange): DailyKpis[] {
  const list = daysIn(range);
  const byDay = new Map(list.map((d) => [d, platformTallies()]));
  for (const row of days) {
    const tallies = byDay.get(row.day);
    if (tallies) tallyRow(tallies, row);
  }
  return list.map((day) => ({ day, ...reportOf(byDay.get(day)!) }));
}
