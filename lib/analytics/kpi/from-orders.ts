import { hasBuyer, type Order, type PlatformId } from '../../domain';
import { dayKeyOf, daysIn, type TimeRange } from '../days';
import { platformTallies, reportOf, tallyBuyer, tallyNoBuyer, tallyStatus, type DailyKpis, type KpiReport, type KpiTally } from './tally';
import { isCountedStatus } from '../order-policy';

function tallyOrder(tallies: Record<PlatformId, KpiTally>, o: Order): void {
  const t = tallies[o.platform];
  tallyStatus(t, o.status, 1, o.paidFen);
  if (!isCountedStatus(o.status)) return;
  if (hasBuyer(o)) tallyBuyer(t, o.buyer, 1);
  else tallyNoBuyer(t, 1, o.paidFen);
}

/**
 * KPIs of the orders placed in [from, to) (epoch ms; use dayRange for whole Asia/Shanghai days), per
 * platform and in total, straight from the stored orders. Buyers and repeat buyers are distinct over the
 * whole range, not sums of days.
 */
export function computeKpis(orders: Iterable<Order>, range: TimeRange): KpiReport {
  const tallies = platformTallies();
  for (const o of orders) if (o.placedAt >= range.from && o.placedAt < range.to) tallyOrder(tallies, o);
  return { from: range.from, to: range.to, ...reportOf(tallies) };
}

/** KPIs per Asia/Shanghai day for each day whose 00:00 lies in [from, to), days without orders included. */
export function computeDailyKpis(orders: Iterable<Order>, range: TimeRange): DailyKpis[] {
  const days = daysIn(range);
  const byDay = new Map(days.map((d) => [d, platformTallies()]));
  for (const o of orders) {
    const tallies = byDay.get(dayKeyOf(o.placedAt));
    if (tallies) tallyOrder(tallies, o);
  }
  return days.map((day) => ({ day, ...reportOf(byDay.get(day)!) }));
}
