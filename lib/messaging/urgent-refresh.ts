import { z } from 'zod';
import type { ShopLensDatabase } from '../db';
import { refreshUrgent } from '../db/urgent';
import { loadSettings } from '../settings';

/**
 * Extension page → background: the stored urgent list looks stale to the popup (a capture since, other
 * settings, a new day), so work it out again now. The popup shows the stored one meanwhile.
 */
export const UrgentRefreshSchema = z.object({
  type: z.literal('shoplens/urgent-refresh'),
  /** The popup's clock (the demo sets the page's clock to the demo shop's day): the list is worked out as of it. */
  now: z.number().int().positive().optional(),
});

/** Waits this long after the last flush before working the list out, so a burst of captures costs one. */
export const URGENT_QUIET_MS = 1000;

/**
 * The background's keeper of the stored urgent list (lib/db/urgent.ts): `schedule()` after every flush of the
 * shards and after data changed (URGENT_QUIET_MS after the last call), `now()` on the popup's request. One
 * refresh at a time; a request during one runs once more after it. Errors are logged, never thrown.
 */
export function urgentRefresher(db: ShopLensDatabase, clock: () => number = Date.now) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  let at: number | undefined;
  const run = (now?: number): Promise<void> => {
    at = now;
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        const { settings } = await loadSettings(db);
        await refreshUrgent(db, at ?? clock(), settings);
      } catch (error) {
        console.debug('[ShopLens] urgent list not refreshed', error);
      } finally {
        running = undefined;
        if (again) {
          again = false;
          void run(at);
        }
      }
    })();
    return running;
  };

  return {
    schedule(): void {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void run();
      }, URGENT_QUIET_MS);
    },
    /** Works the list out now, as of `now` (the asking page's clock) or the real time. */
    now: (now?: number) => run(now),
  };
}
