import type { Order, OrderItem, Product } from '../domain';

/**
 * One order seen twice — two captures, a capture and an import, two imports — is one record under
 * [platform, orderId]. The rules:
 *
 * - **Newer wins.** Of the two versions the one with the later `capturedAt` is the newer: a capture's is the
 *   moment the background stored it, an imported order's the export file's modification time (File.lastModified,
 *   never later than the import itself) — the time the data is as of. On a tie the incoming version wins (a
 *   re-capture replaces what it re-read). Status, amounts, the time placed and the items come from the newer.
 * - **An empty field never overwrites a known one.** An empty buyer (Douyin's and PDD's exports have no nickname
 *   column), an empty status text, and items that are only a summary (a Taobao 订单报表 without its 宝贝报表: one
 *   line with no spec, product id, SKU id or 商家编码) take the other version's. Within items, an item of the
 *   newer with the same title as one of the older takes its spec and ids where it has none. So a later capture
 *   of the list page fills in the nickname of an imported order, and an older export file never blanks it.
 * - `firstSeenAt` stays when the order was first stored; `capturedAt` and `url` are the newer version's.
 */
export function mergeOrder(stored: Order | undefined, next: Order): Order {
  if (!stored) return { ...next, firstSeenAt: next.capturedAt };
  const [newer, older] = next.capturedAt >= stored.capturedAt ? [next, stored] : [stored, next];
  const status = newer.statusText ? newer : older;
  return {
    ...newer,
    buyer: newer.buyer || older.buyer,
    status: status.status,
    statusText: status.statusText,
    items: mergeItems(newer.items, older.items),
    firstSeenAt: stored.firstSeenAt ?? stored.capturedAt,
  };
}

/** Items that say no more than a title, quantity and price (no spec, no product id, SKU id or 商家编码). */
export function isSummaryItems(items: readonly OrderItem[]): boolean {
  return items.every((i) => !i.spec && !i.productId && !i.skuId && !i.outerId);
}

function mergeItems(newer: OrderItem[], older: OrderItem[]): OrderItem[] {
  if (isSummaryItems(newer) && !isSummaryItems(older)) return older;
  const unused = [...older];
  return newer.map((item) => {
    const at = unused.findIndex((o) => o.title === item.title);
    if (at < 0) return item;
    const [match] = unused.splice(at, 1);
    const o = match!;
    const filled: OrderItem = { ...item, spec: item.spec || o.spec };
    const productId = item.productId ?? o.productId;
    const skuId = item.skuId ?? o.skuId;
    const outerId = item.outerId || o.outerId;
    if (productId !== undefined) filled.productId = productId;
    if (skuId !== undefined) filled.skuId = skuId;
    if (outerId) filled.outerId = outerId;
    return filled;
  });
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
