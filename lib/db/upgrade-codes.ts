import type { Transaction } from 'dexie';
import { KnownSkus, collectObservations } from '../analytics/sku-codes';
import { DEFAULT_SETTINGS, parseSettings } from '../analytics/settings';
import type { Order, Product, SkuCode } from '../domain';
import type { SettingRow } from './database';

/**
 * Gives every SKU of the stored orders and products that has no unified code its code, in the caller's
 * transaction (which must include products, skuCodes and settings) — what the background's rebuild does
 * (lib/ingest/aggregate-store.ts) for a database whose shards were never written. The upgrade to version 4
 * calls it: version 1 stored no codes, and the shards that upgrade writes vouch for every capture, so the
 * background would not code those SKUs until each was captured again. The seller's SKU settings apply (the
 * defaults when the stored value does not validate). Returns the codes written.
 */
export async function codeUncodedSkus(tx: Transaction, orders: readonly Order[], at: number): Promise<SkuCode[]> {
  const [codes, products, row] = await Promise.all([
    tx.table<SkuCode, string>('skuCodes').toArray(),
    tx.table<Product>('products').toArray(),
    tx.table<SettingRow, string>('settings').get('analytics'),
  ]);
  const known = new KnownSkus(codes);
  if (known.allKnown(collectObservations(orders, products))) return [];
  const parsed = row ? parseSettings(row.value) : undefined;
  const settings = parsed?.ok ? parsed.settings : DEFAULT_SETTINGS;
  const { added, updated } = known.assign(orders, products, settings, at);
  const written = [...added, ...updated];
  if (written.length) await tx.table<SkuCode, string>('skuCodes').bulkPut(written);
  return written;
}
