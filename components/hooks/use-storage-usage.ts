import { useCallback, useEffect, useState } from 'react';
import { readCounts, type ShopLensDatabase } from '../../lib/db';
import { PLATFORM_IDS } from '../../lib/domain';

/** Rows per table, and what the browser says this extension's storage uses (when it says). */
export interface StorageUsage {
  tables: { name: string; rows: number }[];
  usage?: number;
  quota?: number;
}

/**
 * How much ShopLens holds: rows per Dexie table and navigator.storage.estimate() where the browser has it.
 * Orders and products come from the counts kept with the derived tables (lib/db readCounts: an IndexedDB
 * count over 200k orders takes about a second), the small tables are counted. Read when the 设置 tab opens and
 * on 刷新 — not live, so a capture does not re-count while the seller edits settings.
 */
export function useStorageUsage(db: ShopLensDatabase): { data?: StorageUsage; error?: string; refresh(): void } {
  const [state, setState] = useState<{ data?: StorageUsage; error?: string }>({});
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    (async () => {
      const counts = await readCounts(db);
      const sum = (r: Record<string, number>) => PLATFORM_IDS.reduce((a, p) => a + (r[p] ?? 0), 0);
      const tables = await Promise.all(
        db.tables.map(async (t) => ({
          name: t.name,
          rows: t.name === 'orders' ? sum(counts.orders) : t.name === 'products' ? sum(counts.products) : await t.count(),
        })),
      );
      const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => undefined);
      return { tables, ...(estimate?.usage !== undefined ? { usage: estimate.usage } : {}), ...(estimate?.quota !== undefined ? { quota: estimate.quota } : {}) };
    })().then(
      (data) => live && setState({ data }),
      (e: unknown) => live && setState({ error: String(e) }),
    );
    return () => {
      live = false;
    };
  }, [db, round]);
  const refresh = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, refresh };
}
