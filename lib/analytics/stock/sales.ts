import { PLATFORM_IDS, type Order, type PlatformId, type Product } from '../../domain';
import { isCountedStatus } from '../order-policy';
import { createProductMatcher, emptyRowMatch, type ProductRule, type RowMatch } from '../sku-codes';

const DAY = 86_400_000;
const SHANGHAI = 8 * 3600_000;

/**
 * Where a window's sales figure comes from:
 * - orders: the captured orders of the platform cover the whole window (counted exactly);
 * - page: they do not, so the products page's 30-day sales stand in (scaled by days/30 for other windows);
 * - orders-partial: no page figure either; the orders captured so far give a lower bound;
 * - none: no orders of the platform captured and no page figure.
 */
export type SalesSource = 'orders' | 'page' | 'orders-partial' | 'none';

/** Units sold in one window and how that was found. */
export interface WindowSales {
  days: number;
  /** null when nothing is known (source none). An estimate from the page may be fractional. */
  units: number | null;
  source: SalesSource;
  /** First instant of the window. */
  from: number;
}

/**
 * The first instant of a window of `days` Asia/Shanghai calendar days ending with today (today counts):
 * midnight at the start of day today − (days − 1). For `now` 2025-08-01 10:00 and 30 days: 2025-07-03 00:00.
 */
export function windowStart(now: number, days: number): number {
  const today = Math.floor((now + SHANGHAI) / DAY);
  return (today - days + 1) * DAY - SHANGHAI;
}

/** Per product row: units in the sales and slow-mover windows, and how lines were tied to product-level rows. */
export interface SalesCount {
  salesWindow: WindowSales[];
  slowWindow: WindowSales[];
  /** For product-level rows: the rules that tied order lines to them. */
  rules: readonly (readonly ProductRule[])[];
  /**
   * Earliest captured order (any status) per platform: how far back the capture reaches. From the derived
   * tables (sales-from-derived.ts) only its day is known: there it is that day's first instant when an
   * order was placed exactly then, else one millisecond later — the same day, and the same answer to "does
   * it reach a window that starts at a midnight", which is all it is used for.
   */
  earliest: Map<PlatformId, number>;
}

/**
 * Units counted per product row so far, filled line by line (countSales) or SKU row by SKU row
 * (countSalesFromAggregates), then turned into a SalesCount by salesCountOf: the one place both paths share.
 */
export interface SalesTally {
  inSales: Float64Array;
  inSlow: Float64Array;
  ruleBits: Uint8Array;
}

/** An empty tally for `rows` product rows. */
export function salesTally(rows: number): SalesTally {
  return { inSales: new Float64Array(rows), inSlow: new Float64Array(rows), ruleBits: new Uint8Array(rows) };
}

/**
 * Adds units that matched `match` (product-match.ts) to the rows they landed on: `sales` units sold in the
 * sales window, `slow` in the slow-mover window. Call it only for units sold in at least one of them, so
 * the rules record only lines that count.
 */
export function tallyMatch(t: SalesTally, match: RowMatch, sales: number, slow: number): void {
  if (match.sku >= 0) {
    t.inSales[match.sku]! += sales;
    t.inSlow[match.sku]! += slow;
  }
  if (match.product >= 0) {
    t.inSales[match.product]! += sales;
    t.inSlow[match.product]! += slow;
    if (match.rule) t.ruleBits[match.product]! |= RULE_BIT[match.rule];
  }
}

/**
 * The SalesCount of a finished tally: each window is covered when the platform's earliest captured order
 * was placed at or before the window's first instant; see SalesSource for what happens otherwise.
 */
export function salesCountOf(
  products: readonly Product[],
  t: SalesTally,
  earliest: Map<PlatformId, number>,
  salesDays: number,
  slowDays: number,
  now: number,
): SalesCount {
  const fromSales = windowStart(now, salesDays);
  const fromSlow = windowStart(now, slowDays);
  const windowOf = (p: Product, counted: number, days: number, start: number): WindowSales => {
    const reach = earliest.get(p.platform);
    if (reach !== undefined && reach <= start) return { days, units: counted, source: 'orders', from: start };
    if (p.sales30d !== undefined) return { days, units: (p.sales30d * days) / 30, source: 'page', from: start };
    if (reach !== undefined) return { days, units: counted, source: 'orders-partial', from: start };
    return { days, units: null, source: 'none', from: start };
  };
  return {
    salesWindow: products.map((p, i) => windowOf(p, t.inSales[i]!, salesDays, fromSales)),
    slowWindow: products.map((p, i) => windowOf(p, t.inSlow[i]!, slowDays, fromSlow)),
    rules: Array.from(t.ruleBits, (bits) => (bits === 0 ? NO_RULES : RULES.filter((r) => bits & RULE_BIT[r]))),
    earliest,
  };
}

/**
 * Counts units sold per product row from the captured orders. Only orders the buyer paid for and kept count
 * (order-policy.ts: paid, shipped, completed, refunding; not unpaid, closed, refunded), placed in the window
 * and not after `now`. A line counts towards its SKU row and its product-level row (product-match.ts), so a
 * product-level row sums the lines of all its SKUs. A window is covered when the platform's earliest captured
 * order was placed at or before the window's first instant; see SalesSource for what happens otherwise.
 */
export function countSales(
  orders: readonly Order[],
  products: readonly Product[],
  salesDays: number,
  slowDays: number,
  now: number,
): SalesCount {
  const fromSales = windowStart(now, salesDays);
  const fromSlow = windowStart(now, slowDays);
  const from = Math.min(fromSales, fromSlow);
  const tally = salesTally(products.length);
  const reach = new Float64Array(PLATFORM_IDS.length).fill(Infinity);
  const matcher = createProductMatcher(products);
  const match = emptyRowMatch();
  for (const order of orders) {
    const p = PLATFORM_IDS.indexOf(order.platform);
    if (order.placedAt < reach[p]!) reach[p] = order.placedAt;
    if (order.placedAt < from || order.placedAt > now || !isCountedStatus(order.status)) continue;
    const countsSales = order.placedAt >= fromSales;
    const countsSlow = order.placedAt >= fromSlow;
    for (const item of order.items) {
      matcher.match(order.platform, item, match);
      tallyMatch(tally, match, countsSales ? item.quantity : 0, countsSlow ? item.quantity : 0);
    }
  }
  const earliest = new Map<PlatformId, number>();
  PLATFORM_IDS.forEach((platform, i) => reach[i] !== Infinity && earliest.set(platform, reach[i]!));
  return salesCountOf(products, tally, earliest, salesDays, slowDays, now);
}

const RULES: readonly ProductRule[] = ['productId', 'outerPrefix', 'title'];
const RULE_BIT: Record<ProductRule, number> = { productId: 1, outerPrefix: 2, title: 4 };
const NO_RULES: readonly ProductRule[] = [];
