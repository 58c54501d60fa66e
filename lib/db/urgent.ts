import { computeRfmFromAggregates, type RfmResult } from '../analytics/customers';
import { trailingDays } from '../analytics/derived';
import { dayKeyOf } from '../analytics/days';
import type { AnalyticsSettings } from '../analytics/settings';
import { createSkuIndex, groupOfProduct, linkSkus } from '../analytics/sku-codes';
import { computeStockFromAggregates, type StockReport } from '../analytics/stock';
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
  /** Customers in the tiers then (the popup's "how much it holds"; counting them live reads every bucket). */
  customers: number;
}

/**
 * The stock report the 库存 tab shows, from the derived rows of the sales windows (readStockDerived) and the
 * products, linked across platforms through the stored SKU codes and match decisions as the side panel links
 * them — never the orders.
 */
export async function readStockReport(db: ShopLensDatabase, now: number, settings: AnalyticsSettings): Promise<StockReport> {
  const from = trailingDays(now, Math.max(settings.stock.salesWindowDays, settings.stock.slowWindowDays)).first;
  const [{ skus, days }, products, codes, decisions] = await Promise.all([
    readStockDerived(db, from),
    db.products.toArray(),
    db.skuCodes.toArray(),
    db.skuMatchDecisions.toArray(),
  ]);
  const links = linkSkus(codes, decisions, settings);
  const index = createSkuIndex(codes);
  const groupOf = groupOfProduct({ lookup: (o) => index.find(o)?.code }, links, 'goods');
  return computeStockFromAggregates(skus, days, products, settings, now, groupOf);
}

/** Every customer's tier (computeRfmFromAggregates over the customer buckets, as the 客户 tab). */
export async function readRfm(db: ShopLensDatabase, now: number, settings: AnalyticsSettings): Promise<RfmResult> {
  const { customers, tallies } = await readCustomers(db);
  return computeRfmFromAggregates(customers, tallies, now, settings);
}

/**
 * The urgent list (lib/analytics/urgent) from the stock report and the customer tiers — what the 库存 and 客户
 * tabs read, never the orders — and how many customers there are. Runs in the background after the shards are
 * written.
 */
export async function computeUrgent(db: ShopLensDatabase, now: number, settings: AnalyticsSettings, limit = 3): Promise<{ list: UrgentList; customers: number }> {
  const [stock, rfm] = await Promise.all([readStockReport(db, now, settings), readRfm(db, now, settings)]);
  const list = rankUrgent({ rows: stock.rows, goods: stock.groups, customers: rfm.customers }, settings, limit);
  return { list, customers: rfm.customers.length };
}

/** Works the urgent list out now and stores it as one row, which the popup reads. */
export async function refreshUrgent(db: ShopLensDatabase, now: number, settings: AnalyticsSettings): Promise<StoredUrgent> {
  const lastCapture = await lastCaptureId(db);
  const { list, customers } = await computeUrgent(db, now, settings);
  const stored: StoredUrgent = { at: now, lastCapture, settingsKey: JSON.stringify(settings), list, customers };
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
