import type { Order } from '../domain';
import { dailyStatsId, skuKeyOf, skuStatsId } from './aggregates-keys';
import {
  emptyAggregates,
  zeroTally,
  type Aggregates,
  type CustomerOrder,
  type CustomerStats,
  type DailyStats,
  type SkuDay,
  type SkuStats,
} from './aggregates-schema';
import { dayKeyOfNumber, dayNumberOf } from './kpi-days';
import { customerId, isCountedStatus, isMaskedBuyer } from './order-policy';

const byTimeThenFen = (a: CustomerOrder, b: CustomerOrder) => a[0] - b[0] || a[1] - b[1];
const byFirst = (a: [string, ...unknown[]], b: [string, ...unknown[]]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** A row being built with a lookup for its list, turned into the sorted list at the end. */
interface Building<R, E, K = string> {
  row: R;
  index: Map<K, E>;
}

/**
 * A two-level map: looking up by the record's own strings (platform, then buyer or product id) instead of
 * a concatenated key saves building and hashing a new string per order line, the bulk of a 500k-line pass.
 */
class Map2<V, A = string> {
  readonly #outer = new Map<A, Map<string, V>>();

  get(a: A, b: string): V | undefined {
    return this.#outer.get(a)?.get(b);
  }

  set(a: A, b: string, value: V): V {
    let inner = this.#outer.get(a);
    if (!inner) this.#outer.set(a, (inner = new Map()));
    inner.set(b, value);
    return value;
  }
}

/**
 * The derived tables computed from scratch from the stored orders (one record per platform + orderId), in
 * one pass with plain Maps: used after an upgrade, an import, or when applyAggregateDeltas reports a
 * mismatch. Gives exactly the rows that delta upkeep produces (proved by the property tests).
 */
export function rebuildAggregates(orders: Iterable<Order>): Aggregates {
  const rows = emptyAggregates();
  const days = new Map2<Building<DailyStats, [string, number]>, number>();
  const dayRows: Building<DailyStats, [string, number]>[] = [];
  const customers = new Map2<CustomerStats>();
  const skus = new Map2<Map<string, Building<SkuStats, SkuDay, number>>>();
  const skuRows: Building<SkuStats, SkuDay, number>[] = [];
  for (const order of orders) {
    const { platform, buyer, placedAt, status, paidFen } = order;
    const dayNumber = dayNumberOf(placedAt);
    const day = dayKeyOfNumber(dayNumber);
    let d = days.get(dayNumber, platform);
    if (!d) {
      const id = dailyStatsId(day, platform);
      d = days.set(dayNumber, platform, { row: { id, day, platform, orders: zeroTally(), fen: zeroTally(), buyers: [] }, index: new Map() });
      rows.days.set(id, d.row);
      dayRows.push(d);
    }
    d.row.orders[status]++;
    d.row.fen[status] += paidFen;
    if (!isCountedStatus(status)) continue;
    const b = d.index.get(buyer);
    if (b) b[1]++;
    else d.index.set(buyer, [buyer, 1]);

    const customer = customers.get(platform, buyer);
    if (customer) {
      customer.orders.push([placedAt, paidFen]);
      customer.totalFen += paidFen;
    } else {
      const id = customerId(platform, buyer);
      const orders: CustomerOrder[] = [[placedAt, paidFen]];
      const masked = isMaskedBuyer(buyer);
      const row = { id, platform, buyer, masked, orders, orderCount: 1, totalFen: paidFen, firstAt: placedAt, lastAt: placedAt };
      rows.customers.set(id, customers.set(platform, buyer, row));
    }

    for (const item of order.items) {
      // Same identity as skuKeyOf, looked up by the line's own strings.
      const product = item.productId ? item.productId : skuKeyOf(item);
      const variant = item.productId ? (item.skuId ?? '') : '';
      let bySku = skus.get(platform, product);
      if (!bySku) bySku = skus.set(platform, product, new Map());
      let s = bySku.get(variant);
      if (!s) {
        const sku = skuKeyOf(item);
        const skuId = skuStatsId(platform, sku);
        bySku.set(variant, (s = { row: { id: skuId, platform, sku, days: [] }, index: new Map() }));
        rows.skus.set(skuId, s.row);
        skuRows.push(s);
      }
      const revenue = item.quantity * item.priceFen;
      const e = s.index.get(dayNumber);
      if (e) {
        e[1] += item.quantity;
        e[2] += revenue;
      } else s.index.set(dayNumber, [day, item.quantity, revenue]);
    }
  }
  for (const c of rows.customers.values()) {
    if (c.orders.length > 1) c.orders.sort(byTimeThenFen);
    c.orderCount = c.orders.length;
    c.firstAt = c.orders[0]![0];
    c.lastAt = c.orders[c.orders.length - 1]![0];
  }
  for (const { row, index } of dayRows) row.buyers = [...index.values()].sort(byFirst);
  for (const { row, index } of skuRows) row.days = [...index.values()].sort(byFirst);
  return rows;
}
