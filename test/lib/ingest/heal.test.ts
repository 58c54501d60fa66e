import { ShardedAggregates, checkDaySample, decodeShards, rebuildAggregates, type ShardProblem } from '../../../lib/analytics/derived';
import { DERIVED_HEAL_ID, ShopLensDatabase, readCounts, readDerived, readStoreNotices } from '../../../lib/db';
import { PLATFORM_IDS, type Order, type PlatformId, type Product } from '../../../lib/domain';
import { aggregateStore } from '../../../lib/ingest/aggregate-store';
import { ingestCapture } from '../../../lib/ingest/ingest';
import type { CaptureFromContent } from '../../../lib/messaging/protocol';
import { DEMO_PAGES } from '../../fixtures/pages';
import { loadExpected } from '../../support/fixtures';

// The derived tables heal (issue 13 point 6): each kind of stored shard row is damaged in turn — bad JSON,
// a row lost — while the background is stopped; the next background's first capture must work, the numbers
// must equal a rebuild from the orders (never the double count a lost digest row used to cause), and the
// notice for the 采集 tab must be recorded with what was found.

let db: ShopLensDatabase;
let n = 0;
beforeEach(() => {
  db = new ShopLensDatabase(`heal-test-${n++}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const AT = Date.UTC(2025, 7, 1, 2);

function recordsOf(name: string): (Order | Product)[] {
  const { expected, expectedAll } = loadExpected(name);
  return (expectedAll ?? expected).map((r) => ({ ...(r as object), capturedAt: AT, url: 'https://x/' })) as (Order | Product)[];
}

function capture(platform: PlatformId, kind: 'orders' | 'products', records: unknown[]): CaptureFromContent {
  const url = DEMO_PAGES.find((p) => p.platform === platform && p.kind === kind)!.urls[0]!;
  return { type: 'shoplens/capture-from-content', platform, kind, url, read: records.length, records, rejected: [] };
}

const pages = DEMO_PAGES.filter((p) => !p.brokenRows);
const sortById = <T extends { id: string }>(rows: Iterable<T>) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

async function derivedTables(from: ShopLensDatabase) {
  const { customers, days, skus } = await readDerived(from);
  return { customers: sortById(customers), days: sortById(days), skus: sortById(skus) };
}

async function rebuilt(from: ShopLensDatabase) {
  const rows = rebuildAggregates(await from.orders.toArray());
  return { customers: sortById(rows.customers.values()), days: sortById(rows.days.values()), skus: sortById(rows.skus.values()) };
}

/** GMV as the KPI tab adds it up: paid amounts of every day row, every status. */
const gmvOf = (days: { fen: Record<string, number> }[]) => days.reduce((a, d) => a + Object.values(d.fen).reduce((x, y) => x + y, 0), 0);

async function counted(from: ShopLensDatabase) {
  const count = (table: 'orders' | 'products') =>
    Promise.all(PLATFORM_IDS.map(async (p) => [p, await from[table].where('platform').equals(p).count()] as const)).then(Object.fromEntries);
  return { orders: await count('orders'), products: await count('products') };
}

/** Every demo page captured and flushed: the shards as a background leaves them. */
async function captureShop(): Promise<void> {
  for (const page of pages) await ingestCapture(db, capture(page.platform, page.kind, recordsOf(page.name)), { at: AT });
}

const rowsStartingWith = (prefix: string) => db.aggregateShards.where('id').startsWith(prefix).toArray();

/** A day shard with orders and SKU sales in it (the middle one of the Taobao days). */
async function busyDayShard() {
  const days = (await rowsStartingWith('day/')).filter((r) => r.id.endsWith('/taobao') && (JSON.parse(r.json) as { s: number[] }).s.length > 0);
  return days[Math.floor(days.length / 2)]!;
}

/**
 * The customer journal rows after one more small capture (a refund and a new order: changes to two
 * customers, written as a journal row rather than by rewriting their buckets).
 */
async function withJournal() {
  const [first, second] = (recordsOf('taobao-orders') as Order[]).filter((o) => o.status === 'completed');
  const changes = [{ ...first!, status: 'refunded' as const, statusText: '交易关闭 退款成功' }, { ...second!, orderId: `${second!.orderId}5` }];
  await ingestCapture(db, capture('taobao', 'orders', changes), { at: AT + 30_000 });
  const journal = await rowsStartingWith('cus/j/');
  expect(journal.length).toBeGreaterThan(0);
  return journal;
}

interface Damage {
  name: string;
  damage(): Promise<void>;
  /** The problem kinds the load should report (at least one of them). */
  found: ShardProblem['kind'][];
}

const DAMAGES: Damage[] = [
  {
    name: 'a day shard with bad JSON',
    damage: async () => void (await db.aggregateShards.update((await busyDayShard()).id, { json: '{"d":[{"id":"2025-' })),
    found: ['unreadable'],
  },
  {
    name: 'a digest row with bad JSON',
    damage: async () => void (await db.aggregateShards.update((await rowsStartingWith('dig/'))[3]!.id, { json: '["taobao|1",' })),
    found: ['unreadable'],
  },
  {
    name: 'a customer bucket with bad JSON',
    damage: async () => {
      const bucket = (await rowsStartingWith('cus/')).find((r) => r.json.length > 10)!;
      await db.aggregateShards.update(bucket.id, { json: bucket.json.slice(0, bucket.json.length / 2) });
    },
    found: ['unreadable'],
  },
  {
    name: 'a SKU list with bad JSON',
    damage: async () => void (await db.aggregateShards.update('sku/jd', { json: '[["jd|' })),
    found: ['unreadable'],
  },
  {
    name: 'a deleted day shard',
    damage: async () => void (await db.aggregateShards.delete((await busyDayShard()).id)),
    found: ['digests'],
  },
  {
    name: 'the deleted digest rows of one platform (a re-capture would count every order twice)',
    damage: async () => void (await db.aggregateShards.bulkDelete((await rowsStartingWith('dig/')).filter((r) => r.id.endsWith('/taobao')).map((r) => r.id))),
    found: ['digests'],
  },
  {
    name: 'a day shard deleted with its digest row',
    damage: async () => {
      const day = await busyDayShard();
      await db.aggregateShards.bulkDelete([day.id, day.id.replace('day/', 'dig/')]);
    },
    found: ['counts', 'orders'],
  },
  {
    name: 'a deleted SKU list',
    damage: async () => void (await db.aggregateShards.delete('sku/taobao')),
    found: ['unreadable'],
  },
  {
    name: 'a SKU row taken out of the middle of its list',
    damage: async () => {
      const list = JSON.parse((await db.aggregateShards.get('sku/douyin'))!.json) as unknown[];
      list.splice(Math.floor(list.length / 2), 1);
      await db.aggregateShards.put({ id: 'sku/douyin', json: JSON.stringify(list) });
    },
    found: ['unreadable'],
  },
  {
    name: 'a deleted customer bucket',
    damage: async () => void (await db.aggregateShards.delete((await rowsStartingWith('cus/')).find((r) => r.json.length > 10)!.id)),
    found: ['customers', 'buckets'],
  },
  {
    name: 'a deleted customer journal row (the customers’ changes not yet folded into the buckets)',
    damage: async () => {
      const journal = await withJournal();
      await db.aggregateShards.delete(journal[journal.length - 1]!.id);
    },
    found: ['customers'],
  },
  {
    name: 'a customer journal row with bad JSON',
    damage: async () => void (await db.aggregateShards.update((await withJournal())[0]!.id, { json: '["taobao|' })),
    found: ['unreadable'],
  },
  {
    name: 'a deleted meta row',
    damage: async () => void (await db.aggregateShards.delete('meta')),
    found: ['meta-missing'],
  },
  {
    name: 'a meta row with bad JSON',
    damage: async () => void (await db.aggregateShards.update('meta', { json: '{"format":7,"watermark":' })),
    found: ['unreadable'],
  },
  {
    name: 'a meta row whose counts lost a platform',
    damage: async () => {
      const meta = JSON.parse((await db.aggregateShards.get('meta'))!.json) as { counts: { orders: Record<string, unknown> } };
      delete meta.counts.orders.pdd;
      await db.aggregateShards.put({ id: 'meta', json: JSON.stringify(meta) });
    },
    found: ['counts'],
  },
];

describe('derived tables that heal', () => {
  it.each(DAMAGES)('$name: the next capture works, the numbers equal a rebuild, the notice is recorded', async ({ damage, found }) => {
    await captureShop();
    const before = await derivedTables(db);
    expect(before).toEqual(await rebuilt(db));
    await damage();
    // A new background (the old one was stopped): its first capture re-captures a whole Taobao page, with
    // some orders moved on, and a JD page unchanged.
    const reopened = new ShopLensDatabase(db.name);
    const taobao = (recordsOf('taobao-orders') as Order[]).map((o, i) => (i % 7 === 0 && o.status === 'shipped' ? { ...o, status: 'completed' as const, statusText: '交易成功' } : o));
    await ingestCapture(reopened, capture('taobao', 'orders', taobao), { at: AT + 60_000 });
    await ingestCapture(reopened, capture('jd', 'orders', recordsOf('jd-orders')), { at: AT + 120_000 });
    const after = await derivedTables(reopened);
    expect(after).toEqual(await rebuilt(reopened));
    // No order counted twice: GMV is the orders' own.
    const orders = await reopened.orders.toArray();
    expect(gmvOf(after.days)).toBe(orders.reduce((a, o) => a + o.paidFen, 0));
    const counts = await readCounts(reopened);
    expect({ orders: counts.orders, products: counts.products }).toEqual(await counted(reopened));
    const { heal } = await readStoreNotices(reopened);
    expect(heal).toBeDefined();
    expect(heal!.problems.some((p) => found.includes(p.kind))).toBe(true);
    expect(heal!.at).toBeGreaterThan(Date.now() - 60_000);
    reopened.close();
  });

  it('records no notice for healthy shards, a reset, a new database or shards behind the capture log', async () => {
    await captureShop();
    // Healthy: a new background loads them as they are.
    let reopened = new ShopLensDatabase(db.name);
    await ingestCapture(reopened, capture('pdd', 'orders', recordsOf('pdd-orders').slice(0, 5)), { at: AT + 1000 });
    reopened.close();
    // Behind the log: the background stopped between a capture and its flush.
    reopened = new ShopLensDatabase(db.name);
    await ingestCapture(reopened, capture('pdd', 'orders', recordsOf('pdd-orders').slice(5)), { at: AT + 2000, flush: 'caller' });
    reopened.close();
    reopened = new ShopLensDatabase(db.name);
    await ingestCapture(reopened, capture('jd', 'orders', recordsOf('jd-orders').slice(0, 3)), { at: AT + 3000 });
    // A reset, and a new background finding its marker.
    await reopened.orders.where('platform').equals('jd').delete();
    await aggregateStore(reopened).reset();
    reopened.close();
    reopened = new ShopLensDatabase(db.name);
    await ingestCapture(reopened, capture('jd', 'orders', recordsOf('jd-orders').slice(0, 3)), { at: AT + 4000 });
    expect(await derivedTables(reopened)).toEqual(await rebuilt(reopened));
    expect(await reopened.settings.get(DERIVED_HEAL_ID)).toBeUndefined();
    reopened.close();
  });

  it('finds a day row changed in a way no total shows (its closed orders’ amount) by comparing a sampled day with its orders', async () => {
    await captureShop();
    const first = (await db.aggregateShards.where('id').startsWith('day/').first())!;
    const content = JSON.parse(first.json) as { d: { fen: Record<string, number> }[] };
    content.d[0]!.fen.closed! += 10_000;
    await db.aggregateShards.put({ id: first.id, json: JSON.stringify(content) });
    // The load samples the first day row (random 0): the one damaged.
    const random = vi.spyOn(Math, 'random').mockReturnValue(0);
    const reopened = new ShopLensDatabase(db.name);
    await ingestCapture(reopened, capture('pdd', 'orders', recordsOf('pdd-orders').slice(0, 5)), { at: AT + 1000 });
    random.mockRestore();
    expect(await derivedTables(reopened)).toEqual(await rebuilt(reopened));
    const [, day, platform] = first.id.split('/');
    expect((await readStoreNotices(reopened)).heal?.problems).toEqual([{ kind: 'sample', day, platform, what: 'day' }]);
    reopened.close();
  });

  it('raises no false alarm: every day of healthy shards, after captures and re-captures, agrees with its orders', async () => {
    await captureShop();
    const moved = (recordsOf('douyin-orders') as Order[]).map((o, i) => (i % 4 === 0 && o.status === 'paid' ? { ...o, status: 'shipped' as const } : i % 9 === 0 ? { ...o, paidFen: o.paidFen + 1 } : o));
    await ingestCapture(db, capture('douyin', 'orders', moved), { at: AT + 1000 });
    const { sharded } = decodeShards(await db.aggregateShards.toArray());
    const orders = await db.orders.toArray();
    expect(sharded!.aggregates.days.size).toBeGreaterThan(20);
    for (const d of sharded!.aggregates.days.values()) expect(checkDaySample(sharded!, d.day, d.platform, orders)).toEqual([]);
    // And a day row changed is found by the same comparison.
    const d = [...sharded!.aggregates.days.values()][5]!;
    d.buyers = d.buyers.slice(1);
    expect(checkDaySample(sharded!, d.day, d.platform, orders)).toEqual([{ kind: 'sample', day: d.day, platform: d.platform, what: 'day' }]);
  });

  it('finds orders written behind the store’s back (the orders table holds more than the digests)', async () => {
    await captureShop();
    const extra = (recordsOf('douyin-orders') as Order[]).slice(0, 3).map((o) => ({ ...o, orderId: `${o.orderId}9`, firstSeenAt: AT }));
    await db.orders.bulkPut(extra);
    const reopened = new ShopLensDatabase(db.name);
    await ingestCapture(reopened, capture('douyin', 'orders', recordsOf('douyin-orders').slice(0, 5)), { at: AT + 1000 });
    expect(await derivedTables(reopened)).toEqual(await rebuilt(reopened));
    expect((await readStoreNotices(reopened)).heal?.problems).toContainEqual(expect.objectContaining({ kind: 'orders' }));
    reopened.close();
  });

  it('checks the tables in memory after each flush: digests lost by a faulty upkeep are found and rebuilt', async () => {
    await captureShop();
    // Upkeep that forgets the digests of one capture: the tables in memory no longer agree with themselves.
    const apply = vi.spyOn(ShardedAggregates.prototype, 'applyDigests').mockImplementationOnce(() => undefined);
    const more = (recordsOf('pdd-orders') as Order[]).slice(0, 4).map((o) => ({ ...o, orderId: `${o.orderId}7` }));
    await ingestCapture(db, capture('pdd', 'orders', more), { at: AT + 1000 });
    apply.mockRestore();
    // Re-captured: without the check these four would now be counted twice.
    await ingestCapture(db, capture('pdd', 'orders', more), { at: AT + 2000 });
    expect(await derivedTables(db)).toEqual(await rebuilt(db));
    expect((await readStoreNotices(db)).heal?.problems).toContainEqual(expect.objectContaining({ kind: 'digests' }));
  });
});
