import { NO_BUYER, type Order } from '../../domain';
import { dailyStatsId, skuKeyOf, skuLineOf, skuRowId } from './keys';
import {
  emptyAggregates,
  zeroTally,
  type Aggregates,
  type CustomerOrder,
  type CustomerStats,
  type DailyStats,
  type SkuDay,
  type SkuStats,
} from './schema';
import { dayKeyOfNumber, dayNumberOf, isDayStart } from '../days';
import { customerId, isCountedStatus, isMaskedBuyer } from '../order-policy';

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

type SkuBuilding = Building<SkuStats, SkuDay, number>;
/** SKU rows under one (platform, head) of Map2, by the further strings that tell their SkuLines apart. */
type SkuLevels = Map<string, Map<string, Map<string, SkuBuilding>>>;

function child<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let next = map.get(key);
  if (!next) map.set(key, (next = new Map()));
  return next;
}

/**
 * The derived tables computed from scratch from the stored orders (one record per platform + orderId), in
 * one pass with plain Maps: used after an upgrade, an import, or when applyDeltasInPlace reports a
 * mismatch. Gives exactly the rows that delta upkeep produces (proved by the property tests).
 */
export function rebuildAggregates(orders: Iterable<Order>): Aggregates {
  const rows = emptyAggregates();
  const days = new Map2<Building<DailyStats, [string, number]>, number>();
  const dayRows: Building<DailyStats, [string, number]>[] = [];
  const customers = new Map2<CustomerStats>();
  const skus = new Map2<Map<string, SkuBuilding>>();
  const others = new Map2<SkuLevels>();
  const skuRows: SkuBuilding[] = [];
  for (const order of orders) {
    const { platform, buyer, placedAt, status, paidFen } = order;
    const dayNumber = dayNumberOf(placedAt);
    const day = dayKeyOfNumber(dayNumber);
    let d = days.get(dayNumber, platform);
    if (!d) {
      const id = dailyStatsId(day, platform);
      const row = { id, day, platform, orders: zeroTally(), fen: zeroTally(), buyers: [], atDayStart: 0 };
      d = days.set(dayNumber, platform, { row, index: new Map() });
      rows.days.set(id, d.row);
      dayRows.push(d);
    }
    d.row.orders[status]++;
    d.row.fen[status] += paidFen;
    if (isDayStart(placedAt)) d.row.atDayStart++;
    if (!isCountedStatus(status)) continue;
    if (buyer === NO_BUYER) {
      // Imported without a nickname: in the day's GMV and the SKU sales, in no buyer list or customer.
      const n = d.row.noBuyer;
      if (n) {
        n[0]++;
        n[1] += paidFen;
      } else d.row.noBuyer = [1, paidFen];
    } else {
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
    }

    for (const item of order.items) {
      // The same identity as skuRowIdOf (key and SkuLine), looked up by the line's own strings: the product
      // and SKU id when both are shown (all the SkuLine holds then), else the product id or the SKU key and
      // the SkuLine fields that key leaves open (see skuLineOf).
      const { productId, skuId = '', outerId = '' } = item;
      let byC: Map<string, SkuBuilding>;
      let c: string;
      if (productId && skuId) {
        byC = skus.get(platform, productId) ?? skus.set(platform, productId, new Map());
        c = skuId;
      } else {
        const head = productId ? productId : skuKeyOf(item);
        let byA = others.get(platform, head);
        if (!byA) byA = others.set(platform, head, new Map());
        byC = child(child(byA, skuId), productId ? item.spec : outerId ? item.title : '');
        c = productId ? outerId : '';
      }
      let s = byC.get(c);
      if (!s) {
        const sku = skuKeyOf(item);
        const line = skuLineOf(item);
        const id = skuRowId(platform, sku, line);
        byC.set(c, (s = { row: { id, platform, sku, line, days: [] }, index: new Map() }));
        rows.skus.set(id, s.row);
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
