import { rebuildAggregates } from '../../../lib/analytics/derived';
import { DEFAULT_SETTINGS } from '../../../lib/analytics/settings';
import { assignSkuCodes } from '../../../lib/analytics/sku-codes';
import { ShopLensDatabase, readDerived } from '../../../lib/db';
import { CaptureSchema, OrderSchema, type Capture, type Order } from '../../../lib/domain';
import { parseExportFiles, type ImportFile } from '../../../lib/import';
import { aggregateStore } from '../../../lib/ingest/aggregate-store';
import { isQuotaError } from '../../../lib/ingest/import';
import { ingestCapture } from '../../../lib/ingest/ingest';
import { importParts, sendImport } from '../../../lib/messaging/import-client';
import type { ImportCommitted, ImportReply } from '../../../lib/messaging/import-protocol';
import { importReceiver, type ImportReceiver } from '../../../lib/messaging/import-receiver';
import * as S from '../import/sample-exports';

// An import end to end below the panel: realistic export files parsed by lib/import, sent in chunks to the
// background's receiver, stored by storeImport in one transaction — the derived tables and SKU codes kept by
// the AggregateStore, merged with captured orders by the merge rules, nothing stored on cancel or a full disk.

const DAY = 86_400_000;
const FILE_TIME = Date.UTC(2025, 11, 20, 8);
const AT = Date.UTC(2025, 11, 21, 2);
const RUNTIME = 'abcdefghijklmnopabcdefghijklmnop';
const PANEL = { id: RUNTIME, url: `chrome-extension://${RUNTIME}/sidepanel.html` };

let db: ShopLensDatabase;
let receiver: ImportReceiver;
let n = 0;
beforeEach(() => {
  db = new ShopLensDatabase(`import-test-${n++}`);
  receiver = importReceiver(db, () => AT);
});
afterEach(() => db.delete());

const send = (message: unknown) => receiver.handle(message, PANEL, RUNTIME) ?? Promise.resolve(undefined);

const taobao = S.sampleOrders('taobao', 60, 3);
const douyin = S.sampleOrders('douyin', 50, 4);
const jd = S.sampleOrders('jd', 40, 5);
const pdd = S.sampleOrders('pdd', 40, 6);

function allFiles(time = FILE_TIME): ImportFile[] {
  return [
    { name: 'ExportOrderList202512.csv', data: S.taobaoOrderReport(taobao), lastModified: time },
    { name: 'ExportOrderDetailList202512.csv', data: S.taobaoItemReport(taobao), lastModified: time },
    { name: '抖店订单导出.csv', data: S.douyinExport(douyin), lastModified: time },
    { name: 'jd-orders.csv', data: S.jdExport(jd), lastModified: time },
    { name: 'pdd-orders.csv', data: S.pddExport(pdd), lastModified: time },
  ];
}

async function importFiles(files: ImportFile[], chunkOrders = 37): Promise<ImportReply> {
  const parsed = await parseExportFiles(files, { pause: async () => undefined });
  expect(parsed.aborted).toBe(false);
  return sendImport(parsed, { send, chunkOrders });
}

function committed(reply: ImportReply): ImportCommitted {
  if (!reply.ok || !('added' in reply)) throw new Error(`import failed: ${JSON.stringify(reply)}`);
  return reply;
}

async function derivedTables() {
  const sort = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  const { customers, days, skus } = await readDerived(db);
  return { customers: sort(customers), days: sort(days), skus: sort(skus) };
}

async function rebuilt() {
  const rows = rebuildAggregates(await db.orders.toArray());
  const sort = <T extends { id: string }>(m: Map<string, T>) => [...m.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { customers: sort(rows.customers), days: sort(rows.days), skus: sort(rows.skus) };
}

/** True when every SKU of the stored orders has its code (a full assignment would add none). */
async function everySkuCoded(): Promise<boolean> {
  const { added } = assignSkuCodes(await db.skuCodes.toArray(), await db.orders.toArray(), await db.products.toArray(), DEFAULT_SETTINGS, AT);
  return added.length === 0;
}

/** The database as a comparable snapshot (orders and the derived tables' shard rows). */
async function snapshot() {
  const orders = (await db.orders.toArray()).sort((a, b) => `${a.platform}${a.orderId}`.localeCompare(`${b.platform}${b.orderId}`));
  const shards = (await db.aggregateShards.toArray()).filter((r) => r.id !== 'meta');
  return { orders, shards, codes: await db.skuCodes.toArray() };
}

describe('importing export files into the database', { timeout: 60_000 }, () => {
  it('stores every order of the four consoles’ files once, logs one entry per platform, codes the SKUs, derived tables equal a rebuild', async () => {
    const reply = committed(await importFiles(allFiles()));
    const total = taobao.length + douyin.length + jd.length + pdd.length;
    expect(reply).toMatchObject({ added: total, updated: 0, unchanged: 0, refused: 0 });
    expect(await db.orders.count()).toBe(total);
    const stored = await db.orders.toArray();
    expect(stored.filter((o) => o.platform === 'douyin').every((o) => o.buyer === '')).toBe(true);
    expect(stored.filter((o) => o.platform === 'taobao').every((o) => o.buyer !== '')).toBe(true);
    expect(stored.every((o) => o.capturedAt === FILE_TIME && o.firstSeenAt === AT && o.url.startsWith('import:'))).toBe(true);
    // No receiver data anywhere in the database.
    const everything = JSON.stringify([stored, await db.captures.toArray()]);
    for (const secret of [S.RECEIVER_NAME, S.RECEIVER_PHONE, S.RECEIVER_ADDRESS]) expect(everything).not.toContain(secret);

    const log = await db.captures.orderBy('id').toArray();
    expect(log.map((c) => [c.platform, c.kind, c.saved, c.added, c.rejected])).toEqual([
      ['taobao', 'orders', 60, 60, 0],
      ['douyin', 'orders', 50, 50, 0],
      ['jd', 'orders', 40, 40, 0],
      ['pdd', 'orders', 40, 40, 0],
    ]);
    expect(log[0]!.url).toBe('import:ExportOrderList202512.csv, ExportOrderDetailList202512.csv');
    expect(log.map((c) => c.id)).toEqual(reply.captureIds);
    // Every stored record passes its schema as stored (what a backup's restore checks).
    expect(stored.filter((o) => !OrderSchema.safeParse(o).success)).toEqual([]);
    expect(log.filter((c) => !CaptureSchema.safeParse(c).success)).toEqual([]);
    expect(await derivedTables()).toEqual(await rebuilt());
    expect((await derivedTables()).days.length).toBeGreaterThan(10);
    expect(await db.skuCodes.count()).toBeGreaterThan(0);
    expect(await everySkuCoded()).toBe(true);
    expect(receiver.staged()).toEqual([]);
  });

  it('imports the xlsx exports too (Qianniu’s three-sheet workbook, PDD’s): every order once, derived tables equal a rebuild', async () => {
    const reply = committed(
      await importFiles([
        { name: '订单报表.xlsx', data: await S.taobaoWorkbook(taobao), lastModified: FILE_TIME },
        { name: '拼多多订单.xlsx', data: await S.pddWorkbook(pdd), lastModified: FILE_TIME },
      ]),
    );
    expect(reply).toMatchObject({ added: taobao.length + pdd.length, refused: 0 });
    const stored = await db.orders.toArray();
    expect(stored.filter((o) => o.platform === 'taobao').map((o) => o.orderId).sort()).toEqual(taobao.map((o) => o.orderId).sort());
    expect(stored.filter((o) => o.platform === 'pdd').map((o) => o.orderId).sort()).toEqual(pdd.map((o) => o.orderId).sort());
    expect(JSON.stringify(stored)).not.toContain(S.RECEIVER_PHONE);
    expect(await derivedTables()).toEqual(await rebuilt());
    // The same orders from the CSV exports afterwards: still one record each.
    committed(await importFiles(allFiles()));
    expect(await db.orders.count()).toBe(190);
    expect(await derivedTables()).toEqual(await rebuilt());
  });

  it('importing the same files again changes nothing (every order unchanged, the same rows and codes)', async () => {
    committed(await importFiles(allFiles()));
    const before = await snapshot();
    const again = committed(await importFiles(allFiles(), 500));
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 190 });
    expect(await snapshot()).toEqual(before);
    // …and a file exported later with the same content changes nothing either (no field differs).
    const later = committed(await importFiles(allFiles(FILE_TIME + DAY)));
    expect(later).toMatchObject({ added: 0, updated: 0 });
    expect(await snapshot()).toEqual(before);
    expect(await derivedTables()).toEqual(await rebuilt());
  });

  it('merges with captured orders: a newer file updates the status, the captured nickname stays, derived tables follow', async () => {
    // The Douyin orders were captured from the list page a week before the file was exported, all still 待发货.
    const parsed = await parseExportFiles([{ name: 'd.csv', data: S.douyinExport(douyin), lastModified: FILE_TIME }]);
    const captured = parsed.orders.map((o, i) => ({ ...o, buyer: `抖音用户${i}`, status: 'paid' as const, statusText: '待发货', capturedAt: FILE_TIME - 7 * DAY, url: 'https://fxg.jinritemai.com/ffa/morder/order/list' }));
    await ingestCapture(db, { type: 'shoplens/capture-from-content', platform: 'douyin', kind: 'orders', url: captured[0]!.url, read: captured.length, records: captured, rejected: [] }, { at: FILE_TIME - 7 * DAY });
    const reply = committed(await sendImport(parsed, { send }));
    const differs = parsed.orders.filter((o) => o.statusText !== '待发货').length;
    expect(differs).toBeGreaterThan(10);
    expect(reply).toMatchObject({ added: 0, updated: differs, unchanged: douyin.length - differs });
    const stored = new Map((await db.orders.toArray()).map((o) => [o.orderId, o]));
    for (const [i, o] of parsed.orders.entries()) {
      const s = stored.get(o.orderId)!;
      expect(s.buyer).toBe(`抖音用户${i}`);
      expect(s.statusText).toBe(o.statusText);
      expect(s.firstSeenAt).toBe(FILE_TIME - 7 * DAY);
    }
    expect(await db.orders.count()).toBe(douyin.length);
    expect(await derivedTables()).toEqual(await rebuilt());
    // The buyers are customers; the orders without a nickname would not be.
    expect((await derivedTables()).customers.length).toBeGreaterThan(0);
  });

  it('an older file does not undo a newer capture; a later capture fills in an imported order’s nickname', async () => {
    committed(await importFiles([{ name: 'p.csv', data: S.pddExport(pdd), lastModified: FILE_TIME }]));
    const first = (await db.orders.where('platform').equals('pdd').first())!;
    expect(first.buyer).toBe('');
    const recaptured: Order = { ...first, buyer: '拼友小王', status: 'refunded', statusText: '退款成功', url: 'https://mms.pinduoduo.com/orders/list' };
    await ingestCapture(db, { type: 'shoplens/capture-from-content', platform: 'pdd', kind: 'orders', url: recaptured.url, read: 1, records: [recaptured], rejected: [] }, { at: AT });
    expect(await db.orders.get(['pdd', first.orderId])).toMatchObject({ buyer: '拼友小王', status: 'refunded', firstSeenAt: AT });
    // The same file imported again (older than the capture) leaves that order as captured.
    const again = committed(await importFiles([{ name: 'p.csv', data: S.pddExport(pdd), lastModified: FILE_TIME }]));
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: pdd.length });
    expect(await db.orders.get(['pdd', first.orderId])).toMatchObject({ buyer: '拼友小王', status: 'refunded' });
    expect(await derivedTables()).toEqual(await rebuilt());
  });

  it('logs rejected rows with their file and spreadsheet row, and stores the rest', async () => {
    const orders = S.sampleOrders('jd', 10, 9);
    const text = new TextDecoder('gbk').decode(S.jdExport(orders));
    // The third order's 下单时间 garbled on each of its lines.
    const bad = orders[2]!;
    const lines = text.split('\r\n').map((l) => (l.startsWith(`${bad.orderId},`) ? l.replace(bad.placedAt, '昨天下午') : l));
    const { default: iconv } = await import('iconv-lite');
    const data = new Uint8Array(iconv.encode(lines.join('\r\n'), 'gbk'));
    const parsed = await parseExportFiles([{ name: 'jd坏行.csv', data, lastModified: FILE_TIME }]);
    expect(parsed.rejected.length).toBe(1);
    const reply = committed(await sendImport(parsed, { send }));
    expect(reply.added).toBe(parsed.orders.length);
    const [entry] = await db.captures.toArray();
    expect(entry).toMatchObject({ platform: 'jd', rejected: 1, saved: parsed.orders.length });
    expect(entry!.rejectedRows[0]!.index + 1).toBe(parsed.rejected[0]!.rows[0]);
    expect(entry!.rejectedRows[0]).toMatchObject({ key: bad.orderId, problems: [{ field: 'placedAt', problem: 'invalid', raw: '昨天下午' }] });
    expect(entry!.rejectedRows[0]!.text.startsWith('jd坏行.csv')).toBe(true);
    expect(CaptureSchema.safeParse(entry).success).toBe(true);
    expect(await db.orders.get(['jd', bad.orderId])).toBeUndefined();
    expect(importParts(parsed)).toEqual([{ platform: 'jd', files: ['jd坏行.csv'], read: expect.any(Number), rejected: 1, rejectedRows: entry!.rejectedRows }]);
  });

  it('stores nothing when cancelled before the commit, and drops the staging', async () => {
    const parsed = await parseExportFiles(allFiles());
    const abort = new AbortController();
    const reply = await sendImport(parsed, {
      send,
      chunkOrders: 20,
      signal: abort.signal,
      onProgress: (p) => {
        if (p.sent >= 60) abort.abort();
      },
    });
    expect(reply).toEqual({ ok: false, error: 'aborted' });
    expect(receiver.staged()).toEqual([]);
    expect(await db.orders.count()).toBe(0);
    expect(await db.captures.count()).toBe(0);
  });

  it('stores nothing when a chunk is missing or the commit does not match what was staged', async () => {
    const parsed = await parseExportFiles(allFiles());
    const orders = parsed.orders;
    await send({ type: 'shoplens/import-chunk', importId: 'import-0001', seq: 0, orders: orders.slice(0, 50) });
    expect(await send({ type: 'shoplens/import-chunk', importId: 'import-0001', seq: 2, orders: orders.slice(100, 150) })).toEqual({ ok: false, error: 'out-of-order' });
    expect(await send({ type: 'shoplens/import-commit', importId: 'import-0001', chunks: 2, orders: 100, parts: [] })).toEqual({ ok: false, error: 'unknown-import' });
    await send({ type: 'shoplens/import-chunk', importId: 'import-0002', seq: 0, orders: orders.slice(0, 50) });
    expect(await send({ type: 'shoplens/import-commit', importId: 'import-0002', chunks: 1, orders: 51, parts: [] })).toEqual({ ok: false, error: 'out-of-order' });
    expect(await db.orders.count()).toBe(0);
  });

  it('says when the commit got no answer (stored or not: a re-import is safe), and that a lost chunk stored nothing', async () => {
    const parsed = await parseExportFiles([{ name: 'jd.csv', data: S.jdExport(jd), lastModified: FILE_TIME }]);
    // The background stops after storing, before it answers.
    const lost = await sendImport(parsed, {
      send: async (m) => {
        const reply = await send(m);
        if ((m as { type: string }).type === 'shoplens/import-commit') throw new Error('The message port closed before a response was received.');
        return reply;
      },
    });
    expect(lost).toEqual({ ok: false, error: 'no-reply', detail: 'The message port closed before a response was received.' });
    expect(await db.orders.count()).toBe(jd.length);
    expect(committed(await sendImport(parsed, { send }))).toMatchObject({ added: 0, unchanged: jd.length });
    // A chunk that never arrives: nothing is committed.
    const failed = await sendImport(parsed, { send: async (m) => ((m as { type: string }).type === 'shoplens/import-chunk' ? Promise.reject(new Error('gone')) : send(m)) });
    expect(failed).toEqual({ ok: false, error: 'failed', detail: 'gone' });
    expect(await db.captures.count()).toBe(2);
  });

  it('refuses import messages from anything but an extension page, and ignores other messages', async () => {
    const page = { id: RUNTIME, url: 'https://myseller.taobao.com/', tab: { id: 3 } };
    const reply = await receiver.handle({ type: 'shoplens/import-chunk', importId: 'import-0003', seq: 0, orders: [] }, page, RUNTIME);
    expect(reply).toEqual({ ok: false, error: 'sender' });
    expect(receiver.handle({ type: 'shoplens/capture-from-content' }, PANEL, RUNTIME)).toBeUndefined();
    expect(await receiver.handle({ type: 'shoplens/import-chunk', importId: 'x', seq: 0, orders: [] }, PANEL, RUNTIME)).toEqual({ ok: false, error: 'malformed' });
    expect(receiver.staged()).toEqual([]);
  });

  it('checks every order again in the background: a record that fails OrderSchema is logged as rejected, the rest stored', async () => {
    const parsed = await parseExportFiles([{ name: 'jd.csv', data: S.jdExport(jd), lastModified: FILE_TIME }]);
    const forged = { ...parsed.orders[0]!, orderId: '12; DROP', paidFen: -1 };
    const reply = committed(await sendImport({ ...parsed, orders: [...parsed.orders.slice(1), forged] }, { send }));
    expect(reply).toMatchObject({ added: jd.length - 1, refused: 1 });
    const [entry] = await db.captures.toArray();
    expect(entry!.rejected).toBe(1);
    expect(entry!.rejectedRows[0]!.problems.map((p) => p.field).sort()).toEqual(['orderId', 'paidFen']);
  });

  it('a full disk during the import ends it with quota and nothing half-imported; the next import works', async () => {
    committed(await importFiles([{ name: 'jd.csv', data: S.jdExport(jd), lastModified: FILE_TIME }]));
    const before = await snapshot();
    const log = await db.captures.toArray();
    // IndexedDB refuses the 30th order row written: the transaction aborts with QuotaExceededError.
    const proto = globalThis.IDBObjectStore.prototype;
    const put = proto.put;
    let puts = 0;
    const spy = vi.spyOn(proto, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'orders' && ++puts === 30) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const reply = await importFiles(allFiles());
    spy.mockRestore();
    expect(puts).toBeGreaterThanOrEqual(30);
    expect(reply).toMatchObject({ ok: false, error: 'quota' });
    expect(await snapshot()).toEqual(before);
    expect(await db.captures.toArray()).toEqual(log);
    // The store was not told of anything: the next import stores all and the derived tables are right.
    const next = committed(await importFiles(allFiles()));
    expect(next).toMatchObject({ added: 190 - jd.length, unchanged: jd.length });
    expect(await derivedTables()).toEqual(await rebuilt());
  });

  it('a full disk when the derived tables are written keeps the stored orders, says so, and writes them with the next flush', async () => {
    const spy = vi.spyOn(db.aggregateShards, 'bulkPut').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const reply = committed(await importFiles(allFiles()));
    expect(reply.derivedError).toMatch(/QuotaExceeded/);
    expect(await db.orders.count()).toBe(190);
    spy.mockRestore();
    await aggregateStore(db).flush();
    expect(await derivedTables()).toEqual(await rebuilt());
    expect(await everySkuCoded()).toBe(true);
  });

  it('tells a quota error from others, through Dexie’s wrappers', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('ConstraintError'))).toBe(false);
  });

  it('numbers its log entries after the captures’ and keeps them after a restarted background', async () => {
    await ingestCapture(db, { type: 'shoplens/capture-from-content', platform: 'jd', kind: 'orders', url: 'https://porder.shop.jd.com/order/orderlist', read: 0, records: [], rejected: [] }, { at: AT });
    const reply = committed(await importFiles([{ name: 'jd.csv', data: S.jdExport(jd), lastModified: FILE_TIME }]));
    expect(reply.captureIds).toEqual([2]);
    const reopened = new ShopLensDatabase(db.name);
    const ids = (await reopened.captures.toArray()).map((c: Capture) => c.id);
    expect(ids).toEqual([1, 2]);
    reopened.close();
  });
});
