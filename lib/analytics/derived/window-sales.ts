import type { Order } from '../../domain';
import { DAY_MS, dayKeyOf, dayStartOf } from '../days';
import type { SkuStats } from './schema';

/**
 * A sales window of `ms` up to `now` (the title report's 30 × 24 h: titles/listings.ts) cut where the derived
 * rows can stand in for the orders: the whole Asia/Shanghai days inside it, whose SKU rows hold the counted
 * lines summed per day, and the instants at its two ends that are parts of days, whose orders are read
 * one by one ([from, to] inclusive, as the window is).
 */
export interface WindowParts {
  /** First and last whole day (`YYYY-MM-DD`), or undefined when no whole day fits. */
  days?: { from: string; to: string };
  edges: { from: number; to: number }[];
}

export function windowParts(now: number, ms: number): WindowParts {
  const start = now - ms;
  const firstWhole = dayKeyOf(start) === dayKeyOf(start - 1) ? dayKeyOf(dayStartOf(dayKeyOf(start)) + DAY_MS) : dayKeyOf(start);
  const today = dayKeyOf(now);
  // Today is read order by order up to now (orders after now do not count); the whole days end yesterday.
  const lastWhole = dayKeyOf(dayStartOf(today) - 1);
  if (firstWhole > lastWhole) return { edges: [{ from: start, to: now }] };
  const edges = [{ from: start, to: dayStartOf(firstWhole) - 1 }, { from: dayStartOf(today), to: now }].filter((e) => e.from <= e.to);
  return { days: { from: firstWhole, to: lastWhole }, edges };
}

const ORDER_STUB = { orderId: '', buyer: '', statusText: '', paidFen: 0, capturedAt: 0, url: '' } as const;

/**
 * The counted order lines of the days `from` … `to` as the SKU rows sum them, as orders the title report can
 * read in place of the orders themselves (it reads of an order only its platform, status, time and each
 * line's productId, title, quantity and price, and sums them per listing over the window): per SKU row one
 * counted order, placed at noon of its last day in the range, with the row's product id or title and lines
 * whose quantities add up to the row's units over those days and whose quantity × price add up to its revenue
 * exactly. Every counted line is in a SKU row (derived/rebuild.ts), so each listing's units and revenue, and
 * which platforms have sales in the window, come out as from the orders (tested) — from at most one stand-in
 * per SKU row instead of every order of the days.
 */
export function skuDaysAsOrders(skus: Iterable<SkuStats>, from: string, to: string): Order[] {
  const out: Order[] = [];
  for (const row of skus) {
    const { productId, title } = row.line;
    let units = 0;
    let revenue = 0;
    let last = '';
    for (const [day, u, fen] of row.days) {
      if (day < from || day > to) continue;
      units += u;
      revenue += fen;
      last = day;
    }
    if (units === 0) continue;
    const price = Math.floor(revenue / units);
    const rest = revenue - price * units;
    // units × price, with `rest` fen left: one unit carries it, so the total is exact.
    const items = [
      ...(units > 1 ? [{ title, spec: '', productId, quantity: units - 1, priceFen: price }] : []),
      { title, spec: '', productId, quantity: 1, priceFen: price + rest },
    ];
    out.push({ ...ORDER_STUB, platform: row.platform, status: 'completed', placedAt: dayStartOf(last) + DAY_MS / 2, items });
  }
  return out;
}
