import {
  OrderSchema,
  ProductSchema,
  zodProblems,
  type Capture,
  type Order,
  type Product,
  type RejectedRow,
} from '../domain';
import type { OrderKey, ProductKey, ShopLensDatabase } from '../db';
import type { CaptureFromContent } from '../messaging/protocol';
import { loadSettings } from '../settings';
import { mergeOrder, mergeProduct } from './merge';
import { upkeepAggregates, upkeepSkuCodes } from './upkeep';

/** How many capture log entries are kept; older ones are pruned in the same transaction. */
export const CAPTURE_LOG_LIMIT = 300;

export interface IngestResult {
  capture: Capture;
  /** Keys (`platform|id…`) of the records saved, for the per-tab badge. */
  keys: string[];
}

/** Checks each record again (the content script is on a third-party page) and splits good from bad. */
function validate(message: CaptureFromContent, at: number) {
  const schema = message.kind === 'orders' ? OrderSchema : ProductSchema;
  const good = new Map<string, Order | Product>();
  const rejected: RejectedRow[] = [...message.rejected];
  message.records.forEach((input, index) => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      rejected.push({ index, key: '', text: '', problems: zodProblems(parsed.error.issues, input) });
      return;
    }
    const record = { ...parsed.data, platform: message.platform, url: message.url, capturedAt: at };
    // A record is stored only under the platform of the page it came from.
    good.set(keyOf(record), record);
  });
  return { good: [...good.values()], rejected };
}

/** The record's primary key as one string. */
export function keyOf(record: Order | Product): string {
  return 'orderId' in record
    ? `${record.platform}|${record.orderId}`
    : `${record.platform}|${record.productId}|${record.skuId}`;
}

/**
 * Stores one capture: validates every record, upserts them in ONE read-write transaction (a later capture
 * updates status, stock and price; a key is never stored twice), keeps the derived tables and the unified
 * SKU codes up to date in that same transaction, and logs the capture with each rejected row and its reason.
 */
export async function ingestCapture(
  db: ShopLensDatabase,
  message: CaptureFromContent,
  meta: { at: number; tabId?: number },
): Promise<IngestResult> {
  const { good, rejected } = validate(message, meta.at);
  const tables = [db.orders, db.products, db.captures, db.customerStats, db.dailyStats, db.skuStats, db.skuCodes, db.settings];
  return db.transaction('rw', tables, async () => {
    let added = 0;
    if (message.kind === 'orders') {
      const orders = good as Order[];
      const [{ settings }, stored] = await Promise.all([loadSettings(db), db.orders.bulkGet(orders.map((o) => [o.platform, o.orderId] as OrderKey))]);
      added = stored.filter((s) => !s).length;
      const merged = orders.map((o, i) => mergeOrder(stored[i], o));
      await db.orders.bulkPut(merged);
      // Disjoint tables, so the two upkeeps overlap: one computes while the other waits on IndexedDB.
      await Promise.all([upkeepAggregates(db, merged.map((o, i) => [stored[i], o])), upkeepSkuCodes(db, merged, [], settings, meta.at)]);
    } else {
      const products = good as Product[];
      const keys = products.map((p) => [p.platform, p.productId, p.skuId] as ProductKey);
      const [{ settings }, stored] = await Promise.all([loadSettings(db), db.products.bulkGet(keys)]);
      added = stored.filter((s) => !s).length;
      const merged = products.map((p, i) => mergeProduct(stored[i], p));
      await db.products.bulkPut(merged);
      await upkeepSkuCodes(db, [], merged, settings, meta.at);
    }
    const capture: Capture = {
      platform: message.platform,
      kind: message.kind,
      url: message.url,
      at: meta.at,
      read: message.read,
      saved: good.length,
      added,
      rejected: rejected.length,
      rejectedRows: rejected.slice(0, 200),
      ...(meta.tabId !== undefined ? { tabId: meta.tabId } : {}),
    };
    capture.id = await db.captures.add(capture);
    const overflow = (await db.captures.count()) - CAPTURE_LOG_LIMIT;
    if (overflow > 0) await db.captures.orderBy('id').limit(overflow).delete();
    return { capture, keys: good.map(keyOf) };
  });
}
