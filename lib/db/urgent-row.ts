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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isItem = (v: unknown): boolean =>
  isObject(v) &&
  typeof v.kind === 'string' &&
  typeof v.key === 'string' &&
  typeof v.subject === 'string' &&
  typeof v.daysLeft === 'number' &&
  isObject(v.reason) &&
  typeof v.reason.zh === 'string' &&
  typeof v.reason.en === 'string';

/**
 * A stored value as the urgent list, or undefined when it is not one (the shape the popup draws, checked by
 * hand: the popup's first draw loads no schema library). The background rewrites a row that is not one.
 */
export function asStoredUrgent(value: unknown): StoredUrgent | undefined {
  if (!isObject(value) || typeof value.at !== 'number' || typeof value.lastCapture !== 'number' || typeof value.settingsKey !== 'string') return undefined;
  if (typeof value.customers !== 'number' || !isObject(value.list) || !isObject(value.list.counts)) return undefined;
  const { items, counts } = value.list;
  if (!Array.isArray(items) || !items.every(isItem) || !Object.values(counts).every((n) => typeof n === 'number')) return undefined;
  return value as unknown as StoredUrgent;
}

/** The stored urgent list, or undefined when none was stored yet (or the row is not one). */
export async function readUrgent(db: ShopLensDatabase): Promise<StoredUrgent | undefined> {
  return asStoredUrgent((await db.settings.get(URGENT_ID))?.value);
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
