import type { AggregateDelta, CustomerDelta, DayDelta, SkuDelta } from './delta';
import { zeroTally, type Aggregates, type DailyStats } from './schema';
import { isMaskedBuyer } from '../order-policy';

/** Index of the first element not less than `key` in a sorted array. */
function lowerBound<T>(list: T[], less: (x: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (less(list[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function applyCustomer(rows: Aggregates, d: CustomerDelta): number {
  let row = rows.customers.get(d.id);
  if (!row) {
    if (d.sign < 0) return 1;
    const { id, platform, buyer, at } = d;
    row = { id, platform, buyer, masked: isMaskedBuyer(buyer), orders: [], orderCount: 0, totalFen: 0, firstAt: at, lastAt: at };
    rows.customers.set(d.id, row);
  }
  const list = row.orders;
  const { at, fen } = d;
  // Binary search by (at, fen); a new order is most often the customer's latest, so try the end first.
  let i = list.length;
  const last = list[i - 1];
  if (last && (last[0] > at || (last[0] === at && last[1] >= fen))) {
    let lo = 0;
    while (lo < i) {
      const mid = (lo + i) >> 1;
      const e = list[mid]!;
      if (e[0] < at || (e[0] === at && e[1] < fen)) lo = mid + 1;
      else i = mid;
    }
  }
  if (d.sign > 0) {
    if (i === list.length) list.push([at, fen]);
    else list.splice(i, 0, [at, fen]);
  } else if (list[i]?.[0] === at && list[i]?.[1] === fen) list.splice(i, 1);
  else return 1;
  row.orderCount = list.length;
  row.totalFen += d.sign * fen;
  if (list.length === 0) rows.customers.delete(d.id);
  else {
    row.firstAt = list[0]![0];
    row.lastAt = list[list.length - 1]![0];
  }
  return 0;
}

function applyDay(rows: Aggregates, d: DayDelta): number {
  let row = rows.days.get(d.id);
  if (!row) {
    if (d.sign < 0) return 1;
    row = { id: d.id, day: d.day, platform: d.platform, orders: zeroTally(), fen: zeroTally(), buyers: [], atDayStart: 0 };
    rows.days.set(d.id, row);
  }
  if (row.orders[d.status] + d.sign < 0 || row.fen[d.status] + d.sign * d.fen < 0) return 1;
  if (d.atDayStart && row.atDayStart + d.sign < 0) return 1;
  row.orders[d.status] += d.sign;
  row.fen[d.status] += d.sign * d.fen;
  if (d.atDayStart) row.atDayStart += d.sign;
  let miss = 0;
  if (d.buyer === '') miss = applyNoBuyer(row, d);
  else if (d.buyer !== undefined) {
    const buyer = d.buyer;
    const list = row.buyers;
    const i = lowerBound(list, ([b]) => b < buyer);
    const entry = list[i];
    if (entry?.[0] === buyer) {
      entry[1] += d.sign;
      if (entry[1] === 0) list.splice(i, 1);
    } else if (d.sign > 0) list.splice(i, 0, [buyer, 1]);
    else miss = 1;
  }
  if (d.sign < 0 && isEmptyTally(row.orders)) rows.days.delete(d.id);
  return miss;
}

/** A counted order without a buyer nickname in or out of the day row's noBuyer (absent when none are left). */
function applyNoBuyer(row: DailyStats, d: DayDelta): number {
  const [orders, fen] = row.noBuyer ?? [0, 0];
  if (orders + d.sign < 0 || fen + d.sign * d.fen < 0) return 1;
  if (orders + d.sign === 0) delete row.noBuyer;
  else row.noBuyer = [orders + d.sign, fen + d.sign * d.fen];
  return 0;
}

function isEmptyTally(tally: Record<string, number>): boolean {
  for (const status in tally) if (tally[status] !== 0) return false;
  return true;
}

function applySku(rows: Aggregates, d: SkuDelta): number {
  let row = rows.skus.get(d.id);
  if (!row) {
    if (d.sign < 0) return 1;
    row = { id: d.id, platform: d.platform, sku: d.sku, line: d.line, days: [] };
    rows.skus.set(d.id, row);
  }
  const list = row.days;
  const day = d.day;
  // Most lines are of the SKU's latest day: tried first.
  let i = list.length;
  const latest = list[i - 1];
  if (latest && latest[0] >= day) {
    let lo = 0;
    while (lo < i) {
      const mid = (lo + i) >> 1;
      if (list[mid]![0] < day) lo = mid + 1;
      else i = mid;
    }
  }
  const entry = list[i];
  if (entry?.[0] === d.day) {
    if (entry[1] + d.sign * d.units < 0) return 1;
    entry[1] += d.sign * d.units;
    entry[2] += d.sign * d.revenueFen;
    if (entry[1] === 0) list.splice(i, 1);
  } else if (d.sign > 0) {
    if (i === list.length) list.push([day, d.units, d.revenueFen]);
    else list.splice(i, 0, [day, d.units, d.revenueFen]);
  } else return 1;
  if (list.length === 0) rows.skus.delete(d.id);
  return 0;
}

/**
 * Applies deltas to the derived rows held in `rows`, in place: rows are created, changed, and deleted when
 * left empty, so upkeep by deltas and a full rebuild give identical tables. A delta that does not fit
 * (removing what is not there) is skipped and counted: the return value, > 0 meaning the rows had drifted from
 * the orders. What the background's ShardedAggregates runs on every capture.
 */
export function applyDeltasInPlace(rows: Aggregates, deltas: readonly AggregateDelta[]): number {
  let mismatches = 0;
  for (const d of deltas) {
    if (d.table === 'customerStats') mismatches += applyCustomer(rows, d);
    else if (d.table === 'dailyStats') mismatches += applyDay(rows, d);
    else mismatches += applySku(rows, d);
  }
  return mismatches;
}
