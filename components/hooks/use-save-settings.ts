import { useCallback, useEffect, useRef } from 'react';
import { DEFAULT_SETTINGS, type AnalyticsSettings } from '../../lib/analytics/settings';
import type { ShopLensDatabase } from '../../lib/db';
import { saveSettings } from '../../lib/settings';

export type SaveResult = { ok: true } | { ok: false; errors: string[] };

/**
 * Saving the analytics settings from the 设置 tab, one change at a time: each change is applied to the latest
 * settings (the stored ones, or the last change saved here if the live read has not caught up), validated and
 * stored by lib/settings saveSettings — nothing is stored when it does not validate, and the errors say why.
 * Every tab reads the settings live (useSettings), so they recompute as soon as a change is stored.
 */
export function useSaveSettings(
  db: ShopLensDatabase,
  stored: AnalyticsSettings,
): { change(edit: (s: AnalyticsSettings) => AnalyticsSettings): Promise<SaveResult>; reset(): Promise<SaveResult> } {
  const latest = useRef(stored);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    latest.current = stored;
  }, [stored]);
  // Saves run one after another, each on the result of the one before, so two quick edits never undo each other.
  const change = useCallback(
    (edit: (s: AnalyticsSettings) => AnalyticsSettings): Promise<SaveResult> => {
      const run = queue.current.then(async (): Promise<SaveResult> => {
        const next = edit(latest.current);
        try {
          const result = await saveSettings(db, next);
          if (result.ok) latest.current = next;
          return result;
        } catch (e) {
          return { ok: false, errors: [String(e)] }; // a failed write (disk full): said as it is
        }
      });
      queue.current = run;
      return run;
    },
    [db],
  );
  const reset = useCallback(() => change(() => DEFAULT_SETTINGS), [change]);
  return { change, reset };
}
