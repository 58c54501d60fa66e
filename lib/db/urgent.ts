import { computeRfmFromAggregates, type RfmResult } from '../analytics/customers';
import { trailingDays, type DailyStats, type SkuStats } from '../analytics/derived';
import type { AnalyticsSettings } from '../analytics/settings';
import { createSkuIndex, groupOfProduct, linkSkus } from '../analytics/sku-codes';
import { computeStockFromAggregates, type StockReport } from '../analytics/stock';
import { rankUrgent, type UrgentList } from '../analytics/urgent';
import type { Product, SkuCode, SkuMatchDecision } from '../domain';
import type { ShopLensDatabase } from './database';
import { readCustomers, readStockDerived } from './derived';
import { URGENT_ID, lastCaptureId, type StoredUrgent } from './urgent-row';

export * from './urgent-row';

/** The first day (`YYYY-MM-DD`) the stock rules look at: the start of the longer of the two sales windows. */
export function stockWindowFrom(now: number, settings: AnalyticsSettings): string {
  return trailingDays(now, Math.max(settings.stock.salesWindowDays, settings.stock.slowWindowDays)).first;
}

/** What the stock report is worked out from. */
export interface StockInputs {
  skus: SkuStats[];
  days: DailyStats[];
  products: Product[];
  codes: SkuCode[];
  decisions: SkuMatchDecision[];
}

/**
 * The stock report's inputs, as the 库存 tab (use-stock.ts) and the background's urgent list read them: the
 * derived SKU and day rows from `from` (stockWindowFrom; readStockDerived), the products, the stored SKU codes
 * and the seller's match decisions — never the orders.
 */
export async function readStockInputs(db: ShopLensDatabase, from: string): Promise<StockInputs> {
  const [{ skus, days }, products, codes, decisions] = await Promise.all([
    readStockDerived(db, from),
    db.products.toArray(),
    db.skuCodes.toArray(),
    db.skuMatchDecisions.toArray(),
  ]);
  return { skus, days, products, codes, decisions };
}

/**
 * The stock report the 库存 tab shows (readStockInputs), linked across platforms through the stored SKU codes
 * and match decisions at the goods level, as the side panel links them.
 */
export async function readStockReport(db: ShopLensDatabase, now: number, settings: AnalyticsSettings): Promise<StockReport> {
  const { skus, days, products, codes, decisions } = await readStockInputs(db, stockWindowFrom(now, settings));
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
