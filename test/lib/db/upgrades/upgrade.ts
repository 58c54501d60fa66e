import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Dexie } from 'dexie';
import { ShopLensDatabase, readDerived } from '../../../../lib/db';
import { SHARD_FORMAT, ShardedAggregates, digestsOf, orderDigest, orderKeyOf, rebuildAggregates, type ShardMeta } from '../../../../lib/analytics/derived';
import { KnownSkus, collectObservations } from '../../../../lib/analytics/sku-codes';
import { aggregateStore } from '../../../../lib/ingest/aggregate-store';
import type { Order, Product } from '../../../../lib/domain';
import snapshot from '../schema-versions.json';
import type { DeclaredVersion, SchemaSnapshot } from '../schema-check';

/**
 * The shared steps of the upgrade tests (one file per Dexie version step, `vN-to-vM.test.ts`): a database as
 * version N's code left it — `fixtures/vN.json`, a dump of every table written by the code of the commit named
 * in the file (demo captures of all four platforms through that version's ingest, a re-capture with status
 * changes, a rejected row, settings and match decisions where the version had them: freeze.ts) — is created
 * with version N's stores only (from schema-versions.json), closed, and opened with the current
 * ShopLensDatabase, which runs every upgrade after N.
 */

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** Every table of a database, as dumped by freeze.ts. */
export interface Fixture {
  version: number;
  /** The commit whose code wrote the data. */
  commit: string;
  tables: Record<string, Record<string, unknown>[]>;
}

export function loadFixture(version: number): Fixture {
  return JSON.parse(readFileSync(join(HERE, 'fixtures', `v${version}.json`), 'utf8')) as Fixture;
}

/** The stores of versions 1 to `version`, as snapshotted (what that version's code declared). */
export function storesUpTo(version: number): DeclaredVersion[] {
  return (snapshot as SchemaSnapshot).versions.filter((v) => v.version <= version);
}

/** Creates `name` with version `fixture.version`'s schema only (no later version, no upgrade code) holding the fixture's rows. */
export async function createOldDatabase(name: string, fixture: Fixture): Promise<void> {
  const old = new Dexie(name);
  for (const v of storesUpTo(fixture.version)) old.version(v.version).stores(v.stores);
  await old.open();
  expect(old.verno).toBe(fixture.version);
  expect(old.tables.map((t) => t.name).sort()).toEqual(Object.keys(fixture.tables).sort());
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

/** Opens `name` with the current code (running the upgrades). */
export async function openCurrent(name: string): Promise<ShopLensDatabase> {
  const db = new ShopLensDatabase(name);
  await db.open();
  expect(db.verno).toBe(snapshot.versions.at(-1)!.version);
  return db;
}

/** Sorted by the JSON of the primary key, so two listings of a table compare whatever their order. */
function byKey(rows: readonly Record<string, unknown>[], key: (row: Record<string, unknown>) => unknown): Record<string, unknown>[] {
  return [...rows].sort((a, b) => (JSON.stringify(key(a)) < JSON.stringify(key(b)) ? -1 : 1));
}

/** Asserts that each named table holds exactly the fixture's rows: every record, every field, nothing more. */
export async function expectIntact(db: ShopLensDatabase, fixture: Fixture, tables: readonly string[]): Promise<void> {
  for (const name of tables) {
    const table = db.table(name);
    const keyPath = table.schema.primKey.keyPath!;
    const key = (row: Record<string, unknown>) => (Array.isArray(keyPath) ? keyPath.map((k) => row[k]) : row[keyPath]);
    const stored = (await table.toArray()) as Record<string, unknown>[];
    expect(stored.length, `${name}: rows after the upgrade`).toBe(fixture.tables[name]!.length);
    expect(byKey(stored, key), `${name}: records after the upgrade`).toEqual(byKey(fixture.tables[name]!, key));
  }
}

/**
 * Asserts that the derived tables equal a rebuild from the stored orders: `meta` of the current format,
 * vouching for the last capture, with the orders per platform and status and the product rows per platform;
 * loaded the way the background does (AggregateStore: trusted, not rebuilt, when they vouch for the last
 * capture) they hold each stored order's digest and no other; read the way the side panel does (readDerived)
 * every customer, day and SKU row equals the rebuild's. `exact`: right after an upgrade, which is a rebuild,
 * every shard row (day, digest, SKU list, customer bucket) is byte for byte what a fresh rebuild writes.
 */
export async function expectDerivedEqualRebuild(db: ShopLensDatabase, exact = false): Promise<void> {
  const orders = await db.orders.toArray();
  const products = await db.products.toArray();
  const rebuilt = rebuildAggregates(orders);
  const stored = await db.aggregateShards.toArray();
  const storedById = new Map(stored.map((r) => [r.id, r.json]));
  if (exact) {
    const expectedRows = ShardedAggregates.fromAggregates(rebuilt, digestsOf(orders)).takeDirty();
    expect(stored.filter((r) => r.id !== 'meta').map((r) => r.id).sort(), 'shard ids').toEqual(expectedRows.map((r) => r.id).sort());
    for (const row of expectedRows) expect(storedById.get(row.id), `shard ${row.id}`).toBe(row.json);
  }

  const lastCapture = ((await db.captures.orderBy('id').lastKey()) as number | undefined) ?? 0;
  const meta = JSON.parse(storedById.get('meta')!) as ShardMeta;
  const tally = (platform: string) =>
    Object.fromEntries(['unpaid', 'paid', 'shipped', 'completed', 'closed', 'refunding', 'refunded'].map((s) => [s, orders.filter((o) => o.platform === platform && o.status === s).length]));
  const platforms = [...new Set(orders.map((o) => o.platform))];
  expect(meta.format).toBe(SHARD_FORMAT);
  expect(meta.watermark).toBe(lastCapture);
  expect(meta.counts!.orders).toEqual(Object.fromEntries(platforms.map((p) => [p, tally(p)])));
  expect(meta.counts!.products).toEqual(Object.fromEntries(['taobao', 'douyin', 'jd', 'pdd'].map((p) => [p, products.filter((r) => r.platform === p).length])));

  const state = await aggregateStore(db).state();
  expect(state.flushed, 'the background trusts the upgraded shards (no second rebuild)').toBe(lastCapture);
  expect(state.problems, 'the consistency check on load finds nothing to heal').toEqual([]);
  expect(state.sharded.orderCount).toBe(orders.length);
  for (const o of orders) if (state.sharded.digest(orderKeyOf(o)) !== orderDigest(o)) expect.fail(`digest of ${orderKeyOf(o)}`);
  expect(state.sharded.orderTallies()).toEqual(meta.counts!.orders);
  const byId = <T extends { id: string }>(rows: Iterable<T>) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  const derived = await readDerived(db);
  expect(byId(derived.customers)).toEqual(byId(rebuilt.customers.values()));
  expect(byId(derived.days)).toEqual(byId(rebuilt.days.values()));
  expect(byId(derived.skus)).toEqual(byId(rebuilt.skus.values()));
}

/** Whether every SKU the stored orders and products show has its unified code. */
export async function everySkuCoded(db: ShopLensDatabase): Promise<boolean> {
  const [orders, products, codes] = await Promise.all([db.orders.toArray(), db.products.toArray(), db.skuCodes.toArray()]);
  return new KnownSkus(codes).allKnown(collectObservations(orders, products));
}

/** The fixture's orders and products, typed. */
export function recordsOf(fixture: Fixture): { orders: Order[]; products: Product[] } {
  return { orders: fixture.tables.orders as unknown as Order[], products: fixture.tables.products as unknown as Product[] };
}

/**
 * After the upgrade, the background keeps working on the upgraded database: a capture that re-reads a list
 * page — one order moved on (paid → shipped, or into a refund), one new order — goes through ingest
 * and the AggregateStore's flush; the order is updated, not duplicated, and the derived tables still equal a
 * rebuild; a new SKU on the new order gets its code.
 */
export async function expectCapturesContinue(db: ShopLensDatabase): Promise<void> {
  const { ingestCapture } = await import('../../../../lib/ingest/ingest');
  const before = await db.orders.where('platform').equals('jd').toArray();
  const moved = before.find((o) => o.status === 'paid') ?? before[0]!;
  const changed: Order = moved.status === 'paid' ? { ...moved, status: 'shipped', statusText: '等待确认收货' } : { ...moved, status: 'refunding', statusText: '退款中' };
  const fresh: Order = {
    ...before[1]!,
    orderId: '9990001112223',
    buyer: 'jd_升级后新客',
    placedAt: Math.max(...before.map((o) => o.placedAt)) + 3_600_000,
    status: 'paid',
    statusText: '等待出库',
    paidFen: 25_900,
    items: [{ title: '升级后上架的新款保温杯 500ml', spec: '颜色:雾蓝', productId: '100099887766', skuId: '100099887767', outerId: 'BWB-500-BL', quantity: 1, priceFen: 25_900 }],
  };
  const url = before[0]!.url;
  // A later visit than any capture in the log (the newer capture's fields win).
  const at = Math.max(...(await db.captures.toArray()).map((c) => c.at)) + 86_400_000;
  const records = [changed, fresh, ...before.slice(2, 6)].map(({ firstSeenAt: _f, ...o }) => ({ ...o, capturedAt: at }));
  await ingestCapture(db, { type: 'shoplens/capture-from-content', platform: 'jd', kind: 'orders', url, read: records.length, records, rejected: [] }, { at });
  expect(await db.orders.where('platform').equals('jd').count()).toBe(before.length + 1);
  expect(await db.orders.get(['jd', changed.orderId])).toMatchObject({ status: changed.status, statusText: changed.statusText });
  await expectDerivedEqualRebuild(db);
  expect(await everySkuCoded(db)).toBe(true);
  expect(await db.skuCodes.where('[platform+productId+skuId]').equals(['jd', '100099887766', '100099887767']).count()).toBe(1);
}
