import type { Table } from 'dexie';
import {
  BACKUP_TABLES,
  BackupFileError,
  BackupReader,
  LineSplitter,
  emptyCounts,
  endLine,
  headerLine,
  rowLines,
  type BackupCounts,
  type BackupHeader,
  type BackupRows,
  type BackupTable,
} from '../backup/format';
import { captureIdentity, joinRecord, mergeCode, mergeDecision, mergeSetting } from '../backup/merge';
import { mergeOrder, mergeProduct } from '../ingest/merge';
import type { Capture, Order, Product, SkuCode, SkuMatchDecision } from '../domain';
import type { SettingRow, ShopLensDatabase } from './database';
import { forgetPrivacyCache } from './privacy';
import { URGENT_ID } from './urgent-row';
import { orderKey, productKey, readOrdersPage, readProductsPage } from './export-pages';

/** Rows read (backup) or written (restore) per step: one key-range read or one bulk write. */
export const BACKUP_PAGE = 2000;

/** How far a long step has come: rows (or bytes, while a file is read) done of the total. */
export interface DataProgress {
  phase: 'backup' | 'read' | 'restore';
  done: number;
  total: number;
}

/**
 * Writes a backup of everything but the derived tables (lib/backup/format.ts) to `write`, a page of rows at a
 * time — key-range reads, so the 200th page costs what the first did — calling `onProgress` after each. The
 * side panel turns the pieces into Blobs and saves them as one file; nothing holds the whole file as a string.
 * Returns the rows written of each table.
 */
export async function writeBackup(
  db: ShopLensDatabase,
  opts: { appVersion: string; now: number; write(text: string): void | Promise<void>; onProgress?(p: DataProgress): void; pageSize?: number },
): Promise<BackupCounts> {
  const size = opts.pageSize ?? BACKUP_PAGE;
  const counts = emptyCounts();
  const totals = await Promise.all([db.orders.count(), db.products.count(), db.skuCodes.count(), db.skuMatchDecisions.count(), db.settings.count(), db.captures.count()]);
  const total = totals.reduce((a, b) => a + b, 0);
  let done = 0;
  const put = async (table: BackupTable, rows: readonly unknown[]) => {
    if (!rows.length) return;
    await opts.write(rowLines(table, rows));
    counts[table] += rows.length;
    done += rows.length;
    opts.onProgress?.({ phase: 'backup', done, total: Math.max(total, done) });
  };
  await opts.write(headerLine(opts.appVersion, opts.now));
  opts.onProgress?.({ phase: 'backup', done: 0, total });
  for (let page = await readOrdersPage(db, undefined, size); page.length; page = await readOrdersPage(db, orderKey(page.at(-1)!), size)) {
    await put('orders', page);
    if (page.length < size) break;
  }
  for (let page = await readProductsPage(db, undefined, size); page.length; page = await readProductsPage(db, productKey(page.at(-1)!), size)) {
    await put('products', page);
    if (page.length < size) break;
  }
  for (let page = await codesPage(db, undefined, size); page.length; page = await codesPage(db, page.at(-1)!.code, size)) {
    await put('skuCodes', page);
    if (page.length < size) break;
  }
  await put('skuMatchDecisions', await db.skuMatchDecisions.toArray());
  // The popup's stored urgent list is worked out from the rest (and holds buyer names): the background makes it again.
  await put('settings', await db.settings.filter((s) => s.id !== URGENT_ID).toArray());
  for (let page = await capturesPage(db, 0, size); page.length; page = await capturesPage(db, page.at(-1)!.id!, size)) {
    await put('captures', page);
    if (page.length < size) break;
  }
  await opts.write(endLine(counts));
  return counts;
}

function codesPage(db: ShopLensDatabase, after: string | undefined, limit: number): Promise<SkuCode[]> {
  return (after === undefined ? db.skuCodes.orderBy('code') : db.skuCodes.where('code').above(after)).limit(limit).toArray();
}

function capturesPage(db: ShopLensDatabase, after: number, limit: number): Promise<Capture[]> {
  return db.captures.where('id').above(after).limit(limit).toArray();
}

/** The file name of a backup made at `now` (Asia/Shanghai date and time). */
export function backupFileName(now: number): string {
  const d = new Date(now + 8 * 3_600_000).toISOString();
  return `店镜_备份_${d.slice(0, 10)}_${d.slice(11, 13)}${d.slice(14, 16)}.jsonl`;
}

/**
 * The text of a Blob (a File the seller picked) as chunks of about `size` bytes, decoded as UTF-8 across chunk
 * boundaries. Bytes that are not UTF-8 (a binary file, a GBK export picked by mistake) end the read with a
 * BackupFileError: the file is not a backup.
 */
export async function* blobText(blob: Blob, onBytes?: (done: number, total: number) => void, size = 4 * 1024 * 1024): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let at = 0; at < blob.size; at += size) {
    const bytes = new Uint8Array(await bytesOf(blob.slice(at, at + size)));
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: at + size < blob.size });
    } catch {
      throw new BackupFileError({ kind: 'not-backup', line: 1 });
    }
    onBytes?.(Math.min(at + size, blob.size), blob.size);
    yield text;
  }
}

/** A Blob's bytes (FileReader where Blob.arrayBuffer is missing: jsdom). */
function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(blob);
  });
}

/**
 * Reads and checks a whole backup from its text (blobText): every line validated (lib/backup/format.ts
 * BackupReader), migrated from an older format first. Throws BackupFileError, with the line, at the first
 * problem; nothing is written by reading.
 */
export async function readBackup(chunks: AsyncIterable<string>): Promise<{ header: BackupHeader; rows: BackupRows }> {
  const reader = new BackupReader();
  const lines = new LineSplitter((line) => reader.push(line));
  let first = true;
  for await (let chunk of chunks) {
    if (first && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1); // a BOM an editor added
    first = false;
    lines.push(chunk);
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the panel draw its progress
  }
  lines.end();
  return reader.finish();
}

/** What a restore did, per table: rows added, rows changed (merge: the backup's was newer), rows left as they were. */
export type RestoreSummary = Record<BackupTable, { added: number; updated: number; kept: number }> & {
  /** Merge: SKU codes of the backup that name another SKU here (that SKU gets a new code). */
  codeConflicts: number;
};

export type RestoreMode = 'merge' | 'replace';

const ALL_TABLES = (db: ShopLensDatabase) => [db.orders, db.products, db.skuCodes, db.skuMatchDecisions, db.settings, db.captures, db.aggregateShards];

/**
 * Writes a checked backup into the database in one transaction — all of it or, if anything fails (a full
 * disk), nothing. `replace`: every table is emptied first, then the backup's rows stored as they are (the
 * capture log with its ids). `merge`: each row joins the stored one by primary key (lib/backup/merge.ts: the
 * later capture wins, by the same rules as a capture or an import; never a duplicate), captures not already in the log are added after it. The derived
 * tables are emptied in the same transaction: the caller then tells the background (`shoplens/data-changed`),
 * which rebuilds them from the orders and codes any SKU left without a code.
 */
export async function restoreBackup(db: ShopLensDatabase, rows: BackupRows, mode: RestoreMode, onProgress?: (p: DataProgress) => void): Promise<RestoreSummary> {
  const summary = Object.assign(Object.fromEntries(BACKUP_TABLES.map((t) => [t, { added: 0, updated: 0, kept: 0 }])), { codeConflicts: 0 }) as unknown as RestoreSummary;
  const total = BACKUP_TABLES.reduce((n, t) => n + rows[t].length, 0);
  let done = 0;
  const step = (n: number) => {
    done += n;
    onProgress?.({ phase: 'restore', done, total });
  };
  await db.transaction('rw', ALL_TABLES(db), async () => {
    onProgress?.({ phase: 'restore', done: 0, total });
    await db.aggregateShards.clear();
    if (mode === 'replace') {
      await Promise.all([db.orders.clear(), db.products.clear(), db.skuCodes.clear(), db.skuMatchDecisions.clear(), db.settings.clear(), db.captures.clear()]);
      const put = async <T>(table: Table<T, unknown>, list: T[], name: BackupTable) => {
        for (let i = 0; i < list.length; i += BACKUP_PAGE) {
          const page = list.slice(i, i + BACKUP_PAGE);
          await table.bulkAdd(page);
          step(page.length);
        }
        summary[name].added = list.length;
      };
      await put(db.orders as Table<Order, unknown>, rows.orders, 'orders');
      await put(db.products as Table<Product, unknown>, rows.products, 'products');
      await put(db.skuCodes as Table<SkuCode, unknown>, rows.skuCodes, 'skuCodes');
      await put(db.skuMatchDecisions as Table<SkuMatchDecision, unknown>, rows.skuMatchDecisions, 'skuMatchDecisions');
      await put(db.settings as Table<SettingRow, unknown>, rows.settings, 'settings');
      await put(db.captures as Table<Capture, unknown>, rows.captures, 'captures');
      return;
    }
    await mergePaged(db.orders as Table<Order, unknown>, rows.orders, orderKey, (s, r) => joinRecord(s, r, mergeOrder), summary.orders, step);
    await mergePaged(db.products as Table<Product, unknown>, rows.products, productKey, (s, r) => joinRecord(s, r, combineProducts), summary.products, step);
    await mergePaged(db.skuMatchDecisions as Table<SkuMatchDecision, unknown>, rows.skuMatchDecisions, (d) => [d.a, d.b], mergeDecision, summary.skuMatchDecisions, step);
    await mergePaged(
      db.settings as Table<SettingRow, unknown>,
      rows.settings,
      (s) => s.id,
      (stored, incoming) => {
        const value = mergeSetting(incoming.id, stored?.value, incoming.value);
        return value === undefined ? undefined : { id: incoming.id, value };
      },
      summary.settings,
      step,
    );
    // Codes: checked against every code stored (a few thousand rows) and against the codes added before them.
    const stored = await db.skuCodes.toArray();
    const byCode = new Map(stored.map((c) => [c.code, c]));
    const coded = new Set(stored.flatMap((c) => c.aliases));
    const codes: SkuCode[] = [];
    for (const incoming of rows.skuCodes) {
      const { row, conflict } = mergeCode(byCode.get(incoming.code), incoming, coded);
      if (conflict) summary.codeConflicts++;
      if (row) {
        if (byCode.has(row.code)) summary.skuCodes.updated++;
        else summary.skuCodes.added++;
        byCode.set(row.code, row);
        for (const k of row.aliases) coded.add(k);
        codes.push(row);
      } else summary.skuCodes.kept++;
    }
    for (let i = 0; i < codes.length; i += BACKUP_PAGE) await db.skuCodes.bulkPut(codes.slice(i, i + BACKUP_PAGE));
    step(rows.skuCodes.length);
    // Captures: ids are this install's, so the backup's are added after the log with new ids, unless the same
    // capture (time, platform, kind, address) is already in it.
    const logged = new Set((await db.captures.toArray()).map(captureIdentity));
    const fresh = rows.captures.filter((c) => !logged.has(captureIdentity(c))).map(({ id: _id, ...c }) => c as Capture);
    for (let i = 0; i < fresh.length; i += BACKUP_PAGE) await db.captures.bulkAdd(fresh.slice(i, i + BACKUP_PAGE));
    summary.captures.added = fresh.length;
    summary.captures.kept = rows.captures.length - fresh.length;
    step(rows.captures.length);
  });
  forgetPrivacyCache(db);
  return summary;
}

/** mergeProduct takes the newer second: the row captured later is the newer (a tie: the backup's). */
const combineProducts = (stored: Product, incoming: Product): Product =>
  incoming.capturedAt >= stored.capturedAt ? mergeProduct(stored, incoming) : mergeProduct(incoming, stored);

async function mergePaged<T, K>(
  table: Table<T, unknown>,
  list: T[],
  keyOf: (r: T) => K,
  merge: (stored: T | undefined, incoming: T) => T | undefined,
  tally: { added: number; updated: number; kept: number },
  step: (n: number) => void,
): Promise<void> {
  for (let i = 0; i < list.length; i += BACKUP_PAGE) {
    const page = list.slice(i, i + BACKUP_PAGE);
    const existing = await table.bulkGet(page.map(keyOf) as never[]);
    const out: T[] = [];
    page.forEach((incoming, j) => {
      const stored = existing[j];
      const row = merge(stored, incoming);
      if (row === undefined) tally.kept++;
      else {
        if (stored === undefined) tally.added++;
        else tally.updated++;
        out.push(row);
      }
    });
    if (out.length) await table.bulkPut(out);
    step(page.length);
  }
}
