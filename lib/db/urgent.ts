import { computeRfmFromAggregates } from '../analytics/customers';
import { trailingDays } from '../analytics/derived';
import { dayKeyOf } from '../analytics/days';
import type { AnalyticsSettings } from '../analytics/settings';
import { createSkuIndex, groupOfProduct, linkSkus } from '../analytics/sku-codes';
import { computeStockFromAggregates } from '../analytics/stock';
import { rankUrgent, type UrgentList } from '../analytics/urgent';
import type { ShopLensDatabase } from './database';
import { readCustomers, readStockDerived } from './derived';

/** The `settings` row that holds the stored urgent list. */
export const URGENT_ID = 'urgent';

/** The urgent list as stored: when it was worked out, over which captures and settings. */
export interface StoredUrgent {
  at: number;
  /** The last capture id when it was worked out: a later capture makes it stale. */
  lastCapture: number;
  /** The settings it was worked out with (JSON): other settings make it stale. */
  settingsKey: string;
  list: UrgentList;
}

/**
 * The urgent list (lib/analytics/urgent) from the derived tables — the stock tab's rows (readStockDerived, the
 * products, linked goods through the stored SKU codes and decisions, as the side panel links them) and the
 * customer buckets (readCustomers) — never the orders. Runs in the background after the shards are written;
 * for the bench's 200k-order shop it reads about what the 客户 and 库存 tabs read.
 */
export async function computeUrgent(db: ShopLensDatabase, now: number, settings: AnalyticsSettings, limit = 3): Promise<UrgentList> {
  const from = trailingDays(now, Math.max(settings.stock.salesWindowDays, settings.stock.slowWindowDays)).first;
  const [{ skus, days }, products, codes, decisions, { customers, tallies }] = await Promise.all([
    readStockDerived(db, from),
    db.products.toArray(),
    db.skuCodes.toArray(),
    db.skuMatchDecisions.toArray(),
    readCustomers(db),
  ]);
  const links = linkSkus(codes, decisions, settings);
  const index = createSkuIndex(codes);
  const groupOf = groupOfProduct({ lookup: (o) => index.find(o)?.code }, links, 'goods');
  const stock = computeStockFromAggregates(skus, days, products, settings, now, groupOf);
  const rfm = computeRfmFromAggregates(customers, tallies, now, settings);
  return rankUrgent({ rows: stock.rows, goods: stock.groups, customers: rfm.customers }, settings, limit);
}

/** Works the urgent list out now and stores it as one row, which the popup reads. */
export async function refreshUrgent(db: ShopLensDatabase, now: number, settings: AnalyticsSettings): Promise<StoredUrgent> {
  const lastCapture = await lastCaptureId(db);
  const stored: StoredUrgent = { at: now, lastCapture, settingsKey: JSON.stringify(settings), list: await computeUrgent(db, now, settings) };
  await db.settings.put({ id: URGENT_ID, value: stored });
  return stored;
}

/** The stored urgent list, or undefined when none was stored yet (or the row is not one). */
export async function readUrgent(db: ShopLensDatabase): Promise<StoredUrgent | undefined> {
  const value = (await db.settings.get(URGENT_ID))?.value as StoredUrgent | undefined;
  return value && Array.isArray(value.list?.items) && typeof value.at === 'number' ? value : undefined;
}

/** The id of the last capture logged, 0 with none. */
export async function lastCaptureId(db: ShopLensDatabase): Promise<number> {
  return ((await db.captures.orderBy('id').lastKey()) as number | undefined) ?? 0;
}

/**
 * True when a stored list no longer answers for today: captures logged since, other settings, or another
 * Asia/Shanghai day (days of cover and days since the last order have moved on).
 */
export function isUrgentStale(stored: StoredUrgent | undefined, lastCapture: number, settings: AnalyticsSettings, now: number): boolean {
  return !stored || stored.lastCapture !== lastCapture || stored.settingsKey !== JSON.stringify(settings) || dayKeyOf(stored.at) !== dayKeyOf(now);
}
