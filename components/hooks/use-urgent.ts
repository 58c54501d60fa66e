import { createContext, useContext, useEffect, useState } from 'react';
import { dayKeyOf } from '../../lib/analytics/days';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { UrgentList } from '../../lib/analytics/urgent';
import type { ShopLensDatabase } from '../../lib/db';
import { computeUrgent, lastCaptureId, readUrgent } from '../../lib/db/urgent';
import { useDbQuery } from './use-db-query';

/**
 * Asks the background to work the urgent list out again as of `now` and store it (lib/messaging/urgent-refresh:
 * the popup's request), settling once it is stored. The side panel provides it; without it (the component
 * tests, a page with no background) the list is ranked in the page.
 */
export type UrgentRefresh = (now: number) => Promise<unknown>;
export const UrgentRefreshContext = createContext<UrgentRefresh | undefined>(undefined);

type UrgentRead = { list: UrgentList; behind: boolean } | { missing: string };

/**
 * The three most urgent things to do today, as the popup shows them: the list the background stores after each
 * flush of the derived tables (lib/db readUrgent; one row), live. While captures newer than the stored list
 * are being flushed the stored list is shown (`behind`) and replaced when the background stores the next one.
 * With no stored list, or one worked out with other settings or on another Shanghai day, the background is
 * asked to work it out (UrgentRefreshContext: the 客户 and 库存 reads, ~0.5 s for a big shop, in the service
 * worker instead of on the panel's thread) and the stored row it writes is read; only when no background
 * answers, or its row still does not fit, is it ranked here (lib/db computeUrgent, the background's own code).
 */
export function useUrgent(
  db: ShopLensDatabase,
  now: number,
  settings: AnalyticsSettings,
): { list?: UrgentList; behind?: boolean; error?: string } {
  const refresh = useContext(UrgentRefreshContext);
  const key = `${JSON.stringify(settings)}@${dayKeyOf(now)}`;
  // The keys the background was asked for, and those it answered (or failed) for.
  const [asked, setAsked] = useState<{ key?: string; settled?: boolean }>({});
  const askBackground = refresh !== undefined && !(asked.key === key && asked.settled);
  const { data, error } = useDbQuery(async (): Promise<UrgentRead> => {
    const [stored, last] = await Promise.all([readUrgent(db), lastCaptureId(db)]);
    const usable = stored && stored.settingsKey === JSON.stringify(settings) && dayKeyOf(stored.at) === dayKeyOf(now);
    if (usable) return { list: stored.list, behind: stored.lastCapture !== last };
    if (askBackground) return { missing: key };
    return { list: (await computeUrgent(db, now, settings)).list, behind: false };
  }, [db, now, settings, askBackground]);
  const missing = data && 'missing' in data ? data.missing : undefined;
  useEffect(() => {
    if (!missing || !refresh || asked.key === missing) return;
    setAsked({ key: missing });
    const settle = () => setAsked((a) => (a.key === missing ? { key: missing, settled: true } : a));
    refresh(now).then(settle, settle);
  }, [missing, refresh, asked.key, now]);
  return data && 'list' in data ? { ...data, error } : { error };
}
