import type { Order, Product } from '../domain';

/**
 * A re-captured order replaces the stored one (status, amount and items change over an order's life) but
 * keeps when it was first seen.
 */
export function mergeOrder(stored: Order | undefined, next: Order): Order {
  return { ...next, firstSeenAt: stored?.firstSeenAt ?? stored?.capturedAt ?? next.capturedAt };
}

/**
 * A re-captured product updates price, stock, status and title; fields a page may not show (listing date,
 * 30-day sales, 商家编码) keep their stored value when the new page lacks them.
 */
export function mergeProduct(stored: Product | undefined, next: Product): Product {
  if (!stored) return { ...next, firstSeenAt: next.capturedAt };
  return {
    ...next,
    outerId: next.outerId || stored.outerId,
    spec: next.spec || stored.spec,
    listedAt: next.listedAt ?? stored.listedAt,
    sales30d: next.sales30d ?? stored.sales30d,
    firstSeenAt: stored.firstSeenAt ?? stored.capturedAt,
  };
}
