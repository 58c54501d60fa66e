import type { CustomerStats, DailyStats, SkuStats } from '../analytics/aggregates-schema';
import { SKU_PREFIX, aggregatesFromShards, dayShardRange } from '../analytics/aggregates-shards';
import type { ShopLensDatabase } from './database';

/** The derived tables, as rows. */
export interface DerivedRows {
  customers: CustomerStats[];
  days: DailyStats[];
  skus: SkuStats[];
}

/**
 * Reads the derived tables (design.md §5: the side panel opens from these, never from the orders) out of the
 * day shards (aggregates-shards.ts): one row per day and platform of orders, plus each platform's SKU list;
 * the order digests are not read. With `from`/`to` (`YYYY-MM-DD`, inclusive)
 * only those days are read, and the rows hold only those days' shares (a customer's orders of those days).
 * `need` says which of customers and SKUs to build (the day rows always come). Inside a liveQuery the read
 * follows every flush of the background's AggregateStore.
 */
export async function readDerived(
  db: ShopLensDatabase,
  range: { from?: string; to?: string } = {},
  need: { customers?: boolean; skus?: boolean } = { customers: true, skus: true },
): Promise<DerivedRows> {
  const [lower, upper] = dayShardRange(range.from, range.to);
  const [days, skuLists] = await Promise.all([
    db.aggregateShards.where('id').between(lower, upper, true, true).toArray(),
    need.skus ? db.aggregateShards.where('id').startsWith(SKU_PREFIX).toArray() : [],
  ]);
  const aggregates = aggregatesFromShards([...skuLists, ...days], { customers: !need.customers, skus: !need.skus });
  return {
    customers: [...aggregates.customers.values()],
    days: [...aggregates.days.values()],
    skus: [...aggregates.skus.values()],
  };
}
