import type { AggregateDelta, CustomerDelta, DayDelta, SkuDelta } from './aggregates-delta';
import { zeroTally, type Aggregates, type CustomerStats, type DailyStats, type SkuStats } from './aggregates-schema';
import { isMaskedBuyer } from './order-policy';

/** Rows to write back per table after applying deltas: changed rows to put, emptied rows to delete. */
export interface TableWrites<T> {
  put: T[];
  delete: string[];
}

/** Everything applyAggregateDeltas changed, plus how many deltas did not fit the rows they were applied to. */
export interface AggregateWrites {
  customers: TableWrites<CustomerStats>;
  days: TableWrites<DailyStats>;
  skus: TableWrites<SkuStats>;
  /** > 0 means the derived rows had drifted from the orders: rebuild them (rebuildAggregates). */
  mismatches: number;
}

/** The ids each table must be read at before applying `deltas` (load them into the Aggregates maps). */
export function deltaIds(deltas: AggregateDelta[]): { customers: string[]; days: string[]; skus: string[] } {
  const ids = { customerStats: new Set<string>(), dailyStats: new Set<string>(), skuStats: new Set<string>() };
  for (const d of deltas) ids[d.table].add(d.id);
  return { customers: [...ids.customerStats], days: [...ids.dailyStats], skus: [...ids.skuStats] };
}

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
  const i = lowerBound(list, ([at, fen]) => at < d.at || (at === d.at && fen < d.fen));
  if (d.sign > 0) list.splice(i, 0, [d.at, d.fen]);
  else if (list[i]?.[0] === d.at && list[i]?.[1] === d.fen) list.splice(i, 1);
  else return 1;
  row.orderCount = list.length;
  row.totalFen += d.sign * d.fen;
  if (list.length === 0) rows.customers.delete(d.id);
  else [row.firstAt, row.lastAt] = [list[0]![0], list[list.length - 1]![0]];
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
  if (d.buyer !== undefined) {
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
  if (Object.values(row.orders).every((n) => n === 0)) rows.days.delete(d.id);
  return miss;
}

function applySku(rows: Aggregates, d: SkuDelta): number {
  let row = rows.skus.get(d.id);
  if (!row) {
    if (d.sign < 0) return 1;
    row = { id: d.id, platform: d.platform, sku: d.sku, line: d.line, days: [] };
    rows.skus.set(d.id, row);
  }
  const list = row.days;
  const i = lowerBound(list, ([day]) => day < d.day);
  const entry = list[i];
  if (entry?.[0] === d.day) {
    if (entry[1] + d.sign * d.units < 0) return 1;
    entry[1] += d.sign * d.units;
    entry[2] += d.sign * d.revenueFen;
    if (entry[1] === 0) list.splice(i, 1);
  } else if (d.sign > 0) list.splice(i, 0, [d.day, d.units, d.revenueFen]);
  else return 1;
  if (list.length === 0) rows.skus.delete(d.id);
  return 0;
}

function writesOf<T>(map: Map<string, T>, touched: Set<string>): TableWrites<T> {
  const out: TableWrites<T> = { put: [], delete: [] };
  for (const id of touched) {
    const row = map.get(id);
    if (row) out.put.push(row);
    else out.delete.push(id);
  }
  return out;
}

/**
 * Applies deltas to the derived rows in `rows` — which must hold the current rows at deltaIds(deltas), or
 * lack them when they do not exist — updating them in place, and returns exactly the rows to put and the
 * ids to delete, so the caller writes one batch. Rows left empty are deleted, so upkeep by deltas and a full
 * rebuild give identical tables. A delta that does not fit (removing what is not there) is skipped and
 * counted in `mismatches` instead of throwing.
 */
export function applyAggregateDeltas(rows: Aggregates, deltas: AggregateDelta[]): AggregateWrites {
  const touched = { customerStats: new Set<string>(), dailyStats: new Set<string>(), skuStats: new Set<string>() };
  let mismatches = 0;
  for (const d of deltas) {
    touched[d.table].add(d.id);
    if (d.table === 'customerStats') mismatches += applyCustomer(rows, d);
    else if (d.table === 'dailyStats') mismatches += applyDay(rows, d);
    else mismatches += applySku(rows, d);
  }
  return {
    customers: writesOf(rows.customers, touched.customerStats),
    days: writesOf(rows.days, touched.dailyStats),
    skus: writesOf(rows.skus, touched.skuStats),
    mismatches,
  };
}
