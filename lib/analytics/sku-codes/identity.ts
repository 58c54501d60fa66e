import type { PlatformId } from '../../domain';
import { specKey } from './spec';
import { normaliseOuterId, titleKey } from './text';

/** What one record says about a platform SKU: a products row or an order line. '' = not shown. */
export interface SkuObservation {
  platform: PlatformId;
  productId: string;
  skuId: string;
  outerId: string;
  title: string;
  spec: string;
}

/**
 * The SKU key rule. A platform SKU is `{platform, productId, skuId}`, but the records do not all carry those:
 * Taobao order lines have the product id and 商家编码 but no SKU id, JD lines the SKU id and 商家编码 but no
 * product id, and product rows are often product-level (skuId ''). The key is the first of:
 * 1. `platform|sku:<skuId>` — productId + skuId. Every console's SKU id is unique within its platform, so the
 *    key holds the SKU id alone and a JD line (SKU id, no product id) gets the same key as its product row;
 * 2. `platform|pid:<productId>|<spec>` — productId + spec (a Taobao line; a product-level row has spec '');
 * 3. `platform|outer:<商家编码>|<spec>` — the seller's code, spec kept because item-level codes are shared by
 *    every SKU of the goods;
 * 4. `platform|title:<title>|<spec>`.
 * Spec and title are compared normalised (specKey: same in all four console formats; titleKey: no spaces or
 * punctuation), the code normalised by normaliseOuterId. Records of one SKU that reach it under different
 * keys are joined through the aliases (every applicable key), see code-index.ts.
 */
export function skuAliases(o: SkuObservation): string[] {
  const p = o.platform;
  const spec = specKey(o.spec);
  const aliases: string[] = [];
  if (o.skuId) aliases.push(skuIdAlias(p, o.skuId));
  if (o.productId) aliases.push(`${p}|pid:${o.productId}|${spec}`);
  const outer = normaliseOuterId(o.outerId);
  if (outer) aliases.push(`${p}|outer:${outer}|${spec}`);
  aliases.push(`${p}|title:${titleKey(o.title)}|${spec}`);
  return aliases;
}

/** Rule 1's key, `platform|sku:<skuId>`: the first alias of every record that shows a SKU id. */
export function skuIdAlias(platform: PlatformId, skuId: string): string {
  return `${platform}|sku:${skuId}`;
}

/** The SKU key of an observation: its strongest alias (rule above). */
export function skuKey(o: SkuObservation): string {
  return skuAliases(o)[0]!;
}
