import { rebuildAggregates } from '../../../lib/analytics/derived';
import { STORAGE_FULL_ID, ShopLensDatabase, StorageFullError, isQuotaError, readCounts, readDerived, readStoreNotices } from '../../../lib/db';
import { PLATFORM_IDS, type Order, type PlatformId, type Product } from '../../../lib/domain';
import { FLUSH_RETRY_MS, aggregateStore } from '../../../lib/ingest/aggregate-store';
import { ingestCapture } from '../../../lib/ingest/ingest';
import { handleCapture } from '../../../lib/messaging/capture-handler';
import type { CaptureFromContent } from '../../../lib/messaging/protocol';
import { DEMO_PAGES } from '../../fixtures/pages';
import { fullDisk, quotaError, type FullDisk } from '../../support/full-disk';
import { loadExpected } from '../../support/fixtures';

// A full disk (QuotaExceededError) during a capture's transaction or a write of the derived tables (issue 13
// point 4): the operation ends with a clear message, the 采集 tab's notice is recorded, and the database stays
// consistent — orders, capture log and shards agree — so that once space is freed the next capture works and
// the numbers equal a rebuild. Writes are made to fail part way by a Dexie middleware (test/support/full-disk.ts).

let db: ShopLensDatabase;
let disk: FullDisk;
let n = 0;
beforeEach(() => {
  db = new ShopLensDatabase(`quota-test-${n++}`);
  disk = fullDisk(db);
});
afterEach(async () => {
  disk.free();
  db.close();
  await db.delete();
});

const AT = Date.UTC(2025, 7, 1, 2);

function ordersOf(platform: PlatformId): Order[] {
  const { expected, expectedAll } = loadExpected(`${platform}-orders`);
  return (expectedAll ?? expected).map((r) => ({ ...(r as object), capturedAt: AT, url: 'https://x/' })) as Order[];
}

function productsOf(platform: PlatformId): Product[] {
  const { expected, expectedAll } = loadExpected(`${platform}-products`);
  return (expectedAll ?? expected).map((r) => ({ ...(r as object), capturedAt: AT, url: 'https://x/' })) as Product[];
}

function capture(platform: PlatformId, kind: 'orders' | 'products', records: unknown[]): CaptureFromContent {
  const url = DEMO_PAGES.find((p) => p.platform === platform && p.kind === kind)!.urls[0]!;
  return { type: 'shoplens/capture-from-content', platform, kind, url, read: records.length, records, rejected: [] };
}

const sortById = <T extends { id: string }>(rows: Iterable<T>) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

async function derivedTables(from = db) {
  const { customers, days, skus } = await readDerived(from);
  return { customers: sortById(customers), days: sortById(days), skus: sortById(skus) };
}

async function rebuilt(from = db) {
  const rows = rebuildAggregates(await from.orders.toArray());
  return { customers: sortById(rows.customers.values()), days: sortById(rows.days.values()), skus: sortById(rows.skus.values()) };
}

async function counted(from = db) {
  const count = (table: 'orders' | 'products') =>
    Promise.all(PLATFORM_IDS.map(async (p) => [p, await from[table].where('platform').equals(p).count()] as const)).then(Object.fromEntries);
  return { orders: await count('orders'), products: await count('products') };
}

/** Orders, capture log, counts and shards agree: what readers see equals what counting and rebuilding give. */
async function expectConsistent(from = db) {
  const { orders, products } = await readCounts(from);
  expect({ orders, products }).toEqual(await counted(from));
  const meta = JSON.parse((await from.aggregateShards.get('meta'))!.json) as { watermark: number };
  const last = ((await from.captures.orderBy('id').lastKey()) as number | undefined) ?? 0;
  // The shards never vouch for a capture the log does not hold.
  expect(meta.watermark).toBeLessThanOrEqual(last);
  if (meta.watermark === last) expect(await derivedTables(from)).toEqual(await rebuilt(from));
}

const snapshot = async (from = db) => ({
  orders: await from.orders.toArray(),
  captures: await from.captures.toArray(),
  shards: sortById(await from.aggregateShards.toArray()),
  codes: await from.skuCodes.toArray(),
});

describe('a full disk during a capture', () => {
  it.each([
    ['the first write (the orders)', 0],
    ['the second write (the capture log, after the orders went out)', 1],
  ])('failing at %s: the capture ends with a clear message, nothing of it is stored, the notice is recorded', async (_, writes) => {
    const orders = ordersOf('taobao');
    await ingestCapture(db, capture('taobao', 'orders', orders.slice(0, 20)), { at: AT });
    const before = await snapshot();
    disk.fillAfter(writes, ['orders', 'captures', 'aggregateShards', 'skuCodes']);
    const failed = ingestCapture(db, capture('taobao', 'orders', orders.slice(10)), { at: AT + 1000 });
    await expect(failed).rejects.toBeInstanceOf(StorageFullError);
    await expect(failed).rejects.toThrow(/磁盘空间不足/);
    expect(disk.refused).toBeGreaterThan(0);
    // Rolled back: the orders, the log, the shards and the codes are as they were.
    expect(await snapshot()).toEqual(before);
    await expectConsistent();
    expect((await readStoreNotices(db)).storageFull).toMatchObject({ operation: 'capture', platform: 'taobao' });

    // Space freed: the same capture works and the numbers equal a rebuild; the notice is cleared.
    disk.free();
    const ok = await ingestCapture(db, capture('taobao', 'orders', orders.slice(10)), { at: AT + 2000 });
    expect(ok.capture.added).toBe(orders.length - 20);
    expect(await db.orders.count()).toBe(orders.length);
    await expectConsistent();
    expect(await derivedTables()).toEqual(await rebuilt());
    expect((await readStoreNotices(db)).storageFull).toBeUndefined();
  });

  it('the background’s reply to the page carries the message', async () => {
    const message = capture('taobao', 'orders', ordersOf('taobao'));
    const sender = { id: 'shoplens-test-id', url: message.url, tab: { id: 3 } };
    disk.fillAfter(0, ['orders']);
    const reply = await handleCapture(message, sender, { db, runtimeId: sender.id, now: () => AT, flush: 'now' });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^StorageFullError: 磁盘空间不足（QuotaExceededError）：本次采集未保存/) });
    disk.free();
    expect(await handleCapture(message, sender, { db, runtimeId: sender.id, now: () => AT + 1000, flush: 'now' })).toMatchObject({ ok: true, added: ordersOf('taobao').length });
    await expectConsistent();
  });

  it('a products capture fails the same way', async () => {
    await ingestCapture(db, capture('jd', 'orders', ordersOf('jd')), { at: AT });
    const before = await snapshot();
    disk.fillAfter(1, ['products', 'captures']);
    await expect(ingestCapture(db, capture('jd', 'products', productsOf('jd')), { at: AT + 1000 })).rejects.toBeInstanceOf(StorageFullError);
    expect(await snapshot()).toEqual(before);
    disk.free();
    await ingestCapture(db, capture('jd', 'products', productsOf('jd')), { at: AT + 2000 });
    await expectConsistent();
  });

  it('when not even the notice fits, the capture still ends with the message and nothing is half-stored', async () => {
    await ingestCapture(db, capture('pdd', 'orders', ordersOf('pdd').slice(0, 5)), { at: AT });
    const before = await snapshot();
    disk.fillAfter(0);
    await expect(ingestCapture(db, capture('pdd', 'orders', ordersOf('pdd')), { at: AT + 1000 })).rejects.toThrow(/磁盘空间不足/);
    disk.free();
    expect(await snapshot()).toEqual(before);
    expect(await db.settings.get(STORAGE_FULL_ID)).toBeUndefined();
    await ingestCapture(db, capture('pdd', 'orders', ordersOf('pdd')), { at: AT + 2000 });
    await expectConsistent();
  });
});

describe('a full disk when the derived tables are written', () => {
  it('ends the flush with a clear message, keeps the shards behind the log (consistent), and the next flush writes them', async () => {
    const orders = ordersOf('douyin');
    await ingestCapture(db, capture('douyin', 'orders', orders.slice(0, 20)), { at: AT });
    const shardsBefore = sortById(await db.aggregateShards.toArray());
    await ingestCapture(db, capture('douyin', 'orders', orders.slice(20)), { at: AT + 1000, flush: 'caller' });
    disk.fillAfter(0, ['aggregateShards', 'skuCodes']);
    await expect(aggregateStore(db).flush()).rejects.toBeInstanceOf(StorageFullError);
    // The shards are as before the capture, and say so (their watermark is behind the log): the counts readers
    // give add the capture since, and a new background would rebuild.
    expect(sortById(await db.aggregateShards.toArray())).toEqual(shardsBefore);
    await expectConsistent();
    expect((await readStoreNotices(db)).storageFull).toMatchObject({ operation: 'flush' });

    disk.free();
    await ingestCapture(db, capture('douyin', 'orders', orders.slice(0, 3)), { at: AT + 2000 });
    await expectConsistent();
    expect(await derivedTables()).toEqual(await rebuilt());
    expect((await readStoreNotices(db)).storageFull).toBeUndefined();
  });

  it('tries a failed flush again after FLUSH_RETRY_MS when no capture comes', async () => {
    await ingestCapture(db, capture('pdd', 'orders', ordersOf('pdd')), { at: AT, flush: 'caller' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      disk.fillAfter(0, ['aggregateShards']);
      await expect(aggregateStore(db).flush()).rejects.toBeInstanceOf(StorageFullError);
      disk.free();
      const last = (await db.captures.orderBy('id').lastKey()) as number;
      const watermark = async () => (JSON.parse((await db.aggregateShards.get('meta'))!.json) as { watermark: number }).watermark;
      expect(await watermark()).toBeLessThan(last);
      await vi.advanceTimersByTimeAsync(FLUSH_RETRY_MS - 1000);
      expect(await watermark()).toBeLessThan(last);
      await vi.advanceTimersByTimeAsync(1000);
      await vi.waitFor(async () => expect(await watermark()).toBe(last));
    } finally {
      vi.useRealTimers();
    }
    expect(await derivedTables()).toEqual(await rebuilt());
    expect((await readStoreNotices(db)).storageFull).toBeUndefined();
  });

  it('fails part way through the flush (the shards went out, the codes are refused): nothing of it is kept, a new background rebuilds', async () => {
    const orders = ordersOf('taobao');
    await ingestCapture(db, capture('taobao', 'orders', orders), { at: AT, flush: 'caller' });
    const codesBefore = await db.skuCodes.count();
    disk.fillAfter(1, ['aggregateShards', 'skuCodes', 'settings']);
    await expect(aggregateStore(db).flush()).rejects.toThrow(/磁盘空间不足/);
    expect(await db.skuCodes.count()).toBe(codesBefore);
    disk.free();
    await expectConsistent();
    // The background is stopped before any retry; the next one finds the shards behind the log.
    const reopened = new ShopLensDatabase(db.name);
    await ingestCapture(reopened, capture('jd', 'orders', ordersOf('jd')), { at: AT + 1000 });
    await expectConsistent(reopened);
    expect(await derivedTables(reopened)).toEqual(await rebuilt(reopened));
    reopened.close();
  });

  it('a rebuild of damaged shards that does not fit ends the capture; once space is freed the shards heal', async () => {
    await ingestCapture(db, capture('jd', 'orders', ordersOf('jd')), { at: AT });
    await db.aggregateShards.delete((await db.aggregateShards.where('id').startsWith('dig/').first())!.id);
    const reopened = new ShopLensDatabase(db.name);
    const full = fullDisk(reopened);
    full.fillAfter(0, ['aggregateShards']);
    await expect(ingestCapture(reopened, capture('jd', 'orders', ordersOf('jd').slice(0, 5)), { at: AT + 1000 })).rejects.toBeInstanceOf(StorageFullError);
    full.free();
    await ingestCapture(reopened, capture('jd', 'orders', ordersOf('jd').slice(0, 5)), { at: AT + 2000 });
    expect(await derivedTables(reopened)).toEqual(await rebuilt(reopened));
    expect((await readStoreNotices(reopened)).heal?.problems).toContainEqual(expect.objectContaining({ kind: 'digests' }));
    reopened.close();
  });
});

it('tells a quota error through Dexie’s wrappers from other errors', () => {
  expect(isQuotaError(quotaError())).toBe(true);
  expect(isQuotaError({ name: 'AbortError', inner: quotaError() })).toBe(true);
  expect(isQuotaError({ name: 'BulkError', failures: [new Error('x'), quotaError()] })).toBe(true);
  expect(isQuotaError({ name: 'BulkError', failures: { 3: quotaError() } })).toBe(true);
  expect(isQuotaError(new DOMException('x', 'ConstraintError'))).toBe(false);
  expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
  expect(isQuotaError(undefined)).toBe(false);
});
