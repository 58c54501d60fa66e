import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { rebuildAggregates } from '../analytics/aggregates-rebuild';
import type { CustomerStats, DailyStats, SkuStats } from '../analytics/aggregates-schema';
import type { Capture, Order, PlatformId, Product, SkuCode, SkuMatchDecision } from '../domain';

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

/** Fills the derived tables from the orders already stored (the v1 → v2 upgrade, and a full rebuild). */
export async function fillAggregates(tx: Transaction): Promise<void> {
  const rows = rebuildAggregates(await tx.table<Order>('orders').toArray());
  await tx.table('customerStats').bulkPut([...rows.customers.values()]);
  await tx.table('dailyStats').bulkPut([...rows.days.values()]);
  await tx.table('skuStats').bulkPut([...rows.skus.values()]);
}

/**
 * The `shoplens` database. Table names, keys and indexed fields are a public contract (README "Data model"):
 * add tables and versions, never rename. Every change to `stores()` is a new version with an upgrade that
 * keeps all captured data; test/lib/db/database.test.ts opens each version over data of the previous one.
 */
export class ShopLensDatabase extends Dexie {
  orders!: Table<Order, OrderKey>;
  products!: Table<Product, ProductKey>;
  skuCodes!: EntityTable<SkuCode, 'code'>;
  captures!: EntityTable<Capture, 'id'>;
  customerStats!: EntityTable<CustomerStats, 'id'>;
  dailyStats!: EntityTable<DailyStats, 'id'>;
  skuStats!: EntityTable<SkuStats, 'id'>;
  skuMatchDecisions!: Table<SkuMatchDecision, [string, string]>;
  settings!: EntityTable<SettingRow, 'id'>;

  constructor(name = 'shoplens', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(fillAggregates);
  }
}
