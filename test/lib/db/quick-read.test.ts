import { SHARD_FORMAT } from '../../../lib/analytics/derived';
import { DEFAULT_SETTINGS } from '../../../lib/analytics/settings';
import { ShopLensDatabase, readCounts } from '../../../lib/db';
import { QUICK_SHARD_FORMAT, quickPopupRead, type QuickPage } from '../../../lib/db/quick-read';
import { refreshUrgent } from '../../../lib/db/urgent';
import { URGENT_ID, asStoredUrgent, readUrgent } from '../../../lib/db/urgent-row';
import { aggregateStore } from '../../../lib/ingest/aggregate-store';
import { DEMO_NOW } from '../../fixtures/data/shop';
import { DEMO_PAGES } from '../../fixtures/pages';
import { captureDemoShop, captureRecords, demoRecordsOf } from '../../support/demo-db';

// The popup's first draw reads raw IndexedDB (lib/db/quick-read.ts) instead of Dexie: it must give what the
// Dexie reads give (readCounts, readUrgent, the page's latest capture), create no database by looking, and say
// "fallback" wherever readCounts would have to count rows.

let n = 0;
const names: string[] = [];
const newDb = () => {
  const db = new ShopLensDatabase(`quick-read-${n++}`);
  names.push(db.name);
  return db;
};
afterAll(async () => {
  for (const name of names) await new ShopLensDatabase(name).delete();
});

const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name);
const TAOBAO_ORDERS = DEMO_PAGES.find((p) => p.platform === 'taobao' && p.kind === 'orders')!;

it('keeps the shards format of lib/analytics/derived (a copy, so the popup does not load the shards code)', () => {
  expect(QUICK_SHARD_FORMAT).toBe(SHARD_FORMAT);
});

it('answers "absent" for a database that does not exist, and does not create it', async () => {
  const name = `quick-read-absent-${n++}`;
  expect(await quickPopupRead(undefined, indexedDB, name)).toEqual({ kind: 'absent' });
  expect(await databaseNames()).not.toContain(name);
  // A Dexie database opened afterwards is created at its own version, as before.
  const db = new ShopLensDatabase(name);
  names.push(name);
  await db.open();
  expect(db.verno).toBeGreaterThan(1);
  db.close();
});

describe('over the demo shop', () => {
  let db: ShopLensDatabase;
  beforeAll(async () => {
    db = newDb();
    await captureDemoShop(db, DEMO_NOW);
    await refreshUrgent(db, DEMO_NOW, DEFAULT_SETTINGS);
    await aggregateStore(db).flush();
    // One capture after the last flush: its added rows come from the capture log, not from `meta`.
    await captureRecords(db, 'taobao', 'orders', demoRecordsOf(TAOBAO_ORDERS.name).slice(0, 5), DEMO_NOW + 60_000);
  });
  afterAll(() => db.close());

  it('gives readCounts, readUrgent and the last capture id, from the meta row and the captures since', async () => {
    const read = await quickPopupRead(undefined, indexedDB, db.name);
    if (read.kind !== 'read') throw new Error(`expected a read, got ${JSON.stringify(read)}`);
    expect(read.counts).toEqual(await readCounts(db));
    expect(read.counts.orders.taobao).toBeGreaterThan(0);
    expect(read.urgent).toEqual(await readUrgent(db));
    expect(read.urgent?.list.items.length).toBeGreaterThan(0);
    expect(read.lastCapture).toBe(await db.captures.orderBy('id').lastKey());
    expect(read.settings).toBeUndefined();
    expect(read.latest).toBeUndefined();
  });

  it("finds the page's latest capture by tab, else by URL, as the live read does", async () => {
    const url = TAOBAO_ORDERS.urls[0]!;
    const captures = await db.captures.where('platform').equals('taobao').toArray();
    const newest = captures.filter((c) => c.url === url).at(-1)!;
    const page: QuickPage = { platform: 'taobao', tabId: 99, url };
    const read = await quickPopupRead(page, indexedDB, db.name);
    expect(read.kind === 'read' && read.latest).toEqual(newest);
    // A tab id some capture carries wins over the URL.
    const tagged = captures[0]!;
    await db.captures.update(tagged.id!, { tabId: 5 });
    const byTab = await quickPopupRead({ ...page, tabId: 5, url: 'https://elsewhere.example/' }, indexedDB, db.name);
    expect(byTab.kind === 'read' && byTab.latest?.id).toBe(tagged.id);
    const none = await quickPopupRead({ platform: 'pdd', tabId: 5, url: 'https://elsewhere.example/' }, indexedDB, db.name);
    expect(none.kind === 'read' && none.latest).toBeUndefined();
  });

  it('hands the stored settings row over unvalidated', async () => {
    await db.settings.put({ id: 'analytics', value: { ...DEFAULT_SETTINGS, leadTimeDays: 9 } });
    const read = await quickPopupRead(undefined, indexedDB, db.name);
    expect(read.kind === 'read' && read.settings).toEqual({ value: { ...DEFAULT_SETTINGS, leadTimeDays: 9 } });
    await db.settings.delete('analytics');
  });

  it('leaves the database usable by Dexie (its connection closed, nothing blocked)', async () => {
    await quickPopupRead(undefined, indexedDB, db.name);
    const other = new ShopLensDatabase(db.name);
    await other.open();
    expect(await other.captures.count()).toBe(await db.captures.count());
    other.close();
  });
});

describe('counts the rows, as readCounts does, where the kept counts cannot be trusted', () => {
  async function shop() {
    const db = newDb();
    await captureRecords(db, 'jd', 'orders', demoRecordsOf(DEMO_PAGES.find((p) => p.platform === 'jd' && p.kind === 'orders')!.name), DEMO_NOW);
    await captureRecords(db, 'pdd', 'products', demoRecordsOf(DEMO_PAGES.find((p) => p.platform === 'pdd' && p.kind === 'products')!.name), DEMO_NOW);
    await aggregateStore(db).flush();
    return db;
  }
  const metaJson = async (db: ShopLensDatabase) => JSON.parse((await db.aggregateShards.get('meta'))!.json) as Record<string, unknown>;
  async function expectCounted(db: ShopLensDatabase) {
    const read = await quickPopupRead(undefined, indexedDB, db.name);
    if (read.kind !== 'read') throw new Error(`expected a read, got ${JSON.stringify(read)}`);
    const counts = await readCounts(db);
    expect(counts.byStatus).toBeUndefined(); // readCounts counted too
    expect(read.counts).toEqual(counts);
    expect(read.counts.orders.jd).toBeGreaterThan(0);
    expect(read.counts.products.pdd).toBeGreaterThan(0);
  }

  it('with no meta row', async () => {
    const db = await shop();
    await db.aggregateShards.delete('meta');
    await expectCounted(db);
    db.close();
  });

  it('with a meta row of another format, without counts, or not JSON', async () => {
    const db = await shop();
    const meta = await metaJson(db);
    for (const json of [JSON.stringify({ ...meta, format: SHARD_FORMAT - 1 }), JSON.stringify({ ...meta, counts: undefined }), '{"format":', JSON.stringify({ ...meta, counts: { orders: 3 } })]) {
      await db.aggregateShards.put({ id: 'meta', json });
      await expectCounted(db);
    }
    db.close();
  });

  it('with the capture log behind the counts (cleared)', async () => {
    const db = await shop();
    await db.captures.clear();
    await expectCounted(db);
    db.close();
  });

  it('on an empty database (created, never flushed): zero everywhere', async () => {
    const db = newDb();
    await db.open();
    const read = await quickPopupRead(undefined, indexedDB, db.name);
    expect(read).toEqual({ kind: 'read', counts: await readCounts(db), urgent: undefined, lastCapture: 0, settings: undefined, latest: undefined });
    db.close();
  });

  it('falls back to Dexie on a database from before the derived tables (version 1: no aggregateShards)', async () => {
    const name = `quick-read-v1-${n++}`;
    names.push(name);
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => {
        for (const s of ['orders', 'products', 'captures', 'settings']) open.result.createObjectStore(s);
      };
      open.onsuccess = () => (open.result.close(), resolve());
      open.onerror = () => reject(open.error);
    });
    expect(await quickPopupRead(undefined, indexedDB, name)).toEqual({ kind: 'fallback', reason: 'an older database' });
  });
});

describe('the stored urgent row', () => {
  let stored: unknown;
  beforeAll(async () => {
    const db = newDb();
    await captureDemoShop(db, DEMO_NOW);
    stored = (await refreshUrgent(db, DEMO_NOW, DEFAULT_SETTINGS)) as unknown;
    db.close();
  });

  it('is taken when it has the shape the popup draws', () => {
    expect(asStoredUrgent(stored)).toBe(stored);
    expect(asStoredUrgent(structuredClone(stored))).toEqual(stored);
  });

  it('is refused (undefined, as none) when it is not one', () => {
    const s = stored as { list: { items: Record<string, unknown>[]; counts: Record<string, unknown> } } & Record<string, unknown>;
    const item = s.list.items[0]!;
    const bad: unknown[] = [
      undefined,
      null,
      'urgent',
      [],
      { ...s, at: '2025-11-21' },
      { ...s, lastCapture: undefined },
      { ...s, settingsKey: 3 },
      { ...s, customers: undefined },
      { ...s, list: undefined },
      { ...s, list: { ...s.list, items: 'none' } },
      { ...s, list: { ...s.list, counts: undefined } },
      { ...s, list: { ...s.list, counts: { ...s.list.counts, reorder: '2' } } },
      { ...s, list: { ...s.list, items: [{ ...item, reason: 'restock' }] } },
      { ...s, list: { ...s.list, items: [{ ...item, reason: { zh: '补货' } }] } },
      { ...s, list: { ...s.list, items: [{ ...item, daysLeft: null }] } },
      { ...s, list: { ...s.list, items: [null] } },
    ];
    for (const value of bad) expect(asStoredUrgent(value)).toBeUndefined();
  });

  it('read raw by the quick read, refused the same way', async () => {
    const db = newDb();
    await captureRecords(db, 'jd', 'orders', demoRecordsOf(DEMO_PAGES.find((p) => p.platform === 'jd' && p.kind === 'orders')!.name), DEMO_NOW);
    await aggregateStore(db).flush();
    await db.settings.put({ id: URGENT_ID, value: { ...(stored as object), list: { items: [{ kind: 'reorder' }], counts: {} } } });
    const read = await quickPopupRead(undefined, indexedDB, db.name);
    expect(read.kind).toBe('read');
    expect(read.kind === 'read' && read.urgent).toBeUndefined();
    expect(await readUrgent(db)).toBeUndefined();
    await db.settings.put({ id: URGENT_ID, value: stored });
    const again = await quickPopupRead(undefined, indexedDB, db.name);
    expect(again.kind === 'read' && again.urgent).toEqual(stored);
    db.close();
  });
});
