import { hasBuyer, type Order, type PlatformId } from '../../domain';
import type { CustomerStats } from '../derived';
import { DAY_MS } from '../days';
import { customerId, isCountedStatus, isMaskedBuyer, noExclusions, tallyOrder, type ExcludedOrders } from '../order-policy';
import type { AnalyticsSettings } from '../settings';

/** Days in "the past year" of the 沉睡用户 rule. */
export const YEAR_DAYS = 365;

/**
 * What the tiers and scores need to know about one customer as of `now`, over counted orders placed at or
 * before `now` (order-policy.ts). "Within N days" means now − placedAt ≤ N days, so an order exactly 30 days
 * old is within 30 days.
 */
export interface CustomerFacts {
  id: string;
  platform: PlatformId;
  buyer: string;
  masked: boolean;
  firstAt: number;
  lastAt: number;
  /** All counted orders up to now. */
  orders: number;
  /** paidFen of the only order when `orders` is 1 (the 潜力新用户 amount test), else undefined. */
  onlyOrderFen: number | undefined;
  /** F and M: orders and paid amount within settings.rfm.windowDays. */
  windowOrders: number;
  windowFen: number;
  /** The first order inside the window: where the monthly average starts. */
  windowFirstAt: number | undefined;
  /** Orders within the past 365 days. */
  yearOrders: number;
}

/** What factsOfRow reads of a customerStats row. */
export type CustomerRow = Pick<CustomerStats, 'id' | 'platform' | 'buyer' | 'masked' | 'orders'>;

/** A customer's facts being gathered; order-independent, so any order of rows gives the same facts. */
export function newFacts(id: string, platform: PlatformId, buyer: string): CustomerFacts {
  return {
    id,
    platform,
    buyer,
    masked: isMaskedBuyer(buyer),
    firstAt: Infinity,
    lastAt: -Infinity,
    orders: 0,
    onlyOrderFen: undefined,
    windowOrders: 0,
    windowFen: 0,
    windowFirstAt: undefined,
    yearOrders: 0,
  };
}

/** Adds one counted order (placed at or before `now`) to a customer's facts. */
export function addOrderFact(f: CustomerFacts, at: number, fen: number, now: number, rfm: AnalyticsSettings['rfm']): void {
  f.orders++;
  f.onlyOrderFen = f.orders === 1 ? fen : undefined;
  if (at < f.firstAt) f.firstAt = at;
  if (at > f.lastAt) f.lastAt = at;
  const age = now - at;
  if (age <= rfm.windowDays * DAY_MS) {
    f.windowOrders++;
    f.windowFen += fen;
    if (f.windowFirstAt === undefined || at < f.windowFirstAt) f.windowFirstAt = at;
  }
  if (age <= YEAR_DAYS * DAY_MS) f.yearOrders++;
}

/**
 * One customer's facts from its customerStats row (orders as [placedAt, paidFen], sorted by placedAt), over
 * the orders placed at or before `now`; undefined when there is none. The same facts as newFacts + addOrderFact
 * over those orders, built in one object (the side panel does this for every customer when it opens).
 */
export function factsOfRow(row: CustomerRow, now: number, rfm: AnalyticsSettings['rfm']): CustomerFacts | undefined {
  const list = row.orders;
  let end = list.length;
  while (end > 0 && list[end - 1]![0] > now) end--;
  if (end === 0) return undefined;
  const windowFrom = now - rfm.windowDays * DAY_MS;
  const yearFrom = now - YEAR_DAYS * DAY_MS;
  let windowOrders = 0;
  let windowFen = 0;
  let windowFirst = -1;
  let yearOrders = 0;
  for (let i = 0; i < end; i++) {
    const order = list[i]!;
    const at = order[0];
    if (at >= windowFrom) {
      if (windowFirst < 0) windowFirst = i;
      windowOrders++;
      windowFen += order[1];
    }
    if (at >= yearFrom) yearOrders++;
  }
  return {
    id: row.id,
    platform: row.platform,
    buyer: row.buyer,
    masked: row.masked,
    firstAt: list[0]![0],
    lastAt: list[end - 1]![0],
    orders: end,
    onlyOrderFen: end === 1 ? list[0]![1] : undefined,
    windowOrders,
    windowFen,
    windowFirstAt: windowFirst < 0 ? undefined : list[windowFirst]![0],
    yearOrders,
  };
}

/**
 * Customer facts straight from the stored orders (the raw path): one pass, one Map. Returns the customers
 * with at least one counted order up to `now`, how many orders were left out and why, and the counted orders
 * without a buyer nickname (whenever placed: the day rows cannot tell an order later today from one before
 * `now`), which are in no customer.
 */
export function factsFromOrders(
  orders: Iterable<Order>,
  now: number,
  settings: AnalyticsSettings,
): { facts: CustomerFacts[]; excluded: ExcludedOrders; counted: number; noBuyer: { orders: number; fen: number } } {
  const excluded = noExclusions();
  const byId = new Map<string, CustomerFacts>();
  let counted = 0;
  const noBuyer = { orders: 0, fen: 0 };
  for (const o of orders) {
    if (!hasBuyer(o) && isCountedStatus(o.status)) {
      noBuyer.orders++;
      noBuyer.fen += o.paidFen;
      continue;
    }
    if (!tallyOrder(o, now, excluded)) continue;
    counted++;
    const id = customerId(o.platform, o.buyer);
    let f = byId.get(id);
    if (!f) byId.set(id, (f = newFacts(id, o.platform, o.buyer)));
    addOrderFact(f, o.placedAt, o.paidFen, now, settings.rfm);
  }
  return { facts: [...byId.values()], excluded, counted, noBuyer };
}
