import type { OrderItem, PlatformId, Product } from '../domain';

/**
 * Which SKU an order line sold, as one string: `${productId}:${skuId}` when the console showed the product
 * id (skuId '' when it did not, matching the product-level row of the products table), else the seller's
 * code `outer:${outerId}`, else `title:${title}|${spec}` so lines without ids still add up per goods.
 */
export function skuKeyOf(item: Pick<OrderItem, 'productId' | 'skuId' | 'outerId' | 'title' | 'spec'>): string {
  if (item.productId) return `${item.productId}:${item.skuId ?? ''}`;
  if (item.outerId) return `outer:${item.outerId}`;
  return `title:${item.title}|${item.spec}`;
}

/** The SKU key of a products-table row, so stock can be joined to skuStats rows. */
export function skuKeyOfProduct(product: Pick<Product, 'productId' | 'skuId'>): string {
  return `${product.productId}:${product.skuId}`;
}

/** Primary key of a dailyStats row. */
export function dailyStatsId(day: string, platform: PlatformId): string {
  return `${day}|${platform}`;
}

/** Primary key of a skuStats row. */
export function skuStatsId(platform: PlatformId, sku: string): string {
  return `${platform}|${sku}`;
}
