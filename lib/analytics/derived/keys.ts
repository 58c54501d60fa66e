import type { OrderItem, PlatformId, Product } from '../../domain';
import type { SkuLine } from './schema';

type LineFields = Pick<OrderItem, 'productId' | 'skuId' | 'outerId' | 'title' | 'spec'>;

/**
 * Which SKU an order line sold, as one string: `${productId}:${skuId}` when the console showed the product
 * id (skuId '' when it did not, matching the product-level row of the products table), else the seller's
 * code `outer:${outerId}`, else `title:${title}|${spec}` so lines without ids still add up per goods.
 */
export function skuKeyOf(item: LineFields): string {
  if (item.productId) return `${item.productId}:${item.skuId ?? ''}`;
  if (item.outerId) return `outer:${item.outerId}`;
  return `title:${item.title}|${item.spec}`;
}

/**
 * The fields of an order line that decide which captured product rows it matches (sku-codes/product-match.ts),
 * and nothing else, so lines with the same SkuLine always match the same rows and a skuStats row can be
 * matched like its lines. What the matcher reads depends on what the line shows:
 * - product id and SKU id: nothing more (the SKU row by SKU id, the product row by product id);
 * - product id only: spec and 商家编码 find the SKU row (title is never read);
 * - no product id: SKU id, 商家编码 and title (the code prefix, else the title, find the product row); the
 *   spec only as part of skuKeyOf's `title:` key, i.e. when there is no code.
 * Every other field is ''.
 */
export function skuLineOf(item: LineFields): SkuLine {
  const productId = item.productId ?? '';
  const skuId = item.skuId ?? '';
  const outerId = item.outerId ?? '';
  if (productId && skuId) return { productId, skuId, outerId: '', title: '', spec: '' };
  if (productId) return { productId, skuId: '', outerId, title: '', spec: item.spec };
  return { productId: '', skuId, outerId, title: item.title, spec: outerId ? '' : item.spec };
}

/**
 * Primary key of the skuStats row an order line adds to: one row per platform × SKU key × SkuLine. When the
 * SkuLine says nothing beyond skuKeyOf (product and SKU id shown, or a product id with no spec and no code,
 * or a title key without SKU id) the key is plain `${platform}|${sku}`; otherwise the extra fields follow as
 * JSON, `${platform}|["${sku}",…]` — a SKU key never starts with `[`, so the two forms never collide.
 */
export function skuRowIdOf(platform: PlatformId, item: LineFields): string {
  return skuRowId(platform, skuKeyOf(item), skuLineOf(item));
}

/** skuRowIdOf from the SKU key and SkuLine already worked out. */
export function skuRowId(platform: PlatformId, sku: string, line: SkuLine): string {
  // The fields the SkuLine holds beyond what `sku` already spells out, by kind of key.
  const extra = line.productId ? (line.skuId ? [] : [line.spec, line.outerId]) : line.outerId ? [line.skuId, line.title] : [line.skuId];
  return extra.every((x) => x === '') ? skuStatsId(platform, sku) : `${platform}|${JSON.stringify([sku, ...extra])}`;
}

/** The SKU key of a products-table row, so stock can be joined to skuStats rows. */
export function skuKeyOfProduct(product: Pick<Product, 'productId' | 'skuId'>): string {
  return `${product.productId}:${product.skuId}`;
}

/** Primary key of a dailyStats row. */
export function dailyStatsId(day: string, platform: PlatformId): string {
  return `${day}|${platform}`;
}

/** `${platform}|${sku}`: the key of per-SKU figures (skuSalesFromAggregates), and of a skuStats row whose SkuLine adds nothing. */
export function skuStatsId(platform: PlatformId, sku: string): string {
  return `${platform}|${sku}`;
}
