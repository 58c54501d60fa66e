import { dayKeyOf } from '../../lib/analytics/days';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { UrgentList } from '../../lib/analytics/urgent';
import type { ShopLensDatabase } from '../../lib/db';
import { computeUrgent, lastCaptureId, readUrgent } from '../../lib/db/urgent';
import { useDbQuery } from './use-db-query';

/**
 * The three most urgent things to do today, as the popup shows them: the list the background stores after each
 * flush of the derived tables (lib/db readUrgent; one row), live. While captures newer than the stored list
 * are being flushed the stored list is shown (`behind`) and replaced when the background stores the next one;
 * with no stored list, or one worked out with other settings or on another Shanghai day, it is ranked here.
 */
export function useUrgent(
  db: ShopLensDatabase,
  now: number,
  settings: AnalyticsSettings,
): { list?: UrgentList; behind?: boolean; error?: string } {
  const { data, error } = useDbQuery(async () => {
    const [stored, last] = await Promise.all([readUrgent(db), lastCaptureId(db)]);
    const usable = stored && stored.settingsKey === JSON.stringify(settings) && dayKeyOf(stored.at) === dayKeyOf(now);
    if (usable) return { list: stored.list, behind: stored.lastCapture !== last };
    return { list: (await computeUrgent(db, now, settings)).list, behind: false };
  }, [db, now, settings]);
  return { ...data, error };
}
