import { Dexie, type Table } from 'dexie';
import { applyAggregateDeltas, deltaIds, type TableWrites } from '../analytics/aggregates-apply';
import { applyOrderChange, type AggregateDelta } from '../analytics/aggregates-delta';
import { emptyAggregates, type Aggregates } from '../analytics/aggregates-schema';
import type { AnalyticsSettings } from '../analytics/settings';
import type { Order, Product } from '../domain';
import { fillAggregates, type ShopLensDatabase } from '../db';
import { assignAgainstStoredCodes } from './stored-codes';

function intoMap<T extends { id: string }>(rows: (T | undefined)[], map: Map<string, T>): void {
  for (const row of rows) if (row) map.set(row.id, row);
}

/**
 * Brings the derived tables (customerStats, dailyStats, skuStats) up to date with a batch of orders being
 * stored: reads only the rows the batch touches, applies each order's change (its stored version out, its new
 * version in) and writes back only those rows. Must run inside the ingest's rw transaction. If the rows had
 * drifted from the orders (a delta that does not fit), the tables are rebuilt from the orders instead.
 */
export async function upkeepAggregates(db: ShopLensDatabase, changes: [Order | undefined, Order][]): Promise<void> {
  const deltas: AggregateDelta[] = [];
  for (const [before, after] of changes) deltas.push(...applyOrderChange(before, after));
  if (deltas.length === 0) return;
  const ids = deltaIds(deltas);
  const rows: Aggregates = emptyAggregates();
  const [customers, days, skus] = await Promise.all([
    db.customerStats.bulkGet(ids.customers),
    db.dailyStats.bulkGet(ids.days),
    db.skuStats.bulkGet(ids.skus),
  ]);
  intoMap(customers, rows.customers);
  intoMap(days, rows.days);
  intoMap(skus, rows.skus);
  const writes = applyAggregateDeltas(rows, deltas);
  if (writes.mismatches > 0) {
    await Promise.all([db.customerStats.clear(), db.dailyStats.clear(), db.skuStats.clear()]);
    await fillAggregates(Dexie.currentTransaction!);
    return;
  }
  // Only non-empty writes: an empty bulkPut or bulkDelete still costs a request.
  const pending: Promise<unknown>[] = [];
  const write = <T>(table: Table<T, string>, w: TableWrites<T>) => {
    if (w.put.length) pending.push(table.bulkPut(w.put));
    if (w.delete.length) pending.push(table.bulkDelete(w.delete));
  };
  write(db.customerStats, writes.customers);
  write(db.dailyStats, writes.days);
  write(db.skuStats, writes.skus);
  await Promise.all(pending);
}

/**
 * Gives every SKU in the batch its unified code, once: the stored codes the batch can meet are consulted
 * (assignAgainstStoredCodes reads only those) so a SKU seen before keeps its code and a new one takes the next
 * free serial; new codes and codes that learned an alias are stored.
 */
export async function upkeepSkuCodes(
  db: ShopLensDatabase,
  orders: Order[],
  products: Product[],
  settings: AnalyticsSettings,
  at: number,
): Promise<number> {
  const { added, updated } = await assignAgainstStoredCodes(db, orders, products, settings, at);
  if (added.length + updated.length) await db.skuCodes.bulkPut([...added, ...updated]);
  return added.length;
}
