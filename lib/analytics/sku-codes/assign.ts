import type { Order, Product, SkuCode } from '../../domain';
import type { AnalyticsSettings } from '../settings';
import { createSkuIndex, type SkuEntry } from './code-index';
import { skuAliases, type SkuObservation } from './identity';
import { codeLayers, layersReason, withSerial } from './layers';
import { collectObservations } from './observe';
import { createProductMatcher, emptyRowMatch } from './product-match';

/** What one run of the code assignment gives back. */
export interface SkuCodeAssignment {
  /** New codes to store. */
  added: SkuCode[];
  /** Stored codes that learned an alias or id (same code, store the record again). */
  updated: SkuCode[];
  /** Every code, stored and new, by its code. */
  byCode: Map<string, SkuCode>;
  /** The code of any product row or order line seen so far (undefined for one never passed in). */
  lookup(o: SkuObservation): SkuCode | undefined;
}

/** The highest serial used so far on each four-layer base, read from the stored codes. */
function serialsInUse(codes: readonly SkuCode[]): Map<string, number> {
  const used = new Map<string, number>();
  for (const c of codes) {
    const base = c.serial === 1 ? c.code : c.code.slice(0, -(String(c.serial).padStart(2, '0').length + 1));
    used.set(base, Math.max(used.get(base) ?? 0, c.serial));
  }
  return used;
}

/**
 * Gives every platform SKU seen in the products and order lines its unified code (design.md §3, seed 000),
 * keeping every stored code as it is: a SKU that already has a code is found again through the stored aliases
 * (see code-index.ts) and never gets a second one; codes are never reused, a new SKU on a taken four-layer
 * base gets the next serial after the highest ever used there. New SKUs of one run are numbered in order of
 * listing date (else first seen), then key, so the same data gives the same codes whatever the array order.
 * Pass all stored orders and products, or only the new ones: as long as `added` and `updated` are stored,
 * either way every stored code stays and every SKU seen before finds it again. The layers say what was known
 * when the code was assigned: a listing date learned later does not move the month.
 */
export function assignSkuCodes(
  existing: readonly SkuCode[],
  orders: readonly Order[],
  products: readonly Product[],
  settings: AnalyticsSettings,
  now: number,
): SkuCodeAssignment {
  const index = createSkuIndex(existing);
  const fresh: SkuEntry[] = [];
  const listedAt = new Map<SkuEntry, number>();
  for (const o of collectObservations(orders, products)) {
    const aliases = skuAliases(o);
    let entry = index.find(o, aliases);
    if (!entry) {
      const { platform, productId, skuId, outerId, title, spec } = o;
      entry = { platform, productId, skuId, outerId, title, spec, key: aliases[0]!, aliases: [], firstSeenAt: o.seenAt, learned: false };
      fresh.push(entry);
    }
    index.join(entry, o, aliases);
    if (o.seenAt < entry.firstSeenAt) entry.firstSeenAt = o.seenAt;
    const listed = listedAt.get(entry);
    if (o.listedAt !== undefined && (listed === undefined || o.listedAt < listed)) listedAt.set(entry, o.listedAt);
  }

  const matcher = createProductMatcher(products);
  const match = emptyRowMatch();
  const planned = fresh.map((entry) => {
    matcher.match(entry.platform, entry, match);
    const rows = [match.sku, match.product].filter((r) => r >= 0).map((r) => products[r]!);
    const listed = listedAt.get(entry) ?? rows.find((p) => p.listedAt !== undefined)?.listedAt;
    const productId = entry.productId || rows[0]?.productId || '';
    const layers = codeLayers(entry, productId, listed, entry.firstSeenAt, settings);
    return { entry, layers };
  });
  planned.sort((a, b) => a.layers.monthAt - b.layers.monthAt || (a.entry.key < b.entry.key ? -1 : a.entry.key > b.entry.key ? 1 : 0));

  const used = serialsInUse(existing);
  const added: SkuCode[] = [];
  for (const { entry, layers } of planned) {
    const serial = (used.get(layers.base) ?? 0) + 1;
    used.set(layers.base, serial);
    const { platform, productId, skuId, outerId, title, spec, key, aliases } = entry;
    entry.code = {
      code: withSerial(layers.base, serial),
      key,
      aliases,
      platform,
      productId,
      skuId,
      outerId,
      title,
      spec,
      category: layers.category.code,
      size: layers.size.size,
      yymm: layers.yymm,
      serial,
      assignedAt: now,
      reason: layersReason(layers, platform, serial),
    };
    added.push(entry.code);
  }

  const updated: SkuCode[] = [];
  const byCode = new Map<string, SkuCode>();
  for (const entry of index.entries()) {
    if (entry.learned && entry.code) {
      const { productId, skuId, outerId, aliases } = entry;
      entry.code = { ...entry.code, productId, skuId, outerId, aliases: [...aliases] };
      updated.push(entry.code);
    }
    if (entry.code) byCode.set(entry.code.code, entry.code);
  }
  return { added, updated, byCode, lookup: (o) => index.find(o)?.code };
}
