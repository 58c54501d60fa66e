import type { QuickRead } from '../../lib/db/quick-read';
import { PLATFORM_IDS } from '../../lib/domain/platform';
import { shanghaiDay } from '../../lib/domain/time';
import type { PopupData } from '../hooks/use-popup';

/** What the popup draws first: PopupData without the validated settings (only the export needs them). */
export type FirstData = Omit<PopupData, 'settings'> & Partial<Pick<PopupData, 'settings'>>;

/**
 * The popup's first data from the quick read (lib/db/quick-read.ts), the same as the live read would give; or
 * undefined when the quick read cannot tell (then the popup waits for the live read):
 * - no database: nothing stored, no urgent list (stale: the background is asked to work it out);
 * - stale as isUrgentStale: captures since, another Asia/Shanghai day, or other settings. Settings are compared
 *   unvalidated: a stored settings row equal to the list's key is those settings; with no row the seller kept
 *   the defaults, which the list was worked out with (the background stores it with the settings of the time,
 *   and the row is never removed alone); a row that differs is left to the live read, which validates it.
 */
export function firstData(read: QuickRead, now: number): FirstData | undefined {
  if (read.kind === 'fallback') return undefined;
  if (read.kind === 'absent') {
    const none = () => Object.fromEntries(PLATFORM_IDS.map((p) => [p, 0])) as PopupData['counts']['orders'];
    return { counts: { orders: none(), products: none() }, stale: true };
  }
  const { counts, urgent, lastCapture, settings, latest } = read;
  if (urgent && settings && JSON.stringify(settings.value) !== urgent.settingsKey) return undefined;
  const stale = !urgent || urgent.lastCapture !== lastCapture || shanghaiDay(urgent.at) !== shanghaiDay(now);
  return { counts, urgent, stale, latest };
}
