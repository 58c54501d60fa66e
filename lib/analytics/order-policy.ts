import type { Order, OrderStatus } from '../domain';

/**
 * Which orders count, one rule for RFM, KPIs, keyword sales and the derived tables, so every view adds up to
 * the same totals:
 * - counted (the buyer paid and the money has not gone back): paid, shipped, completed — and refunding: a
 *   refund that is only requested may still be refused, so the order stays in GMV until the console says
 *   退款成功; a later capture showing `refunded` moves it out (the derived tables follow, see aggregates);
 * - excluded: unpaid (no money yet), closed (cancelled, never paid or paid back on cancel), refunded.
 * Refund rates look at both refunding and refunded orders among all paid ones (counted + refunded).
 */
export function isCountedStatus(status: OrderStatus): boolean {
  return status === 'paid' || status === 'shipped' || status === 'completed' || status === 'refunding';
}

/** True for every order the buyer paid for, refunded or not: the denominator of the refund rate. */
export function isPaidStatus(status: OrderStatus): boolean {
  return isCountedStatus(status) || status === 'refunded';
}

/** True for orders with a refund requested or done: the numerator of the refund rate. */
export function isRefundStatus(status: OrderStatus): boolean {
  return status === 'refunding' || status === 'refunded';
}

/** Why orders were left out of a computation, by reason; `afterNow` = counted orders placed after `now`. */
export interface ExcludedOrders {
  unpaid: number;
  closed: number;
  refunded: number;
  afterNow: number;
}

/** An all-zero exclusion tally to add to. */
export function noExclusions(): ExcludedOrders {
  return { unpaid: 0, closed: 0, refunded: 0, afterNow: 0 };
}

/** Adds one order to the tally when the policy leaves it out; returns true when it counts. */
export function tallyOrder(order: Pick<Order, 'status' | 'placedAt'>, now: number, excluded: ExcludedOrders): boolean {
  const s = order.status;
  if (s === 'unpaid' || s === 'closed' || s === 'refunded') {
    excluded[s]++;
    return false;
  }
  if (order.placedAt > now) {
    excluded.afterNow++;
    return false;
  }
  return true;
}

/** The customer key: nicknames are only unique within a platform. */
export function customerId(platform: string, buyer: string): string {
  return `${platform}|${buyer}`;
}

/**
 * A nickname the console masked (`t**9`, `梦***3`, `用户***45`): several people can share it, so the
 * customer may really be a group. The UI says so rather than pretending to know.
 */
export function isMaskedBuyer(buyer: string): boolean {
  return /[*＊]/.test(buyer);
}
