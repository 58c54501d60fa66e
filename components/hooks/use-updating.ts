import Dexie from 'dexie';
import { useEffect, useState, type RefObject } from 'react';
import type { ShopLensDatabase } from '../../lib/db';

/** The longest the indicator stays when a write changed nothing this tab draws. */
const MAX_MS = 1500;

/** The tables a change in one of which makes a tab read again (what its hooks read). */
export const TABLES_OF: Record<string, readonly string[]> = {
  capture: ['captures', 'aggregateShards'],
  kpi: ['aggregateShards', 'settings', 'products', 'skuCodes', 'skuMatchDecisions', 'captures'],
  rfm: ['aggregateShards', 'settings'],
  stock: ['aggregateShards', 'products', 'skuCodes', 'skuMatchDecisions', 'settings'],
  sku: ['skuCodes', 'skuMatchDecisions', 'settings'],
  titles: ['products', 'orders', 'aggregateShards', 'settings'],
  settings: [],
};

/**
 * True from the moment the database changes under the open tab (a capture stored by the background, a flush of
 * the derived tables, a setting saved — Dexie's storagemutated event, which also carries other extension pages'
 * writes) until the tab has drawn again: its live queries re-run on the same event and the tab's DOM changes when
 * their result is drawn. When nothing it draws changed, the indicator goes after MAX_MS.
 */
export function useUpdating(db: ShopLensDatabase, tab: string, panel: RefObject<HTMLElement | null>): boolean {
  const [updating, setUpdating] = useState(false);
  useEffect(() => {
    const tables = new Set(TABLES_OF[tab] ?? []);
    const prefix = `idb://${db.name}/`;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      clearTimeout(timer);
      observer?.disconnect();
      setUpdating(false);
    };
    const observer = typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(done);
    const onMutated = (parts: Record<string, unknown>) => {
      const hit = Object.keys(parts).some((k) => k.startsWith(prefix) && tables.has(k.slice(prefix.length).split('/')[0]!));
      if (!hit || !panel.current) return;
      setUpdating(true);
      clearTimeout(timer);
      timer = setTimeout(done, MAX_MS);
      observer?.disconnect();
      observer?.observe(panel.current, { childList: true, subtree: true, characterData: true });
    };
    Dexie.on('storagemutated', onMutated);
    return () => {
      Dexie.on('storagemutated').unsubscribe(onMutated);
      observer?.disconnect();
      clearTimeout(timer);
      setUpdating(false);
    };
  }, [db, tab, panel]);
  return updating;
}
