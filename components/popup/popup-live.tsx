import { useEffect, useState } from 'react';
import { getDb, type ShopLensDatabase } from '../../lib/db';
import { usePopupData, type PopupData, type PopupPage } from '../hooks/use-popup';

/** What the live read gives the popup: its data or error, and the database (the export reads it). */
export interface LiveResult {
  db: ShopLensDatabase;
  data?: PopupData;
  error?: string;
}

/**
 * The popup's live read through Dexie (usePopupData: it follows captures as they are stored, and asks the
 * background for a fresh urgent list when the stored one is stale). Loaded after the popup's first draw
 * (popup-app.tsx): Dexie, the schemas and the derived tables' code are most of the popup's JavaScript. Draws
 * nothing itself; it hands what it read to the popup. Without a `db` it opens the extension's database.
 */
export default function PopupLive(props: { db?: ShopLensDatabase; page?: PopupPage; now: number; refresh(): Promise<unknown>; onResult(result: LiveResult): void }) {
  const { page, now, refresh, onResult } = props;
  const [db] = useState(() => props.db ?? getDb());
  const { data, error } = usePopupData(db, page, now, refresh);
  useEffect(() => {
    if (data || error) onResult({ db, data, error });
  }, [db, data, error, onResult]);
  return null;
}
