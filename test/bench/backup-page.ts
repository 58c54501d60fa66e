/**
 * Runs inside an extension page of the built extension (bundled by test/bench/backup.ts), so IndexedDB is the
 * browser's real one: fills a database with the 200k-order bench shop (its SKU codes given by the background's
 * rebuild, a capture log, match decisions, settings), backs it up as the side panel does (Blob pieces), reads
 * the file back (every line checked), restores it into an empty database (replace) and again onto itself
 * (merge, nothing new), and compares every table row by row. Baselines in the same run: reading every table
 * (toArray) and storing the same rows with a raw bulkAdd.
 */
import './zod-jitless';
import { ShopLensDatabase, saveMatchDecision } from '../../lib/db';
import { blobText, readBackup, restoreBackup, writeBackup } from '../../lib/db/backup';
import { orderKey, productKey, readOrdersPage, readProductsPage } from '../../lib/db/export-pages';
import { ensurePrivacy } from '../../lib/db/privacy';
import { sameValue } from '../../lib/backup/merge';
import type { Capture } from '../../lib/domain';
import { aggregateStore } from '../../lib/ingest/aggregate-store';
import { saveSettings } from '../../lib/settings';
import { DEFAULT_SETTINGS } from '../../lib/analytics/settings';
import { BENCH_NOW, bigShop } from './big-shop';

export interface BackupRun {
  rows: Record<string, number>;
  fileBytes: number;
  backupMs: number;
  readMs: number;
  replaceMs: number;
  mergeMs: number;
  mergeKept: number;
  /** Identical after the replace and again after the merge. */
  /** Baselines: every table read with toArray; the same rows stored with bulkAdd into an empty database. */
  rawReadMs: number;
  rawWriteMs: number;
  /** JS heap after the file was read and checked (all rows held), MB (Chromium's performance.memory). */
  heapAfterReadMb: number;
  identical: boolean;
  mismatches: string[];
}

const heapMb = () => ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 2 ** 20;

async function fresh(name: string): Promise<ShopLensDatabase> {
  const db = new ShopLensDatabase(name);
  await db.delete();
  await db.open();
  return db;
}

/** The bench shop as a seller's database: orders, products, codes (the background's rebuild), a log, decisions, settings. */
async function fill(db: ShopLensDatabase): Promise<void> {
  let shop: ReturnType<typeof bigShop> | undefined = bigShop();
  for (let i = 0; i < shop.orders.length; i += 10_000) await db.orders.bulkAdd(shop.orders.slice(i, i + 10_000));
  await db.products.bulkAdd(shop.products);
  shop = undefined;
  const captures: Capture[] = Array.from({ length: 300 }, (_, i) => ({
    id: i + 1,
    platform: (['taobao', 'douyin', 'jd', 'pdd'] as const)[i % 4]!,
    kind: i % 5 === 0 ? 'products' : 'orders',
    url: 'https://bench.local/',
    at: BENCH_NOW - (300 - i) * 3_600_000,
    read: 50,
    saved: 49,
    added: 10,
    rejected: 1,
    rejectedRows: [{ index: 7, key: String(4_000_000 + i), text: `买家 bench_${i} ¥abc`, problems: [{ field: 'paidFen', problem: 'invalid', raw: '¥abc' }] }],
  }));
  await db.captures.bulkAdd(captures);
  const store = aggregateStore(db);
  await store.reset();
  await store.exclusive(() => store.state()); // shards and every SKU's code, as the background leaves them
  const codes = await db.skuCodes.limit(40).toArray();
  for (let i = 0; i + 1 < codes.length; i += 2) await saveMatchDecision(db, { a: codes[i]!.key, b: codes[i + 1]!.key, decision: i % 4 ? 'rejected' : 'confirmed', decidedAt: BENCH_NOW });
  await saveSettings(db, DEFAULT_SETTINGS);
  await ensurePrivacy(db);
}

/** Every row of both databases compared in primary-key order, a page at a time (never both shops whole). */
async function compare(a: ShopLensDatabase, b: ShopLensDatabase): Promise<string[]> {
  const out: string[] = [];
  const check = (table: string, x: unknown[], y: unknown[]) => {
    if (x.length !== y.length) out.push(`${table}: ${x.length} vs ${y.length} rows`);
    else
      x.forEach((r, i) => {
        if (sameValue(r, y[i]) || out.length >= 10) return;
        const a = r as Record<string, unknown>;
        const b = y[i] as Record<string, unknown>;
        const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !sameValue(a[k], b[k]));
        out.push(`${table} row ${i}: ${fields.map((k) => `${k} ${JSON.stringify(a[k])} vs ${JSON.stringify(b[k])}`).join(', ').slice(0, 200)}`);
      });
  };
  for (let pa = await readOrdersPage(a, undefined, 5000), pb = await readOrdersPage(b, undefined, 5000); pa.length || pb.length; ) {
    check('orders', pa, pb);
    if (!pa.length || !pb.length) break;
    [pa, pb] = await Promise.all([readOrdersPage(a, orderKey(pa.at(-1)!), 5000), readOrdersPage(b, orderKey(pb.at(-1)!), 5000)]);
  }
  for (let pa = await readProductsPage(a, undefined, 5000), pb = await readProductsPage(b, undefined, 5000); pa.length || pb.length; ) {
    check('products', pa, pb);
    if (!pa.length || !pb.length) break;
    [pa, pb] = await Promise.all([readProductsPage(a, productKey(pa.at(-1)!), 5000), readProductsPage(b, productKey(pb.at(-1)!), 5000)]);
  }
  check('skuCodes', await a.skuCodes.orderBy('code').toArray(), await b.skuCodes.orderBy('code').toArray());
  check('skuMatchDecisions', await a.skuMatchDecisions.orderBy(':id').toArray(), await b.skuMatchDecisions.orderBy(':id').toArray());
  check('settings', await a.settings.orderBy('id').toArray(), await b.settings.orderBy('id').toArray());
  check('captures', await a.captures.orderBy('id').toArray(), await b.captures.orderBy('id').toArray());
  return out;
}

/** The baselines; the rows they read are gone once this returns (not held through the timed steps). */
async function baselines(src: ShopLensDatabase): Promise<{ rawReadMs: number; rawWriteMs: number }> {
  let t = performance.now();
  const [orders, products, codes, decisions, settings, captures] = await Promise.all([
    src.orders.toArray(),
    src.products.toArray(),
    src.skuCodes.toArray(),
    src.skuMatchDecisions.toArray(),
    src.settings.toArray(),
    src.captures.toArray(),
  ]);
  const rawReadMs = performance.now() - t;
  const rawDb = await fresh('bench-backup-raw');
  t = performance.now();
  await rawDb.transaction('rw', [rawDb.orders, rawDb.products, rawDb.skuCodes, rawDb.skuMatchDecisions, rawDb.settings, rawDb.captures], async () => {
    for (let i = 0; i < orders.length; i += 2000) await rawDb.orders.bulkAdd(orders.slice(i, i + 2000));
    for (let i = 0; i < products.length; i += 2000) await rawDb.products.bulkAdd(products.slice(i, i + 2000));
    await rawDb.skuCodes.bulkAdd(codes);
    await rawDb.skuMatchDecisions.bulkAdd(decisions);
    await rawDb.settings.bulkAdd(settings);
    await rawDb.captures.bulkAdd(captures);
  });
  const rawWriteMs = performance.now() - t;
  await rawDb.delete();
  return { rawReadMs, rawWriteMs };
}

async function run(): Promise<BackupRun> {
  const src = await fresh('bench-backup-src');
  await fill(src);
  const rows = {
    orders: await src.orders.count(),
    products: await src.products.count(),
    skuCodes: await src.skuCodes.count(),
    skuMatchDecisions: await src.skuMatchDecisions.count(),
    settings: await src.settings.count(),
    captures: await src.captures.count(),
  };

  const { rawReadMs, rawWriteMs } = await baselines(src);

  let t = performance.now();
  const parts: Blob[] = [];
  await writeBackup(src, { appVersion: 'bench', now: BENCH_NOW, write: (text) => void parts.push(new Blob([text])) });
  const file = new Blob(parts);
  const backupMs = performance.now() - t;
  parts.length = 0;

  t = performance.now();
  const read = await readBackup(blobText(file));
  const readMs = performance.now() - t;
  const heapAfterReadMb = heapMb();

  const dst = await fresh('bench-backup-dst');
  t = performance.now();
  await restoreBackup(dst, read.rows, 'replace');
  const replaceMs = performance.now() - t;

  const afterReplace = await compare(src, dst);
  t = performance.now();
  const merged = await restoreBackup(dst, read.rows, 'merge');
  const mergeMs = performance.now() - t;

  const mismatches = [...afterReplace.map((m) => `after replace: ${m}`), ...(await compare(src, dst)).map((m) => `after merge: ${m}`)];
  await src.delete();
  await dst.delete();
  return {
    rows,
    fileBytes: file.size,
    backupMs,
    readMs,
    replaceMs,
    mergeMs,
    mergeKept: merged.orders.kept,
    rawReadMs,
    rawWriteMs,
    heapAfterReadMb,
    identical: mismatches.length === 0,
    mismatches,
  };
}

(globalThis as unknown as { __shoplensBackupBench: typeof run }).__shoplensBackupBench = run;
