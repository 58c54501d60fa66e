/**
 * An order's buyer may be unknown: the Douyin and PDD order export files have no nickname column, so an
 * imported order's `buyer` is '' until a capture of the order list page fills it in. Such an order counts in
 * sales, KPIs and stock, never in a customer (tiers, repeat rate, customer counts) — and it is never keyed by
 * anything else (the receiver's name is dropped at parse time).
 */
export const NO_BUYER = '';

/** Whether the order names its buyer (false for an imported order whose export file had no nickname). */
export function hasBuyer(order: { buyer: string }): boolean {
  return order.buyer !== NO_BUYER;
}
