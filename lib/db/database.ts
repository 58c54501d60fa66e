import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { rebuildAggregates, META_ID, SHARD_FORMAT, ShardedAggregates, digestsOf, type ShardMeta, type ShardRow, type StoredCounts } from '../analytics/derived';
import { codeUncodedSkus } from './upgrade-codes';
import { PLATFORM_IDS, type Capture, type Order, type PlatformId, type Product, type SkuCode, type SkuMatchDecision } from '../domain';

/** Primary keys of the public tables (design.md §2). */
export type OrderKey = [PlatformId, string];
export type ProductKey = [PlatformId, string, string];

/** A stored setting: `id` names it (`analytics`), `value` is validated by its Zod schema when read. */
export interface SettingRow {
  id: string;
  value: unknown;
}

/** Version 1 of the schema: the four public tables. */
export const SCHEMA_V1 = {
  // Indexed: platform (per-platform counts), placedAt (date ranges), buyer (one customer's orders).
  orders: '[platform+orderId], platform, placedAt, buyer',
  products: '[platform+productId+skuId], platform, outerId',
  skuCodes: 'code, [platform+productId+skuId], outerId',
  captures: '++id, at, platform',
};

/**
 * Version 2: the derived tables kept up to date at ingest (design.md §5), so the side panel opens without
 * scanning every order; the seller's match decisions and settings; and a multi-entry index on the SKU codes'
 * aliases, so a capture finds a SKU's code by any key it was seen under.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  skuCodes: 'code, [platform+productId+skuId], outerId, *aliases',
  customerStats: 'id, platform, lastAt',
  dailyStats: 'id, platform',
  skuStats: 'id, platform',
  skuMatchDecisions: '[a+b]',
  settings: 'id',
};

/**
 * Version 3: the derived tables move into `aggregateShards` — one JSON row per day and platform instead of
 * one row per customer, day and SKU (lib/analytics/derived/shards.ts says why), plus a digest per order — kept by the
 * background (lib/ingest/aggregate-store.ts) and read by the side panel; the SKU codes lose the aliases index.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  // The aliases index served lookups that the background now answers from memory (sku-codes/known.ts);
  // each alias was an index entry written with every code.
  skuCodes: SCHEMA_V1.skuCodes,
  customerStats: null,
  dailyStats: null,
  skuStats: null,
  aggregateShards: 'id',
};

/**
 * Version 4: the same tables; the shards' format 6 (customers in buckets of their own, the stored counts in
 * `meta`: derived/shards.ts, customer-buckets.ts), rebuilt from the orders by the upgrade. Later formats (7:
 * 1024 customer buckets, not 64) need no new version: the background rebuilds shards of another format.
 */
export const SCHEMA_V4 = SCHEMA_V3;

/** The `meta` shard row saying the shards include every capture up to `watermark`, with the counts as of it. */
export function shardMetaRow(watermark: number, counts: StoredCounts): ShardRow {
  const meta: ShardMeta = { format: SHARD_FORMAT, watermark, counts };
  return { id: META_ID, json: JSON.stringify(meta) };
}

/** The product rows of each platform, counted (a rebuild; ingest keeps the count after that). */
export async function countProducts(tx: Transaction): Promise<StoredCounts['products']> {
  const products = tx.table<Product>('products');
  const counts = await Promise.all(PLATFORM_IDS.map((p) => products.where('platform').equals(p).count()));
  return Object.fromEntries(PLATFORM_IDS.map((p, i) => [p, counts[i]!]));
}

/**
 * Computes the derived tables and order digests from the orders stored and writes them as shards, replacing
 * what was there (the upgrades to versions 3 and 4, and a rebuild when the shards are missing, of another
 * format or behind the capture log), with the stored counts. Runs in the caller's transaction, which must
 * include orders, products, captures and aggregateShards; gives back the orders it read and the product counts.
 */
export async function fillShards(tx: Transaction): Promise<{ sharded: ShardedAggregates; orders: Order[]; products: StoredCounts['products'] }> {
  const orders = await tx.table<Order>('orders').toArray();
  const sharded = ShardedAggregates.fromAggregates(rebuildAggregates(orders), digestsOf(orders));
  const last = ((await tx.table<Capture, number>('captures').orderBy('id').lastKey()) as number | undefined) ?? 0;
  const products = await countProducts(tx);
  const shards = tx.table<ShardRow, string>('aggregateShards');
  await shards.clear();
  await shards.bulkPut([...sharded.takeDirty(), shardMetaRow(last, { orders: sharded.orderTallies(), noBuyer: sharded.noBuyerTallies(), products })]);
  return { sharded, orders, products };
}

/**
 * The `shoplens` database. Table names, keys and indexed fields are a public contract (README "Data model"):
 * add tables and versions, never rename. Every change to `stores()` is a new version with an upgrade that
 * keeps all captured data, a snapshot entry (test/lib/db/schema-versions.json) and an upgrade test over a
 * database of the previous version (test/lib/db/upgrades/: README "Data model"); `npm test` fails without them.
 */
export class ShopLensDatabase extends Dexie {
  orders!: Table<Order, OrderKey>;
  products!: Table<Product, ProductKey>;
  skuCodes!: EntityTable<SkuCode, 'code'>;
  captures!: EntityTable<Capture, 'id'>;
  aggregateShards!: EntityTable<ShardRow, 'id'>;
  skuMatchDecisions!: Table<SkuMatchDecision, [string, string]>;
  settings!: EntityTable<SettingRow, 'id'>;

  constructor(name = 'shoplens', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    // Version 2's derived tables were filled by its upgrade; versions 3 and 4 replaced them, so a v1, v2 or v3
    // database goes straight to the current shards, built once (by version 4's upgrade).
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3);
    // Version 1 stored no SKU codes, and the shards written here vouch for every capture: code what is uncoded.
    this.version(4).stores(SCHEMA_V4).upgrade(async (tx) => void (await codeUncodedSkus(tx, (await fillShards(tx)).orders, Date.now())));
  }
}
