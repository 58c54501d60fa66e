import { META_ID, SHARD_FORMAT, parseShardMeta, type ShardMeta, type StatusTally, type StoredCounts } from '../analytics/derived';
import { PLATFORM_IDS, type PlatformId } from '../domain';
import type { ShopLensDatabase } from './database';

/** What the database holds, per platform: orders (in all, and by status when known) and product rows. */
export interface Counts {
  orders: Record<PlatformId, number>;
  products: Record<PlatformId, number>;
  /**
   * Orders per status as of the shards' last write (the captures after it are in `orders` but not here);
   * absent when the counts had to be counted.
   */
  byStatus?: Partial<Record<PlatformId, StatusTally>>;
}

const zeroes = (): Record<PlatformId, number> => Object.fromEntries(PLATFORM_IDS.map((p) => [p, 0])) as Record<PlatformId, number>;
const sum = (t: StatusTally | undefined) => (t ? Object.values(t).reduce((a, b) => a + b, 0) : 0);

/**
 * How many orders and product rows each platform has stored, without counting rows: the counts kept with the
 * shards (`meta`, written by the background with every flush: derived/shards.ts StoredCounts) plus the rows
 * added by the captures logged since (each capture records how many of its rows were new). In Chromium an
 * IndexedDB count walks the index (~0.4 s per 50k orders: the 采集 tab took 2.4 s on the bench's 200k-order
 * shop); this reads one row and the few captures since the last flush. When the counts cannot be trusted —
 * no `meta` (a reset after data changed, a database never flushed), another format, or a capture log behind
 * it (cleared) — the rows are counted. Used by the 采集 tab and the popup; reads only Dexie (liveQuery-safe).
 */
export async function readCounts(db: ShopLensDatabase): Promise<Counts> {
  return db.transaction('r', [db.aggregateShards, db.captures, db.orders, db.products], async () => {
    const [metaRow, last] = await Promise.all([db.aggregateShards.get(META_ID), db.captures.orderBy('id').lastKey()]);
    // A meta row that does not parse (damaged: the background rebuilds it) counts as none.
    const meta = metaRow ? parseShardMeta(metaRow.json) : undefined;
    const lastId = (last as number | undefined) ?? 0;
    if (meta?.format === SHARD_FORMAT && meta.counts && meta.watermark <= lastId) return fromMeta(db, meta, meta.counts);
    return countRows(db);
  });
}

async function fromMeta(db: ShopLensDatabase, meta: ShardMeta, counts: StoredCounts): Promise<Counts> {
  const orders = zeroes();
  const products = zeroes();
  for (const p of PLATFORM_IDS) {
    orders[p] = sum(counts.orders[p]);
    products[p] = counts.products[p] ?? 0;
  }
  for (const c of await db.captures.where('id').above(meta.watermark).toArray()) {
    (c.kind === 'orders' ? orders : products)[c.platform] += c.added;
  }
  return { orders, products, byStatus: counts.orders };
}

/** The slow path: every platform's rows counted through the `platform` indexes. */
async function countRows(db: ShopLensDatabase): Promise<Counts> {
  const orders = zeroes();
  const products = zeroes();
  await Promise.all(
    PLATFORM_IDS.map(async (p) => {
      [orders[p], products[p]] = await Promise.all([db.orders.where('platform').equals(p).count(), db.products.where('platform').equals(p).count()]);
    }),
  );
  return { orders, products };
}
