import type { Order, PlatformId } from '../../domain';
import { skuKeyOf, skuStatsId } from './keys';
import type { SkuStats } from './schema';
import { DAY_MS, dayKeyOf } from '../days';
import { isCountedStatus } from '../order-policy';

/** Units and revenue of one SKU over a window. */
export interface SkuSales {
  platform: PlatformId;
  sku: string;
  units: number;
  revenueFen: number;
}

/** The first and last day key of the trailing `days` Asia/Shanghai calendar days ending on now's day. */
export function trailingDays(now: number, days: number): { first: string; last: string } {
  return { first: dayKeyOf(now - (days - 1) * DAY_MS), last: dayKeyOf(now) };
}

/**
 * Sales per SKU (keyed `${platform}|${sku}`, keys.ts skuStatsId) over the last `days` calendar days
 * including today, from skuStats rows — summing the rows of one SKU key that the product matcher tells apart
 * (schema.ts SkuStats.line) — for any `now`, without reading orders. SKUs without sales in the
 * window are absent.
 */
export function skuSalesFromAggregates(rows: Iterable<SkuStats>, now: number, days: number): Map<string, SkuSales> {
  const { first, last } = trailingDays(now, days);
  const out = new Map<string, SkuSales>();
  for (const r of rows) {
    let units = 0;
    let revenueFen = 0;
    for (let i = r.days.length - 1; i >= 0; i--) {
      const [day, u, fen] = r.days[i]!;
      if (day < first) break;
      if (day > last) continue;
      units += u;
      revenueFen += fen;
    }
    if (units === 0) continue;
    const key = skuStatsId(r.platform, r.sku);
    const s = out.get(key);
    if (s) {
      s.units += units;
      s.revenueFen += revenueFen;
    } else out.set(key, { platform: r.platform, sku: r.sku, units, revenueFen });
  }
  return out;
}

/** The same sales straight from the orders (counted orders only), for checking and for full recomputes. */
export function skuSalesFromOrders(orders: Iterable<Order>, now: number, days: number): Map<string, SkuSales> {
  const { first, last } = trailingDays(now, days);
  const out = new Map<string, SkuSales>();
  for (const o of orders) {
    if (!isCountedStatus(o.status)) continue;
    const day = dayKeyOf(o.placedAt);
    if (day < first || day > last) continue;
    for (const item of o.items) {
      const sku = skuKeyOf(item);
      const key = skuStatsId(o.platform, sku);
      const s = out.get(key);
      if (s) {
        s.units += item.quantity;
        s.revenueFen += item.quantity * item.priceFen;
      } else out.set(key, { platform: o.platform, sku, units: item.quantity, revenueFen: item.quantity * item.priceFen });
    }
  }
  return out;
}
