import { PLATFORM_IDS } from '../domain';
import { readCounts } from './counts';
import type { ShopLensDatabase } from './database';

/**
 * The browser's storage as the 数据 tab shows it (issue 13): the space used and allowed
 * (navigator.storage.estimate()), whether the data is kept when the disk fills up (navigator.storage.persist(),
 * asked once), and what each table holds. Glue: the only place these browser APIs are called; the storage
 * manager and the store for the "asked" mark are parameters, so tests hand in their own.
 */

/** The part of StorageManager used here (any of it may be missing in a browser). */
export type StorageLike = Partial<Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>>;

/** Where the mark "persistence was asked for" is kept between openings of the panel. */
export type MarkStore = Pick<Storage, 'getItem' | 'setItem'>;

/** The page's storage manager, when the browser has one. */
export function browserStorage(): StorageLike | undefined {
  return globalThis.navigator?.storage;
}

/** What estimate() says, in bytes; `indexedDB` where the browser breaks the usage down (Chromium). */
export interface UsageFigures {
  usage: number;
  quota: number;
  indexedDB?: number;
}

/** Above this share of the quota the panel warns that the disk is nearly full. */
export const NEAR_FULL_SHARE = 0.8;

/** usage ÷ quota, or undefined when the browser gives no quota. */
export function usageShare(figures: Pick<UsageFigures, 'usage' | 'quota'>): number | undefined {
  return figures.quota > 0 ? figures.usage / figures.quota : undefined;
}

/** The browser's estimate of the space used and allowed; undefined when it gives none. Rejects with the browser's error. */
export async function readUsage(storage: StorageLike | undefined = browserStorage()): Promise<UsageFigures | undefined> {
  if (!storage?.estimate) return undefined;
  const estimate = await storage.estimate();
  if (typeof estimate.usage !== 'number' || typeof estimate.quota !== 'number') return undefined;
  const details = (estimate as StorageEstimate & { usageDetails?: { indexedDB?: number } }).usageDetails;
  return { usage: estimate.usage, quota: estimate.quota, ...(typeof details?.indexedDB === 'number' ? { indexedDB: details.indexedDB } : {}) };
}

/**
 * Whether the browser keeps the data when space runs low: 'granted' (persisted), 'denied' (best effort: it may
 * evict ShopLens's data under storage pressure), 'unsupported' (no persist API), or 'error' with the reason.
 * `asked`: whether this answer came from a request just made.
 */
export type Persistence = { state: 'granted' | 'denied' | 'unsupported'; asked: boolean } | { state: 'error'; error: string; asked: boolean };

export const PERSIST_ASKED_KEY = 'shoplens.persistAsked';

/** The mark store of the extension's pages, when there is one (localStorage can throw when disabled). */
export function browserMarks(): MarkStore | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

const asking = new WeakMap<object, Promise<Persistence>>();

/**
 * Asks for persistent storage once: the first time a panel opens (and only then — Firefox asks the seller, so
 * asking at every opening would nag) it calls persist(); later openings only read persisted(). The seller can
 * ask again (`again`). One request per page and storage manager however many components ask.
 */
export function askPersistenceOnce(storage: StorageLike | undefined = browserStorage(), marks: MarkStore | undefined = browserMarks(), again = false): Promise<Persistence> {
  if (!storage) return Promise.resolve({ state: 'unsupported', asked: false });
  const pending = asking.get(storage);
  if (pending && !again) return pending;
  const next = persistence(storage, marks, again);
  asking.set(storage, next);
  return next;
}

async function persistence(storage: StorageLike, marks: MarkStore | undefined, again: boolean): Promise<Persistence> {
  if (!storage.persisted || !storage.persist) return { state: 'unsupported', asked: false };
  let asked = false;
  try {
    if (await storage.persisted()) return { state: 'granted', asked };
    let askedBefore = false;
    try {
      askedBefore = (marks?.getItem(PERSIST_ASKED_KEY) ?? null) !== null;
    } catch {
      // No mark store: ask (once for this page).
    }
    if (askedBefore && !again) return { state: 'denied', asked };
    asked = true;
    const granted = await storage.persist();
    try {
      marks?.setItem(PERSIST_ASKED_KEY, String(Date.now()));
    } catch {
      // Not remembered: the next opening asks again.
    }
    return { state: granted ? 'granted' : 'denied', asked };
  } catch (error) {
    return { state: 'error', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error), asked };
  }
}

/** One table: its rows, and the size of its records estimated from a sample (their JSON in UTF-8). */
export interface TableUsage {
  name: string;
  rows: number;
  /** Bytes of record content, estimated: rows × the mean of SAMPLE_ROWS sampled rows. Indexes and storage overhead not included. */
  bytes: number;
}

export const SAMPLE_ROWS = 50;
/** Up to this many rows, the sample is spread over the whole table (its keys read); above, the first rows. */
export const SPREAD_SAMPLE_UP_TO = 20_000;

/**
 * Rows and estimated size per table. Orders and products are counted from the counts kept with the derived
 * tables (readCounts: an IndexedDB count over 200k orders takes about a second in Chromium), the others
 * counted. The size reads SAMPLE_ROWS rows of each table: evenly spread over its keys when it has at most
 * SPREAD_SAMPLE_UP_TO rows (the shards: customer buckets, days, digests and SKU lists differ in size and sit
 * in key ranges of their own), else its first rows (orders and products, alike from first to last).
 */
export async function tableUsage(db: ShopLensDatabase): Promise<TableUsage[]> {
  const counts = await readCounts(db);
  const sum = (r: Partial<Record<string, number>>) => PLATFORM_IDS.reduce((a, p) => a + (r[p] ?? 0), 0);
  const encoder = new TextEncoder();
  return Promise.all(
    db.tables.map(async (t) => {
      const rows = t.name === 'orders' ? sum(counts.orders) : t.name === 'products' ? sum(counts.products) : await t.count();
      let sample: unknown[];
      if (rows > SAMPLE_ROWS && rows <= SPREAD_SAMPLE_UP_TO) {
        const keys = await t.toCollection().primaryKeys();
        const picked = Array.from({ length: SAMPLE_ROWS }, (_, i) => keys[Math.floor(((i + 0.5) * keys.length) / SAMPLE_ROWS)]!);
        sample = (await t.bulkGet(picked)).filter((r) => r !== undefined);
      } else sample = await t.limit(SAMPLE_ROWS).toArray();
      const sampled = sample.reduce((a: number, r) => a + encoder.encode(JSON.stringify(r)).length, 0);
      return { name: t.name, rows, bytes: sample.length ? Math.round((sampled / sample.length) * rows) : 0 };
    }),
  );
}
