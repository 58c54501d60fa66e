import type { Order, Product } from '../domain';
import type { OrderKey, ProductKey, ShopLensDatabase } from './database';

/**
 * Up to `limit` orders after the key `after` (from the start when undefined), in primary-key order: a key-range
 * read for lib/export pagedSource, so every page of a 200k-order export costs the same (never offset()).
 */
export function readOrdersPage(db: ShopLensDatabase, after: OrderKey | undefined, limit: number): Promise<Order[]> {
  const range = after ? db.orders.where(':id').above(after) : db.orders.orderBy(':id');
  return range.limit(limit).toArray();
}

/** Up to `limit` product rows after the key `after`, in primary-key order (as readOrdersPage). */
export function readProductsPage(db: ShopLensDatabase, after: ProductKey | undefined, limit: number): Promise<Product[]> {
  const range = after ? db.products.where(':id').above(after) : db.products.orderBy(':id');
  return range.limit(limit).toArray();
}

/** The primary key of an order and of a product row, for the next page. */
export const orderKey = (o: Order): OrderKey => [o.platform, o.orderId];
export const productKey = (p: Product): ProductKey => [p.platform, p.productId, p.skuId];

