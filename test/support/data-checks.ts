import { rebuildAggregates } from '../../lib/analytics/derived';
import { readDerived, type ShopLensDatabase } from '../../lib/db';
import { aggregateStore } from '../../lib/ingest/aggregate-store';

/** What the background does on `shoplens/data-changed` (entrypoints/background.ts): forget memory, rebuild from the orders. */
export async function backgroundRebuild(db: ShopLensDatabase): Promise<void> {
  const store = aggregateStore(db);
  await store.reset();
  await store.exclusive(() => store.state());
}

const byId = <T extends { id: string }>(rows: Iterable<T>) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The derived tables as stored in the shards, sorted. */
export async function storedDerived(db: ShopLensDatabase) {
  const { customers, days, skus } = await readDerived(db);
  return { customers: byId(customers), days: byId(days), skus: byId(skus) };
}

/** The derived tables computed afresh from the stored orders, sorted. */
export async function rebuiltDerived(db: ShopLensDatabase) {
  const rows = rebuildAggregates(await db.orders.toArray());
  return { customers: byId(rows.customers.values()), days: byId(rows.days.values()), skus: byId(rows.skus.values()) };
}

/** Every row of every public table, in primary-key order (the derived shards left out). */
export async function tablesOf(db: ShopLensDatabase) {
  return {
    orders: await db.orders.orderBy(':id').toArray(),
    products: await db.products.orderBy(':id').toArray(),
    skuCodes: await db.skuCodes.orderBy('code').toArray(),
    skuMatchDecisions: await db.skuMatchDecisions.orderBy(':id').toArray(),
    settings: await db.settings.orderBy('id').toArray(),
    captures: await db.captures.orderBy('id').toArray(),
  };
}
