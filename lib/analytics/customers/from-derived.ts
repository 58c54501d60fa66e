import type { CustomerStats, DailyStats } from '../derived';
import { noExclusions } from '../order-policy';
import { factsOfRow, type CustomerFacts } from './facts';
import { computeRfm, type RfmResult } from './rfm';
import type { AnalyticsSettings } from '../settings';

/**
 * RFM from the derived tables instead of the orders: customer facts from each customerStats row's order
 * list, exclusion counts from status tallies — the dailyStats rows', or their sums (the stored counts,
 * derived/shards.ts StoredCounts), and the orders without a buyer nickname from their noBuyer. Equal to computeRfmFromOrders over the orders
 * the rows were built from (property-tested), at a fraction of the reading cost.
 */
export function computeRfmFromAggregates(
  customers: Iterable<CustomerStats>,
  days: Iterable<Pick<DailyStats, 'orders' | 'noBuyer'>>,
  now: number,
  settings: AnalyticsSettings,
): RfmResult {
  const excluded = noExclusions();
  const noBuyer = { orders: 0, fen: 0 };
  for (const d of days) {
    excluded.unpaid += d.orders.unpaid;
    excluded.closed += d.orders.closed;
    excluded.refunded += d.orders.refunded;
    if (d.noBuyer) {
      noBuyer.orders += d.noBuyer[0];
      noBuyer.fen += d.noBuyer[1];
    }
  }
  const facts: CustomerFacts[] = [];
  let counted = 0;
  for (const row of customers) {
    const f = factsOfRow(row, now, settings.rfm);
    const upToNow = f?.orders ?? 0;
    excluded.afterNow += row.orders.length - upToNow;
    counted += upToNow;
    if (f) facts.push(f);
  }
  return computeRfm(facts, now, settings, { counted, excluded, noBuyer });
}
