import type { PlatformId, Product } from '../../domain';
import { trailingDays, type DailyStats, type SkuStats } from '../derived';
import { dayStartOf } from '../days';
import { createProductMatcher, emptyRowMatch } from '../sku-codes';
import { salesCountOf, salesTally, tallyMatch, type SalesCount } from './sales';

/**
 * How far back each platform's capture reaches, from dailyStats rows (one per day with any order, any
 * status): the first instant of the earliest day when an order was placed exactly then (atDayStart), else
 * one millisecond later. Windows start at a midnight, so this answers "earliest order ≤ window start" exactly
 * as the orders would: an order on an earlier day reaches it, one later on the same day does not.
 */
export function earliestFromAggregates(dailyStats: Iterable<DailyStats>): Map<PlatformId, number> {
  const first = new Map<PlatformId, DailyStats>();
  for (const d of dailyStats) {
    const seen = first.get(d.platform);
    if (!seen || d.day < seen.day) first.set(d.platform, d);
  }
  const earliest = new Map<PlatformId, number>();
  for (const [platform, d] of first) earliest.set(platform, dayStartOf(d.day) + (d.atDayStart > 0 ? 0 : 1));
  return earliest;
}

/**
 * countSales (sales.ts) from the derived tables instead of the orders, so the side panel need not read
 * every order (design.md §5). Each skuStats row is matched to the product rows like its lines (its `line`
 * holds what the matcher reads, the same for all of them) and its units on the days of each window are added.
 *
 * The result equals countSales over the orders the rows were built from whenever no counted order was placed
 * later on now's Asia/Shanghai day than `now`: rows know days, not times, so such an order counts here but
 * not there. Orders are captured before the panel opens, so this holds unless the clock went back. On days
 * before now's day everything is exact, and so is coverage (earliestFromAggregates). `earliest` carries the
 * earliest day only (see SalesCount).
 */
export function countSalesFromAggregates(
  skuStats: Iterable<SkuStats>,
  dailyStats: Iterable<DailyStats>,
  products: readonly Product[],
  salesDays: number,
  slowDays: number,
  now: number,
): SalesCount {
  const { first: firstSales, last } = trailingDays(now, salesDays);
  const firstSlow = trailingDays(now, slowDays).first;
  const first = firstSales < firstSlow ? firstSales : firstSlow;
  const tally = salesTally(products.length);
  const matcher = createProductMatcher(products);
  const match = emptyRowMatch();
  for (const r of skuStats) {
    let sales = 0;
    let slow = 0;
    for (let i = r.days.length - 1; i >= 0; i--) {
      const [day, units] = r.days[i]!;
      if (day < first) break;
      if (day > last) continue;
      if (day >= firstSales) sales += units;
      if (day >= firstSlow) slow += units;
    }
    if (sales === 0 && slow === 0) continue;
    matcher.match(r.platform, r.line, match);
    tallyMatch(tally, match, sales, slow);
  }
  return salesCountOf(products, tally, earliestFromAggregates(dailyStats), salesDays, slowDays, now);
}
