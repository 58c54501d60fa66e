import type { CustomerStats, DailyStats } from '../../lib/analytics/derived';
import { computeRfmFromAggregates, type RfmResult, type CustomerRfm, type NamedTier } from '../../lib/analytics/customers';
import type { AnalyticsSettings } from '../../lib/analytics/settings';

/** The named tiers in the order the tab lists them: the ones to act on first. */
export const TIER_ORDER: readonly NamedTier[] = ['vip', 'new', 'dormant', 'regular'];

/** RFM with each tier's customers, biggest spenders first. */
export interface RfmView {
  result: RfmResult;
  byTier: Record<NamedTier, CustomerRfm[]>;
  /** Customers whose nickname is masked (each may be several people). */
  masked: number;
}

/** Most paid in the RFM window first, then the most recent, then by id so the order never depends on reading order. */
function byValue(a: CustomerRfm, b: CustomerRfm): number {
  return b.monetaryFen - a.monetaryFen || b.lastAt - a.lastAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** RFM from the derived tables (computeRfmFromAggregates), split by named tier for the tab. */
export function rfmView(
  customers: readonly CustomerStats[],
  days: readonly Pick<DailyStats, 'orders' | 'noBuyer'>[],
  now: number,
  settings: AnalyticsSettings,
): RfmView {
  const result = computeRfmFromAggregates(customers, days, now, settings);
  const byTier: Record<NamedTier, CustomerRfm[]> = { vip: [], new: [], dormant: [], regular: [] };
  let masked = 0;
  for (const c of result.customers) {
    byTier[c.tier].push(c);
    if (c.masked) masked++;
  }
  for (const t of TIER_ORDER) byTier[t].sort(byValue);
  return { result, byTier, masked };
}
