import { useCallback, useEffect, useState } from 'react';
import type { ShopLensDatabase } from '../../lib/db';
import { askPersistenceOnce, readUsage, tableUsage, type Persistence, type TableUsage, type UsageFigures } from '../../lib/db/storage';

/** What the 数据 tab's storage section shows. `usage` undefined: the browser gives no estimate; `usageError`: it failed. */
export interface StorageUsage {
  tables: TableUsage[];
  usage?: UsageFigures;
  usageError?: string;
}

/**
 * Rows and size per table and the browser's estimate of the space used and allowed (lib/db/storage.ts), read
 * when the 数据 tab opens and on 刷新 — not live, so captures do not re-count while the seller reads. A failed
 * estimate is shown beside the tables, not instead of them.
 */
export function useStorageUsage(db: ShopLensDatabase): { data?: StorageUsage; error?: string; refresh(): void } {
  const [state, setState] = useState<{ data?: StorageUsage; error?: string }>({});
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    (async (): Promise<StorageUsage> => {
      const [tables, usage] = await Promise.all([tableUsage(db), readUsage().then((u) => ({ u }), (e: unknown) => ({ e: errorText(e) }))]);
      return { tables, ...('u' in usage ? (usage.u ? { usage: usage.u } : {}) : { usageError: usage.e }) };
    })().then(
      (data) => live && setState({ data }),
      (e: unknown) => live && setState({ error: errorText(e) }),
    );
    return () => {
      live = false;
    };
  }, [db, round]);
  const refresh = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, refresh };
}

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** Asks for persistent storage once per panel (lib/db/storage.ts askPersistenceOnce): the side panel calls this when it opens. */
export function useAskPersistence(): void {
  useEffect(() => void askPersistenceOnce(), []);
}

/** Whether the data is persisted (the panel's one request, awaited), and `ask` to request it again. */
export function usePersistence(): { persistence?: Persistence; asking: boolean; ask(): void } {
  const [persistence, setPersistence] = useState<Persistence>();
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    let live = true;
    void askPersistenceOnce().then((p) => live && setPersistence(p));
    return () => {
      live = false;
    };
  }, []);
  const ask = useCallback(() => {
    setAsking(true);
    void askPersistenceOnce(undefined, undefined, true).then((p) => {
      setPersistence(p);
      setAsking(false);
    });
  }, []);
  return { persistence, asking, ask };
}
