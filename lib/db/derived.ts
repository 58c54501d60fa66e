import type { CustomerStats, DailyStats, SkuStats } from '../analytics/aggregates-schema';
import { aggregatesFromShards, dayShardRange } from '../analytics/aggregates-shards';
import type { ShopLensDatabase } from './database';

/** The derived tables, as rows. */
export interface DerivedRows {
  customers: CustomerStats[];
  days: DailyStats[];
  skus: SkuStats[];
}

/**
 * Reads the derived tables (design.md §5: the side panel opens from these, never from the orders) out of the
 * day shards (aggregates-shards.ts): one row per day of orders. With `from`/`to` (`YYYY-MM-DD`, inclusive)
 * only those days are read, and the rows hold only those days' shares (a customer's orders of those days).
 * Inside a liveQuery the read follows every flush of the background's AggregateStore.
 */
export async function readDerived(db: ShopLensDatabase, range: { from?: string; to?: string } = {}): Promise<DerivedRows> {
  const [lower, upper] = dayShardRange(range.from, range.to);
  const aggregates = aggregatesFromShards(await db.aggregateShards.where('id').between(lower, upper, true, true).toArray());
  return {
    customers: [...aggregates.customers.values()],
    days: [...aggregates.days.values()],
    skus: [...aggregates.skus.values()],
  };
}
