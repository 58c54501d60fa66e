import type { StatusTally, StoredCounts } from '../analytics/derived';
import type { Capture } from '../domain';
import { PLATFORM_IDS, type PlatformId } from '../domain/platform';
import type { Counts } from './counts';
import { URGENT_ID, asStoredUrgent, type StoredUrgent } from './urgent-row';

/**
 * The popup's first read, on raw IndexedDB: no Dexie, no Zod, so the popup's first draw loads React and its own
 * code only (Dexie, the schemas and the derived tables' code load after it — components/popup/popup-app.tsx).
 * It reads the few rows the popup shows: the `meta` row of the shards (the counts kept with them), the captures
 * logged since it — or, where readCounts counts the rows (no `meta`, another format, the capture log behind it),
 * the same counts through the `platform` indexes —, the last capture id, the stored urgent list, the stored analytics settings (raw: only compared
 * with the urgent list's key) and, on a console tab, that page's latest capture. Same answers as readCounts,
 * readUrgent and usePopupData's capture lookup (test/db/quick-read.test.ts compares them).
 */

/** `SHARD_FORMAT` of lib/analytics/derived/shards.ts (importing it would load the shards' code and the schemas). */
export const QUICK_SHARD_FORMAT = 9;
const META_ID = 'meta';
const SETTINGS_ID = 'analytics';
/** How far back the page's latest capture is looked for (as usePopupData: the platform's last 50 captures). */
export const RECENT_CAPTURES = 50;

/** The console page the popup is over. */
export interface QuickPage {
  platform: PlatformId;
  tabId: number;
  url: string;
}

/** What the quick read found. */
export type QuickRead =
  /** No ShopLens database yet (nothing captured): it was not created by looking. */
  | { kind: 'absent' }
  | {
      kind: 'read';
      counts: Counts;
      urgent?: StoredUrgent;
      /** The id of the last capture logged, 0 with none. */
      lastCapture: number;
      /** The stored `analytics` settings row's value, unvalidated; absent when the seller kept the defaults. */
      settings?: { value: unknown };
      latest?: Capture;
    }
  /** The quick read cannot answer (a database of an older version, before its tables): use Dexie. */
  | { kind: 'fallback'; reason: string };

const zeroes = (): Record<PlatformId, number> => Object.fromEntries(PLATFORM_IDS.map((p) => [p, 0])) as Record<PlatformId, number>;
const tallySum = (t: StatusTally | undefined) => (t ? Object.values(t).reduce((a, b) => a + b, 0) : 0);

/** The meta row's counts when the row is of this format and holds them; undefined otherwise (as parseShardMeta + readCounts). */
function metaCounts(row: unknown): { watermark: number; counts: StoredCounts } | undefined {
  const json = (row as { json?: unknown } | undefined)?.json;
  if (typeof json !== 'string') return undefined;
  let meta: unknown;
  try {
    meta = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof meta !== 'object' || meta === null) return undefined;
  const { format, watermark, counts } = meta as { format?: unknown; watermark?: unknown; counts?: unknown };
  if (format !== QUICK_SHARD_FORMAT || typeof watermark !== 'number') return undefined;
  if (typeof counts !== 'object' || counts === null) return undefined;
  const { orders, products } = counts as { orders?: unknown; products?: unknown };
  if (typeof orders !== 'object' || orders === null || typeof products !== 'object' || products === null) return undefined;
  return { watermark, counts: counts as StoredCounts };
}

const request = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

/** Opens the database at whatever version it has; undefined (and nothing created) when there is none. */
function openExisting(idb: IDBFactory, name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    let absent = false;
    const open = idb.open(name);
    open.onupgradeneeded = () => {
      // No database of this name: opening it without a version would create an empty one (version 1), which
      // Dexie would then have to upgrade. Aborting the upgrade creates nothing.
      absent = true;
      open.transaction?.abort();
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = (e) => {
      if (absent) {
        e.preventDefault();
        resolve(undefined);
      } else reject(open.error);
    };
    open.onblocked = () => reject(new Error('blocked'));
  });
}

/** The last `limit` values of `index` equal to `key`, newest (highest primary key) first — Dexie's reverse().limit(). */
function lastOf<T>(index: IDBIndex, key: IDBValidKey, limit: number): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const out: T[] = [];
    const cursor = index.openCursor(IDBKeyRange.only(key), 'prev');
    cursor.onerror = () => reject(cursor.error);
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c || out.length >= limit) return resolve(out);
      out.push(c.value as T);
      c.continue();
    };
  });
}

/** readCounts' slow path: every platform's rows counted through the `platform` indexes. */
async function countRows(tx: IDBTransaction): Promise<Counts> {
  const orders = zeroes();
  const products = zeroes();
  const byPlatform = (store: string) => tx.objectStore(store).index('platform');
  await Promise.all(
    PLATFORM_IDS.map(async (p) => {
      [orders[p], products[p]] = await Promise.all([request(byPlatform('orders').count(p)), request(byPlatform('products').count(p))]);
    }),
  );
  return { orders, products };
}

/**
 * The popup's rows, read in one transaction from the raw database. `idb` and `name` are the browser's
 * IndexedDB and the database ShopLensDatabase opens ('shoplens'); tests pass fake-indexeddb and their own name.
 */
export async function quickPopupRead(page: QuickPage | undefined, idb: IDBFactory = indexedDB, name = 'shoplens'): Promise<QuickRead> {
  const db = await openExisting(idb, name);
  if (!db) return { kind: 'absent' };
  try {
    // Let a Dexie upgrade (a newer version of ShopLens opening) through rather than block it.
    db.onversionchange = () => db.close();
    const stores = ['aggregateShards', 'captures', 'settings', 'orders', 'products'];
    if (stores.some((s) => !db.objectStoreNames.contains(s))) return { kind: 'fallback', reason: 'an older database' };
    const tx = db.transaction(stores, 'readonly');
    const captures = tx.objectStore('captures');
    const settingsStore = tx.objectStore('settings');
    const [metaRow, lastKey, urgentRow, settingsRow, recent] = await Promise.all([
      request(tx.objectStore('aggregateShards').get(META_ID)),
      request(captures.openKeyCursor(null, 'prev')).then((c) => c?.primaryKey),
      request(settingsStore.get(URGENT_ID)),
      request(settingsStore.get(SETTINGS_ID)),
      page ? lastOf<Capture>(captures.index('platform'), page.platform, RECENT_CAPTURES) : Promise.resolve([]),
    ]);
    const lastCapture = typeof lastKey === 'number' ? lastKey : 0;
    const latest = page ? (recent.find((c) => c.tabId === page.tabId) ?? recent.find((c) => c.url === page.url)) : undefined;
    const settings = settingsRow ? { value: (settingsRow as { value?: unknown }).value } : undefined;
    const urgent = asStoredUrgent((urgentRow as { value?: unknown } | undefined)?.value);
    const meta = metaCounts(metaRow);
    // As readCounts: counts kept with the shards that cannot be trusted (none, another format, or ahead of the
    // capture log) are counted instead.
    if (!meta || meta.watermark > lastCapture) return { kind: 'read', counts: await countRows(tx), urgent, lastCapture, settings, latest };
    const since = meta.watermark < lastCapture ? await request(captures.getAll(IDBKeyRange.lowerBound(meta.watermark, true))) : [];
    const orders = zeroes();
    const products = zeroes();
    for (const p of PLATFORM_IDS) {
      orders[p] = tallySum(meta.counts.orders[p]);
      products[p] = meta.counts.products[p] ?? 0;
    }
    for (const c of since as Capture[]) (c.kind === 'orders' ? orders : products)[c.platform] += c.added;
    return { kind: 'read', counts: { orders, products, byStatus: meta.counts.orders }, urgent, lastCapture, settings, latest };
  } finally {
    db.close();
  }
}
