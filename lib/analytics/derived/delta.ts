import { hasBuyer, type Order, type OrderStatus, type PlatformId } from '../../domain';
import { dailyStatsId, skuKeyOf, skuLineOf, skuRowId, skuRowIdOf } from './keys';
import type { SkuLine } from './schema';
import { dayKeyOf, isDayStart } from '../days';
import { customerId, isCountedStatus } from '../order-policy';

/** Add (+1) or take away (−1) one order's share of a derived row. */
export type Sign = 1 | -1;

/** One counted order entering or leaving a customer's list. */
export interface CustomerDelta {
  table: 'customerStats';
  id: string;
  platform: PlatformId;
  buyer: string;
  at: number;
  fen: number;
  sign: Sign;
}

/**
 * One order (any status) entering or leaving a day row; `buyer` only when the order counts — '' for a counted
 * order without a buyer nickname, which goes to the row's noBuyer instead of its buyer list.
 */
export interface DayDelta {
  table: 'dailyStats';
  id: string;
  day: string;
  platform: PlatformId;
  status: OrderStatus;
  fen: number;
  buyer: string | undefined;
  /** Placed exactly at the day's first instant (dailyStats atDayStart). */
  atDayStart: boolean;
  sign: Sign;
}

/** One order line of a counted order entering or leaving a day of a SKU row. */
export interface SkuDelta {
  table: 'skuStats';
  id: string;
  day: string;
  platform: PlatformId;
  sku: string;
  line: SkuLine;
  units: number;
  revenueFen: number;
  sign: Sign;
}

/** A change to one derived row; apply with applyDeltasInPlace (apply.ts). */
export type AggregateDelta = CustomerDelta | DayDelta | SkuDelta;

/** Appends the order's share of every derived row, with the given sign. */
function pushShares(order: Order, sign: Sign, out: AggregateDelta[]): void {
  const { platform, buyer, placedAt, status, paidFen } = order;
  const day = dayKeyOf(placedAt);
  const counted = isCountedStatus(status);
  const dayId = dailyStatsId(day, platform);
  const atDayStart = isDayStart(placedAt);
  out.push({ table: 'dailyStats', id: dayId, day, platform, status, fen: paidFen, buyer: counted ? buyer : undefined, atDayStart, sign });
  if (!counted) return;
  // An order without a buyer nickname (imported) is in no customer: never keyed by anything else.
  if (hasBuyer(order)) out.push({ table: 'customerStats', id: customerId(platform, buyer), platform, buyer, at: placedAt, fen: paidFen, sign });
  for (const item of order.items) {
    const sku = skuKeyOf(item);
    const line = skuLineOf(item);
    const units = item.quantity;
    const revenueFen = item.quantity * item.priceFen;
    out.push({ table: 'skuStats', id: skuRowId(platform, sku, line), day, platform, sku, line, units, revenueFen, sign });
  }
}

/** True when two versions of an order feed the derived rows identically (a re-capture with no news). */
function sameShares(a: Order, b: Order): boolean {
  if (a.platform !== b.platform || a.buyer !== b.buyer || a.placedAt !== b.placedAt) return false;
  if (a.status !== b.status || a.paidFen !== b.paidFen || a.items.length !== b.items.length) return false;
  return a.items.every((x, i) => {
    const y = b.items[i]!;
    return x.quantity === y.quantity && x.priceFen === y.priceFen && skuRowIdOf(a.platform, x) === skuRowIdOf(a.platform, y);
  });
}

/**
 * What storing `next` over `previous` (the stored version of the same platform + orderId, or undefined for
 * a new order) changes in the derived tables: the previous version's shares taken away, the new one's
 * added. A re-capture that moves paid → refunded thus leaves GMV, the customer's list and SKU sales, and
 * moves its count from `paid` to `refunded` in the day row; a changed amount, buyer or day moves correctly
 * too — a capture that fills in the nickname of an imported order (buyer '' → nickname) moves it from the day
 * row's noBuyer to its buyer list and into that customer. `next` undefined removes the order (deleting captured data). No change → no deltas.
 *
 * Ingest (lib/ingest/ingest.ts) concatenates applyOrderChange(stored, toStore) over a capture — toStore being
 * the record as written (after any merge) — and the background's ShardedAggregates (shards.ts)
 * applies them to the rows it holds with applyDeltasInPlace; on mismatches > 0 the tables are rebuilt
 * from the orders (rebuildAggregates).
 */
export function applyOrderChange(previous: Order | undefined, next: Order | undefined): AggregateDelta[] {
  if (previous && next && sameShares(previous, next)) return [];
  const out: AggregateDelta[] = [];
  if (previous) pushShares(previous, -1, out);
  if (next) pushShares(next, 1, out);
  return out;
}
