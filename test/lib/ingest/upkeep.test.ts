import { CUSTOMER_BUCKETS, SHARD_FORMAT, rebuildAggregates } from '../../../lib/analytics/derived';
import { DERIVED_HEAL_ID, ShopLensDatabase, readDerived } from '../../../lib/db';
import type { Order, PlatformId, Product } from '../../../lib/domain';
import { KnownSkus, assignSkuCodes } from '../../../lib/analytics/sku-codes';
import { DEFAULT_SETTINGS } from '../../../lib/analytics/settings';
import { FLUSH_MAX_DELAY_MS, FOLD_IDLE_MS, aggregateStore } from '../../../lib/ingest/aggregate-store';
import { ingestCapture } from '../../../lib/ingest/ingest';
import type { CaptureFromContent } from '../../../lib/messaging/protocol';
import { DEMO_PAGES } from '../../fixtures/pages';
import { loadExpected } from '../../support/fixtures';

// Ingest keeps the derived tables and SKU codes up to date: after any sequence of captures of the demo pages
// (including re-captures where orders change status), the derived tables equal a full rebuild from the orders.

let db: ShopLensDatabase;
let n = 0;
beforeEach(() => {
  db = new ShopLensDatabase(`upkeep-test-${n++}`);
});
afterEach(() => db.delete());

const AT = Date.UTC(2025, 7, 1, 2);
const withCapture = <T>(r: T) => ({ ...(r as object), capturedAt: AT, url: 'https://x/' }) as T;

function recordsOf(name: string): (Order | Product)[] {
  const { expected, expectedAll } = loadExpected(name);
  return (expectedAll ?? expected).map(withCapture) as (Order | Product)[];
}

function capture(platform: PlatformId, kind: 'orders' | 'products', records: unknown[]): CaptureFromContent {
  const url = DEMO_PAGES.find((p) => p.platform === platform && p.kind === kind)!.urls[0]!;
  return { type: 'shoplens/capture-from-content', platform, kind, url, read: records.length, records, rejected: [] };
}

async function derivedTables(from = db) {
  const sort = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  const { customers, days, skus } = await readDerived(from);
  return { customers: sort(customers), days: sort(days), skus: sort(skus) };
}

async function rebuilt(from = db) {
  const rows = rebuildAggregates(await from.orders.toArray());
  const sort = <T extends { id: string }>(m: Map<string, T>) => [...m.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { customers: sort(rows.customers), days: sort(rows.days), skus: sort(rows.skus) };
}

it('keeps the derived tables equal to a full rebuild through captures and re-captures', async () => {
  const pages = DEMO_PAGES.filter((p) => p.kind === 'orders' && !p.brokenRows);
  for (const page of pages) {
    const orders = recordsOf(page.name) as Order[];
    // Arrive in two overlapping halves, as paging does.
    await ingestCapture(db, capture(page.platform, 'orders', orders.slice(0, 30)), { at: AT });
    await ingestCapture(db, capture(page.platform, 'orders', orders.slice(20)), { at: AT });
  }
  expect((await derivedTables()).customers.length).toBeGreaterThan(50);
  expect(await derivedTables()).toEqual(await rebuilt());

  // Later: paid orders get refunded, shipped ones complete, one order's amount is corrected.
  const changed = (await db.orders.where('platform').equals('taobao').toArray()).map((o, i) =>
    o.status === 'completed' && i % 3 === 0
      ? { ...o, status: 'refunded' as const, statusText: '交易关闭 退款成功' }
      : o.status === 'shipped'
        ? { ...o, status: 'completed' as const, statusText: '交易成功' }
        : i === 1
          ? { ...o, paidFen: o.paidFen + 100 }
          : o,
  );
  await ingestCapture(db, capture('taobao', 'orders', changed), { at: AT + 1000 });
  expect(await derivedTables()).toEqual(await rebuilt());
});

it('gives every SKU a unified code once, and a re-capture moves none', async () => {
  for (const page of DEMO_PAGES.filter((p) => !p.brokenRows)) {
    await ingestCapture(db, capture(page.platform, page.kind, recordsOf(page.name)), { at: AT });
  }
  const first = (await db.skuCodes.toArray()).map((c) => [c.code, c.key]).sort();
  expect(first.length).toBeGreaterThan(30);
  expect(new Set(first.map(([code]) => code)).size).toBe(first.length);
  for (const [code] of first) expect(code).toMatch(/^(TB|DY|JD|DD)-\d{2}-[0-9A-Z.]+-\d{4}(-\d{2})?$/);

  for (const page of [...DEMO_PAGES].reverse().filter((p) => !p.brokenRows)) {
    await ingestCapture(db, capture(page.platform, page.kind, recordsOf(page.name)), { at: AT + 86_400_000 * 40 });
  }
  expect((await db.skuCodes.toArray()).map((c) => [c.code, c.key]).sort()).toEqual(first);
});

it('uses the seller’s category words from settings when assigning codes', async () => {
  await db.settings.put({ id: 'analytics', value: { sku: { categoryWords: { 碎花: '06' } } } });
  const dress = (recordsOf('taobao-orders') as Order[]).filter((o) => o.items.some((i) => i.title.includes('碎花')));
  await ingestCapture(db, capture('taobao', 'orders', dress), { at: AT });
  const codes = (await db.skuCodes.toArray()).filter((c) => c.title.includes('碎花'));
  expect(codes.length).toBeGreaterThan(0);
  for (const c of codes) expect(c.code).toMatch(/^TB-06-/);
});

describe('write-behind upkeep (AggregateStore)', () => {
  const ordersOf = (platform: PlatformId) => recordsOf(`${platform}-orders`) as Order[];

  it("with flush 'later' writes the shards once, a moment after a stream of captures, equal to a rebuild", async () => {
    const store = aggregateStore(db);
    const put = vi.spyOn(db.aggregateShards, 'bulkPut');
    const orders = ordersOf('taobao');
    for (let i = 0; i < orders.length; i += 10) {
      await ingestCapture(db, capture('taobao', 'orders', orders.slice(i, i + 10)), { at: AT, flush: 'later' });
    }
    expect(put).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(put).toHaveBeenCalledTimes(1), { timeout: FLUSH_MAX_DELAY_MS + 1000 });
    await store.flush();
    expect(put).toHaveBeenCalledTimes(1);
    expect(await derivedTables()).toEqual(await rebuilt());
  });

  it('rebuilds from the orders when the background stopped between a capture and its flush', async () => {
    await ingestCapture(db, capture('jd', 'orders', ordersOf('jd').slice(0, 20)), { at: AT });
    // The next capture commits, but its shards are never written (the service worker was stopped).
    await ingestCapture(db, capture('jd', 'orders', ordersOf('jd').slice(20)), { at: AT, flush: 'later' });
    const stale = await derivedTables();
    // The stopped background's flush never comes (its timer would write the shards a moment later).
    db.close();
    const reopened = new ShopLensDatabase(db.name);
    expect(await derivedTables(reopened)).toEqual(stale);
    expect(stale).not.toEqual(await rebuilt(reopened));
    // A new background (a new store) finds the shards behind the capture log and rebuilds them before ingesting.
    await ingestCapture(reopened, capture('pdd', 'orders', ordersOf('pdd')), { at: AT });
    expect(await derivedTables(reopened)).toEqual(await rebuilt(reopened));
    reopened.close();
  });

  /** True when every SKU of the stored orders and products has its code (a full assignment would add or change none). */
  async function everySkuCoded(from: ShopLensDatabase): Promise<boolean> {
    const { added, updated } = assignSkuCodes(await from.skuCodes.toArray(), await from.orders.toArray(), await from.products.toArray(), DEFAULT_SETTINGS, AT);
    return added.length === 0 && updated.length === 0;
  }

  it('writes new SKU codes with the flush, many captures in one write; later captures move none', async () => {
    const put = vi.spyOn(db.skuCodes, 'bulkPut');
    const orders = ordersOf('taobao');
    for (let i = 0; i < orders.length; i += 10) {
      await ingestCapture(db, capture('taobao', 'orders', orders.slice(i, i + 10)), { at: AT, flush: 'caller' });
    }
    expect(await db.skuCodes.count()).toBe(0);
    await aggregateStore(db).flush();
    expect(put).toHaveBeenCalledTimes(1);
    expect(await everySkuCoded(db)).toBe(true);
    const codes = (await db.skuCodes.toArray()).map((c) => [c.code, c.key]).sort();
    expect(new Set(codes.map(([code]) => code)).size).toBe(codes.length);
    // Re-captures (pages in another order, flushed one by one) write no code and move none.
    for (let i = orders.length - 10; i >= 0; i -= 10) {
      await ingestCapture(db, capture('taobao', 'orders', orders.slice(Math.max(0, i), i + 10)), { at: AT + 1000 });
    }
    expect(put).toHaveBeenCalledTimes(1);
    expect((await db.skuCodes.toArray()).map((c) => [c.code, c.key]).sort()).toEqual(codes);
  });

  it('keeps the queued codes when a flush fails, and writes them with the next', async () => {
    await ingestCapture(db, capture('pdd', 'orders', ordersOf('pdd')), { at: AT, flush: 'caller' });
    vi.spyOn(db.skuCodes, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(aggregateStore(db).flush()).rejects.toThrow('disk full');
    expect(await db.skuCodes.count()).toBe(0);
    await aggregateStore(db).flush();
    expect(await db.skuCodes.count()).toBeGreaterThan(0);
    expect(await everySkuCoded(db)).toBe(true);
    expect(await derivedTables()).toEqual(await rebuilt());
  });

  it('codes the SKUs of captures whose flush never came, when a new background starts', async () => {
    await ingestCapture(db, capture('douyin', 'products', recordsOf('douyin-products')), { at: AT });
    const before = await db.skuCodes.count();
    // The service worker is stopped after these captures committed, before their flush.
    await ingestCapture(db, capture('jd', 'orders', ordersOf('jd')), { at: AT, flush: 'later' });
    await ingestCapture(db, capture('taobao', 'products', recordsOf('taobao-products')), { at: AT, flush: 'later' });
    const reopened = new ShopLensDatabase(db.name);
    expect(await reopened.skuCodes.count()).toBe(before);
    expect(await everySkuCoded(reopened)).toBe(false);
    await ingestCapture(reopened, capture('pdd', 'orders', ordersOf('pdd').slice(0, 5)), { at: AT + 1000 });
    expect(await reopened.skuCodes.count()).toBeGreaterThan(before);
    expect(await everySkuCoded(reopened)).toBe(true);
    reopened.close();
  });

  it('rebuilds when a change does not fit the stored rows (drifted shards)', async () => {
    const orders = ordersOf('douyin');
    await ingestCapture(db, capture('douyin', 'orders', orders), { at: AT });
    // Damage: the customer shards lose their rows, while the meta row still vouches for them.
    await db.aggregateShards.where('id').startsWith('cus/').modify({ json: '[]' });
    const reopened = new ShopLensDatabase(db.name);
    const completed = orders.find((o) => o.status === 'completed')!;
    await ingestCapture(reopened, capture('douyin', 'orders', [{ ...completed, status: 'refunded', statusText: '已退款' }]), { at: AT + 1000 });
    expect(await derivedTables(reopened)).toEqual(await rebuilt());
    reopened.close();
  });

  it('rebuilds shards of an older format (6: customers in 64 buckets `cus/NN`) into the current one', async () => {
    const orders = ordersOf('jd');
    await ingestCapture(db, capture('jd', 'orders', orders), { at: AT });
    // What format 6 stored: the same customers in two-digit buckets, and meta saying format 6.
    const buckets = await db.aggregateShards.where('id').startsWith('cus/').toArray();
    const meta = await db.aggregateShards.get('meta');
    await db.aggregateShards.bulkDelete(buckets.map((b) => b.id));
    await db.aggregateShards.bulkPut([
      { id: 'cus/00', json: JSON.stringify(buckets.flatMap((b) => JSON.parse(b.json) as unknown[])) },
      { id: 'meta', json: JSON.stringify({ ...(JSON.parse(meta!.json) as object), format: 6 }) },
    ]);
    const reopened = new ShopLensDatabase(db.name);
    await ingestCapture(reopened, capture('jd', 'orders', orders.slice(0, 3)), { at: AT + 1000 });
    expect(await reopened.aggregateShards.get('cus/00')).toBeUndefined();
    expect((JSON.parse((await reopened.aggregateShards.get('meta'))!.json) as { format: number }).format).toBeGreaterThan(6);
    expect(await derivedTables(reopened)).toEqual(await rebuilt());
    reopened.close();
  });

  it('rebuilds shards of format 7 (customer buckets without a journal) into the current one', async () => {
    const orders = ordersOf('taobao');
    await ingestCapture(db, capture('taobao', 'orders', orders), { at: AT });
    await aggregateStore(db).flush({ fold: true });
    // Format 7 had no journal: a row under its name would be read as a bucket. Had the load kept these shards,
    // the row (an order taken out of a customer) would change the customers and be caught as damage.
    const meta = await db.aggregateShards.get('meta');
    const order = orders.find((o) => o.status === 'completed')!;
    await db.aggregateShards.bulkPut([
      { id: 'cus/j/00000000', json: JSON.stringify([`taobao|${order.buyer}`, order.placedAt, order.paidFen, -1]) },
      { id: 'meta', json: JSON.stringify({ ...(JSON.parse(meta!.json) as object), format: 7 }) },
    ]);
    db.close();
    const reopened = new ShopLensDatabase(db.name);
    await ingestCapture(reopened, capture('taobao', 'orders', orders.slice(0, 3)), { at: AT + 1000 });
    expect(await reopened.aggregateShards.get('cus/j/00000000')).toBeUndefined();
    expect((JSON.parse((await reopened.aggregateShards.get('meta'))!.json) as { format: number }).format).toBe(SHARD_FORMAT);
    expect(await reopened.settings.get(DERIVED_HEAL_ID)).toBeUndefined();
    expect(await derivedTables(reopened)).toEqual(await rebuilt(reopened));
    reopened.close();
  });

  it('writes the customers of later captures as journal rows, read back after a restart, folded once captures stop', async () => {
    const orders = ordersOf('douyin');
    const journal = (from: ShopLensDatabase) => from.aggregateShards.where('id').startsWith('cus/j/').primaryKeys();
    await ingestCapture(db, capture('douyin', 'orders', orders.slice(0, 30)), { at: AT });
    await aggregateStore(db).flush({ fold: true });
    await ingestCapture(db, capture('douyin', 'orders', orders.slice(30, 33)), { at: AT + 1000 });
    // The buckets as they were, and the three orders' customers in a journal row; readers see both.
    const [first, ...more] = await journal(db);
    expect(first).toMatch(/^cus\/j\/\d{8}$/);
    expect(more).toEqual([]);
    expect(await derivedTables()).toEqual(await rebuilt());
    db.close();
    // A new background loads the shards with their journal (no rebuild: the journal row stays), adds to it.
    const reopened = new ShopLensDatabase(db.name);
    aggregateStore(reopened).foldIdleMs = 500;
    await ingestCapture(reopened, capture('douyin', 'orders', orders.slice(33, 36)), { at: AT + 2000 });
    const after = await journal(reopened);
    expect(after).toHaveLength(2);
    expect(after[0]).toBe(first);
    expect(after[1]! > first!).toBe(true);
    expect(await reopened.settings.get(DERIVED_HEAL_ID)).toBeUndefined();
    expect(await derivedTables(reopened)).toEqual(await rebuilt(reopened));
    // No capture for a while (FOLD_IDLE_MS; 500 ms here): the journal is folded into the buckets and deleted.
    expect(FOLD_IDLE_MS).toBeGreaterThan(FLUSH_MAX_DELAY_MS);
    await vi.waitFor(async () => expect(await journal(reopened)).toEqual([]), { timeout: 5000, interval: 100 });
    expect(await reopened.aggregateShards.where('id').startsWith('cus/').count()).toBe(CUSTOMER_BUCKETS);
    expect(await derivedTables(reopened)).toEqual(await rebuilt(reopened));
    reopened.close();
  }, 30_000);

  it('after a reset (data changed behind its back) stores everything again and rebuilds', async () => {
    const orders = ordersOf('taobao');
    await ingestCapture(db, capture('taobao', 'orders', orders), { at: AT });
    await Promise.all([db.orders.clear(), db.skuCodes.clear(), db.aggregateShards.clear()]);
    await aggregateStore(db).reset();
    await ingestCapture(db, capture('taobao', 'orders', orders.slice(0, 10)), { at: AT + 1000 });
    expect(await db.orders.count()).toBe(10);
    expect(await db.skuCodes.count()).toBeGreaterThan(0);
    expect(await derivedTables()).toEqual(await rebuilt());
  });

  it('gives the same codes when the known-SKU shortcut is never taken', async () => {
    const sequence = DEMO_PAGES.filter((p) => !p.brokenRows);
    const run = async (target: ShopLensDatabase) => {
      for (const page of sequence) {
        const records = recordsOf(page.name);
        await ingestCapture(target, capture(page.platform, page.kind, records.slice(0, 15)), { at: AT });
        await ingestCapture(target, capture(page.platform, page.kind, records), { at: AT + 1000 });
      }
      return (await target.skuCodes.toArray()).sort((a, b) => a.code.localeCompare(b.code));
    };
    const allKnown = vi.spyOn(KnownSkus.prototype, 'allKnown');
    const withShortcut = await run(db);
    expect(allKnown.mock.results.some((r) => r.value === true)).toBe(true);
    allKnown.mockReturnValue(false);
    const other = new ShopLensDatabase(`${db.name}-slow`);
    const without = await run(other);
    expect(withShortcut).toEqual(without);
    await other.delete();
  });
});
