import { useMemo } from 'react';
import type { ShopLensDatabase } from '../../lib/db';
import { kpiReadBounds, kpiView, type KpiRangeId, type KpiView } from '../model/kpi-view';
import { useDbQuery } from './use-db-query';

/**
 * The KPIs of a range from the dailyStats table (design.md §5: the small derived rows, never the orders),
 * read by primary-key range for the day ranges. `empty` says nothing was captured at all, as opposed to a
 * range with no orders in it.
 */
export function useKpis(
  db: ShopLensDatabase,
  rangeId: KpiRangeId,
  now: number,
): { view?: KpiView; empty?: boolean; error?: string } {
  const bounds = useMemo(() => kpiReadBounds(rangeId, now), [rangeId, now]);
  const { data, error } = useDbQuery(async () => {
    const rows = bounds
      ? await db.dailyStats.where('id').between(bounds.lower, bounds.upper, true, true).toArray()
      : await db.dailyStats.toArray();
    const any = rows.length > 0 || (await db.dailyStats.count()) > 0;
    return { rows, any, bounds };
  }, [db, bounds]);
  // A result read for other bounds (the range just changed) is not shown against the new range.
  const current = data && data.bounds === bounds ? data : undefined;
  const view = useMemo(() => (current ? kpiView(current.rows, rangeId, now) : undefined), [current, rangeId, now]);
  return { view, empty: current ? !current.any : undefined, error };
}
