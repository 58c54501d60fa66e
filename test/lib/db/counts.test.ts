import { PLATFORM_IDS, type Order, type PlatformId, type Product } from '../../../lib/domain';
import { ShopLensDatabase, readCounts } from '../../../lib/db';
import { aggregateStore } from '../../../lib/ingest/aggregate-store';
import { ingestCapture } from '../../../lib/ingest/ingest';
import type { CaptureFromContent } from '../../../lib/messaging/protocol';
import { DEMO_PAGES } from '../../fixtures/pages';
import { loadExpected } from '../../support/fixtures';

// readCounts answers from the counts kept with the shards plus the captures since, never counting rows — and
// must always equal what counting the rows gives, whatever was flushed, reset or cleared.

let db: ShopLensDatabase;
let n = 0;
beforeEach(() => {
  db = new ShopLensDatabase(`counts-test-${n++}`);
});
afterEach(() => db.delete());

const AT = Date.UTC(2025, 7, 1, 2);

function recordsOf(name: string): (Order | Product)[] {
  const { expected, expectedAll } = loadExpected(name);
  return (expectedAll ?? expected).map((r) => ({ ...(r as object), capturedAt: AT, url: 'https://x/' })) as (Order | Product)[];
}

function capture(platform: PlatformId, kind: 'orders' | 'products', records: unknown[]): CaptureFromContent {
  const url = DEMO_PAGES.find((p) => p.platform === platform && p.kind === kind)!.urls[0]!;
  return { type: 'shoplens/capture-from-content', platform, kind, url, read: records.length, records, rejected: [] };
}

async function counted() {
  const count = (table: 'orders' | 'products') =>
    Promise.all(PLATFORM_IDS.map(async (p) => [p, await db[table].where('platform').equals(p).count()] as const)).then(Object.fromEntries);
  return { orders: await count('orders'), products: await count('products') };
}

const pages = DEMO_PAGES.filter((p) => !p.brokenRows);

it('equals the counted rows after flushed and unflushed captures, re-captures included, without counting', async () => {
  // readCounts must never count the orders table (the background's load counts it once, to check the shards:
  // aggregate-store.ts), so the calls made while readCounts runs are the ones that matter.
  const countSpy = vi.spyOn(db.orders, 'count');
  let countedByRead = 0;
  const read = async () => {
    const before = countSpy.mock.calls.length;
    const counts = await readCounts(db);
    countedByRead += countSpy.mock.calls.length - before;
    return counts;
  };
  for (const [i, page] of pages.entries()) {
    const records = recordsOf(page.name);
    // Halves that overlap (paging), the second left unflushed on every other page.
    await ingestCapture(db, capture(page.platform, page.kind, records.slice(0, 20)), { at: AT });
    await ingestCapture(db, capture(page.platform, page.kind, records.slice(10)), { at: AT, flush: i % 2 ? 'caller' : 'now' });
    const { orders, products, byStatus } = await read();
    expect({ orders, products }).toEqual(await counted());
    expect(byStatus).toBeDefined();
  }
  await aggregateStore(db).flush();
  const { orders, products, byStatus } = await read();
  expect({ orders, products }).toEqual(await counted());
  // The statuses add up to the orders, platform by platform.
  for (const p of PLATFORM_IDS) expect(Object.values(byStatus?.[p] ?? {}).reduce((a, b) => a + b, 0)).toBe(orders[p]);
  expect(orders.taobao).toBeGreaterThan(40);
  expect(countedByRead).toBe(0);
});

it('counts the rows when the kept counts no longer hold: after a reset, and with the capture log cleared', async () => {
  for (const page of pages.slice(0, 6)) await ingestCapture(db, capture(page.platform, page.kind, recordsOf(page.name)), { at: AT });
  await db.orders.where('platform').equals('taobao').delete();
  await aggregateStore(db).reset();
  const afterReset = await readCounts(db);
  expect({ orders: afterReset.orders, products: afterReset.products }).toEqual(await counted());
  expect(afterReset.orders.taobao).toBe(0);
  expect(afterReset.byStatus).toBeUndefined();

  const [page] = pages.filter((p) => p.platform === 'jd' && p.kind === 'orders');
  await ingestCapture(db, capture('jd', 'orders', recordsOf(page!.name)), { at: AT + 1000 });
  expect((await readCounts(db)).byStatus).toBeDefined();
  await db.captures.clear();
  const cleared = await readCounts(db);
  expect({ orders: cleared.orders, products: cleared.products }).toEqual(await counted());
});
