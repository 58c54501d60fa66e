/**
 * The per-row view of applying deltas, for tests: which derived rows a batch touches, and after applying it
 * in place (lib applyDeltasInPlace) which rows to put and which ids to delete — how the replay in
 * order-arbitraries.ts stores rows one by one, and what the delta tests assert on.
 */
import { applyDeltasInPlace, type AggregateDelta, type Aggregates, type CustomerStats, type DailyStats, type SkuStats } from '../../lib/analytics/derived';

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
  /** > 0 means the derived rows had drifted from the orders. */
  mismatches: number;
}

/** The ids each table must be read at before applying `deltas` (load them into the Aggregates maps). */
export function deltaIds(deltas: AggregateDelta[]): { customers: string[]; days: string[]; skus: string[] } {
  const ids = { customerStats: new Set<string>(), dailyStats: new Set<string>(), skuStats: new Set<string>() };
  for (const d of deltas) ids[d.table].add(d.id);
  return { customers: [...ids.customerStats], days: [...ids.dailyStats], skus: [...ids.skuStats] };
}

function writesOf<T>(map: Map<string, T>, touched: string[]): TableWrites<T> {
  const out: TableWrites<T> = { put: [], delete: [] };
  for (const id of touched) {
    const row = map.get(id);
    if (row) out.put.push(row);
    else out.delete.push(id);
  }
  return out;
}

/**
 * applyDeltasInPlace on `rows` — which must hold the current rows at deltaIds(deltas), or lack them when they
 * do not exist — returning exactly the rows to put and the ids to delete.
 */
export function applyAggregateDeltas(rows: Aggregates, deltas: AggregateDelta[]): AggregateWrites {
  const touched = deltaIds(deltas);
  const mismatches = applyDeltasInPlace(rows, deltas);
  return {
    customers: writesOf(rows.customers, touched.customers),
    days: writesOf(rows.days, touched.days),
    skus: writesOf(rows.skus, touched.skus),
    mismatches,
  };
}
