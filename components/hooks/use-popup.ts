import { useEffect, useRef } from 'react';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import { readCounts, type Counts, type ShopLensDatabase } from '../../lib/db';
import { isUrgentStale, lastCaptureId, readUrgent, type StoredUrgent } from '../../lib/db/urgent-row';
import type { Capture, PlatformId } from '../../lib/domain';
import { loadSettings } from '../../lib/settings';
import { useDbQuery, type DbQuery } from './use-db-query';

/** The console page the popup was opened over: its platform, the tab, and its URL. */
export interface PopupPage {
  platform: PlatformId;
  tabId: number;
  url: string;
}

/** What the popup shows, all from small reads: the stored counts, the stored urgent list, this tab's last capture. */
export interface PopupData {
  counts: Counts;
  urgent?: StoredUrgent;
  /** The stored urgent list no longer answers for now (captures since, other settings, another day). */
  stale: boolean;
  settings: AnalyticsSettings;
  /** The latest capture of this tab (or of this URL from another tab), among the platform's last 50. */
  latest?: Capture;
}

/** How far back the popup looks for this page's capture: the platform's latest captures, newest first. */
const RECENT_CAPTURES = 50;

async function latestCaptureOf(db: ShopLensDatabase, page: PopupPage): Promise<Capture | undefined> {
  const recent = await db.captures.where('platform').equals(page.platform).reverse().limit(RECENT_CAPTURES).toArray();
  return recent.find((c) => c.tabId === page.tabId) ?? recent.find((c) => c.url === page.url);
}

/**
 * The popup's live read: the counts kept with the shards (readCounts: one row and the captures since the last
 * flush), the urgent list the background stored (one row), the settings, the last capture id and — on a console
 * tab — that tab's latest capture. Never the orders, customers or day shards, so it opens at once on a big shop.
 * When the stored list is stale it asks the background to work it out again (`refresh`, once per staleness).
 */
export function usePopupData(db: ShopLensDatabase, page: PopupPage | undefined, now: number, refresh: () => Promise<unknown>): DbQuery<PopupData> {
  const result = useDbQuery(async (): Promise<PopupData> => {
    const [counts, urgent, last, { settings }, latest] = await Promise.all([
      readCounts(db),
      readUrgent(db),
      lastCaptureId(db),
      loadSettings(db),
      page ? latestCaptureOf(db, page) : undefined,
    ]);
    return { counts, urgent, stale: isUrgentStale(urgent, last, settings, now), settings, latest };
  }, [db, page?.platform, page?.tabId, page?.url, now]);
  const asked = useRef('');
  const staleKey = result.data?.stale ? `${result.data.urgent?.lastCapture ?? 'none'}` : '';
  useEffect(() => {
    if (!staleKey || asked.current === staleKey) return;
    asked.current = staleKey;
    refresh().catch(() => undefined);
  }, [staleKey, refresh]);
  return result;
}
