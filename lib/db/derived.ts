import { dayKeyOf } from '../analytics/days';
import {
  CUSTOMER_PREFIX,
  META_ID,
  SHARD_FORMAT,
  SKU_PREFIX,
  aggregatesFromShards,
  skuDaysAsOrders,
  windowParts,
  dayShardRange,
  firstDayShards,
  parseShardMeta,
  type CustomerStats,
  type DailyStats,
  type SkuStats,
  type ShardRow,
} from '../analytics/derived';
import type { Order, PlatformId } from '../domain';
import type { ShopLensDatabase } from './database';

/** The derived tables, as rows. */
export interface DerivedRows {
  customers: CustomerStats[];
  days: DailyStats[];
  skus: SkuStats[];
}

/**
 * Reads the derived tables (design.md §5: the side panel opens from these, never from the orders) out of the
 * shards (derived/shards.ts): one row per day and platform of orders, plus each platform's SKU list, and the
 * customer buckets when customers are asked for; the order digests are not read. With `from`/`to`
 * (`YYYY-MM-DD`, inclusive) only those days are read, and the rows hold only those days' shares (a customer's
 * orders of those days). `need` says which of customers and SKUs to build (the day rows always come). Inside
 * a liveQuery the read follows every flush of the background's AggregateStore.
 */
export async function readDerived(
  db: ShopLensDatabase,
  range: { from?: string; to?: string } = {},
  need: { customers?: boolean; skus?: boolean } = { customers: true, skus: true },
): Promise<DerivedRows> {
  const [lower, upper] = dayShardRange(range.from, range.to);
  const [days, skuLists, buckets] = await Promise.all([
    db.aggregateShards.where('id').between(lower, upper, true, true).toArray(),
    need.skus ? db.aggregateShards.where('id').startsWith(SKU_PREFIX).toArray() : [],
    need.customers ? db.aggregateShards.where('id').startsWith(CUSTOMER_PREFIX).toArray() : [],
  ]);
  const { from, to } = range;
  const inRange = from || to ? (at: number) => (!from || dayKeyOf(at) >= from) && (!to || dayKeyOf(at) <= to) : undefined;
  const aggregates = aggregatesFromShards([...skuLists, ...days, ...buckets], { customers: !need.customers, skus: !need.skus }, inRange);
  return {
    customers: [...aggregates.customers.values()],
    days: [...aggregates.days.values()],
    skus: [...aggregates.skus.values()],
  };
}

/**
 * What the 客户 tab reads (computeRfmFromAggregates): every customer out of the customer buckets, and the
 * orders by status of each platform — the stored counts (one row) instead of every day row, whose tallies
 * they add up. Where the counts are not kept (`meta` gone after a reset, or of another format) the day rows
 * are read instead. One read transaction: the customers and the tallies are of the same flush.
 */
export async function readCustomers(db: ShopLensDatabase): Promise<{ customers: CustomerStats[]; tallies: Pick<DailyStats, 'orders' | 'noBuyer'>[] }> {
  return db.transaction('r', db.aggregateShards, async () => {
    const [meta, buckets] = await Promise.all([db.aggregateShards.get(META_ID), db.aggregateShards.where('id').startsWith(CUSTOMER_PREFIX).toArray()]);
    const counts = meta ? parseShardMeta(meta.json) : undefined;
    if (counts?.format !== SHARD_FORMAT || !counts.counts) {
      const { customers, days } = await readDerived(db, {}, { customers: true });
      return { customers, tallies: days };
    }
    const customers = [...aggregatesFromShards(buckets, { skus: true }).customers.values()];
    const noBuyer = counts.counts.noBuyer ?? {};
    const tallies = Object.entries(counts.counts.orders).map(([platform, orders]) => {
      const n = noBuyer[platform as PlatformId];
      return n ? { orders, noBuyer: n } : { orders };
    });
    return { customers, tallies };
  });
}

/**
 * The derived rows the stock tab reads (computeStockFromAggregates): the SKU and day rows of the days from
 * `from` (`YYYY-MM-DD`: the first day of the longer sales window) on, and each platform's earliest day row
 * before them, which says how far the captures reach — not the rest of the year, which the stock rules never
 * look at (for the bench's 200k-order shop a year of shards decodes in 0.23–0.6 s, the last 60 days in
 * ~40 ms: test/bench/RESULTS.md). The stock report from these rows equals the one from every row (tested).
 * Customers are not built.
 */
export async function readStockDerived(db: ShopLensDatabase, from: string): Promise<DerivedRows> {
  const [allLower, allUpper] = dayShardRange();
  const [windowLower] = dayShardRange(from);
  const [before, inWindow, skuLists] = await Promise.all([
    db.aggregateShards.where('id').between(allLower, windowLower, true, false).primaryKeys(),
    db.aggregateShards.where('id').between(windowLower, allUpper, true, true).toArray(),
    db.aggregateShards.where('id').startsWith(SKU_PREFIX).toArray(),
  ]);
  const firsts = firstDayShards(before);
  let earliest = (await db.aggregateShards.bulkGet(firsts)).filter((r): r is ShardRow => r !== undefined);
  const decode = (rows: ShardRow[]) => aggregatesFromShards([...skuLists, ...rows, ...inWindow], { customers: true });
  let aggregates = decode(earliest);
  // A shard left without its day row (its orders moved to another day) does not say where captures start:
  // then every shard before the window is read, as readDerived would.
  const reached = new Set([...aggregates.days.values()].filter((d) => d.day < from).map((d) => d.platform as string));
  if (earliest.length < firsts.length || earliest.some((r) => !reached.has(r.id.slice(r.id.lastIndexOf('/') + 1)))) {
    earliest = await db.aggregateShards.where('id').between(allLower, windowLower, true, false).toArray();
    aggregates = decode(earliest);
  }
  return { customers: [], days: [...aggregates.days.values()], skus: [...aggregates.skus.values()] };
}

/**
 * The sales of the `ms` up to `now` as the title report reads them (titles/listings.ts: counted lines per
 * listing): the whole days inside the window from their SKU rows (derived/window-sales.ts skuDaysAsOrders: a
 * stand-in order per SKU row), the part days at its two ends as the stored orders — about a day of
 * orders instead of a month of them (the bench's shop: 16k orders, ~0.8 s to read in Chromium).
 */
export async function readWindowSales(db: ShopLensDatabase, now: number, ms: number): Promise<Order[]> {
  const parts = windowParts(now, ms);
  const [derived, ...edges] = await Promise.all([
    parts.days ? readDerived(db, parts.days, { skus: true }) : undefined,
    ...parts.edges.map((e) => db.orders.where('placedAt').between(e.from, e.to, true, true).toArray()),
  ]);
  const standIns = derived && parts.days ? skuDaysAsOrders(derived.skus, parts.days.from, parts.days.to) : [];
  return [...standIns, ...edges.flat()];
}
