import { dayKeyOf } from '../analytics/days';
import type { AnalyticsSettings } from '../analytics/settings';
import type { UrgentList } from '../analytics/urgent';
import type { ShopLensDatabase } from './database';

/** The `settings` row that holds the stored urgent list. */
export const URGENT_ID = 'urgent';

/** The urgent list as stored: when it was worked out, over which captures and settings. */
export interface StoredUrgent {
  at: number;
  /** The last capture id when it was worked out: a later capture makes it stale. */
  lastCapture: number;
  /** The settings it was worked out with (JSON): other settings make it stale. */
  settingsKey: string;
  list: UrgentList;
  /** Customers in the tiers then (the popup's "how much it holds"; counting them live reads every bucket). */
  customers: number;
}

/** The stored urgent list, or undefined when none was stored yet (or the row is not one). */
export async function readUrgent(db: ShopLensDatabase): Promise<StoredUrgent | undefined> {
  const value = (await db.settings.get(URGENT_ID))?.value as StoredUrgent | undefined;
  return value && Array.isArray(value.list?.items) && typeof value.at === 'number' ? value : undefined;
}

/** The id of the last capture logged, 0 with none. */
export async function lastCaptureId(db: ShopLensDatabase): Promise<number> {
  return ((await db.captures.orderBy('id').lastKey()) as number | undefined) ?? 0;
}

/**
 * True when a stored list no longer answers for today: captures logged since, other settings, or another
 * Asia/Shanghai day (days of cover and days since the last order have moved on).
 */
export function isUrgentStale(stored: StoredUrgent | undefined, lastCapture: number, settings: AnalyticsSettings, now: number): boolean {
  return !stored || stored.lastCapture !== lastCapture || stored.settingsKey !== JSON.stringify(settings) || dayKeyOf(stored.at) !== dayKeyOf(now);
}
