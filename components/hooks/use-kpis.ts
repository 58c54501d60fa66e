import { useMemo } from 'react';
import { readDerived, type ShopLensDatabase } from '../../lib/db';
import { kpiReadBounds, kpiView, type KpiRangeId, type KpiView } from '../model/kpi-view';
import { useDbQuery } from './use-db-query';

/**
 * The KPIs of a range from the derived day rows (design.md §5: the small derived rows, never the orders),
 * only the shards of the range's days read. `empty` says nothing was captured at all, as opposed to a
 * range with no orders in it.
 */
export function useKpis(
  db: ShopLensDatabase,
  rangeId: KpiRangeId,
  now: number,
): { view?: KpiView; empty?: boolean; error?: string } {
  const bounds = useMemo(() => kpiReadBounds(rangeId, now), [rangeId, now]);
  const { data, error } = useDbQuery(async () => {
    const { days: rows } = await readDerived(db, bounds ? { from: bounds.lower, to: bounds.upper.slice(0, 10) } : {}, {});
    const any = rows.length > 0 || (await db.aggregateShards.count()) > 1;
    return { rows, any, bounds };
  }, [db, bounds]);
  // A result read for other bounds (the range just changed) is not shown against the new range.
  const current = data && data.bounds === bounds ? data : undefined;
  const view = useMemo(() => (current ? kpiView(current.rows, rangeId, now) : undefined), [current, rangeId, now]);
  return { view, empty: current ? !current.any : undefined, error };
}
