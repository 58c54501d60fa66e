import { ShopLensDatabase } from '../../../lib/db';
import { CUSTOMER_BUCKETS } from '../../../lib/analytics/derived';

// The table names, keys and indexes are a public contract (README "Data model"): pin them.
it('opens `shoplens` with the contracted tables, keys and indexes', async () => {
  const db = new ShopLensDatabase();
  await db.open();
  const shape = Object.fromEntries(
    db.tables.map((t) => [t.name, { key: t.schema.primKey.keyPath, indexes: t.schema.indexes.map((i) => i.keyPath) }]),
  );
  expect(db.name).toBe('shoplens');
  expect(shape.orders).toEqual({ key: ['platform', 'orderId'], indexes: expect.arrayContaining(['platform', 'placedAt']) });
  expect(shape.products).toEqual({ key: ['platform', 'productId', 'skuId'], indexes: expect.arrayContaining(['platform', 'outerId']) });
  expect(shape.skuCodes).toEqual({ key: 'code', indexes: expect.arrayContaining([['platform', 'productId', 'skuId'], 'outerId']) });
  expect(shape.captures!.key).toBe('id');
  expect(shape.skuCodes!.indexes).not.toContain('aliases');
  expect(Object.keys(shape).sort()).toEqual(['aggregateShards', 'captures', 'orders', 'products', 'settings', 'skuCodes', 'skuMatchDecisions']);
  await db.delete();
});

it('upgrades a version-1 database without losing anything and fills the derived tables', async () => {
  const { Dexie } = await import('dexie');
  const { SCHEMA_V1, readDerived } = await import('../../../lib/db');
  const { SHARD_FORMAT } = await import('../../../lib/analytics/derived');
  const { rebuildAggregates } = await import('../../../lib/analytics/derived');
  const { order, product } = await import('../../support/records');
  const name = 'upgrade-test';
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  const orders = [
    order(),
    order({ orderId: '4012345678901234568', buyer: '阿狸的夏天', status: 'completed' }),
    order({ orderId: '4012345678901234569', status: 'refunded', statusText: '交易关闭 退款成功' }),
  ];
  await v1.table('orders').bulkPut(orders);
  await v1.table('products').put(product());
  await v1.table('captures').add({ platform: 'taobao', kind: 'orders', url: 'https://x/', at: 1, read: 3, saved: 3, added: 3, rejected: 0, rejectedRows: [] });
  v1.close();

  const db = new ShopLensDatabase(name);
  await db.open();
  expect(db.verno).toBe(4);
  expect(await db.orders.toArray()).toEqual(orders);
  expect(await db.products.count()).toBe(1);
  expect(await db.captures.count()).toBe(1);
  const expected = rebuildAggregates(orders);
  const derived = await readDerived(db);
  const byId = <T extends { id: string }>(rows: Iterable<T>) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(derived.customers)).toEqual(byId(expected.customers.values()));
  expect(byId(derived.days)).toEqual(byId(expected.days.values()));
  expect(byId(derived.skus)).toEqual(byId(expected.skus.values()));
  // The shards say they include the one capture, so the background trusts them without a rebuild.
  const meta = JSON.parse((await db.aggregateShards.get('meta'))!.json);
  expect(meta).toEqual({
    format: SHARD_FORMAT,
    watermark: 1,
    counts: { orders: { taobao: { unpaid: 0, paid: 1, shipped: 0, completed: 1, closed: 0, refunding: 0, refunded: 1 } }, products: { taobao: 1, douyin: 0, jd: 0, pdd: 0 } },
  });
  await db.delete();
});

it('upgrades a version-3 database: its day shards (customers inside) become the current format with customer buckets and counts', async () => {
  const { Dexie } = await import('dexie');
  const { SCHEMA_V3, readCounts, readDerived } = await import('../../../lib/db');
  const { rebuildAggregates } = await import('../../../lib/analytics/derived');
  const { demoOrders } = await import('../../support/orders');
  const { product } = await import('../../support/records');
  const name = 'upgrade-v3-test';
  const orders = demoOrders();
  const first = orders[0]!;
  // What version 3 stored: format-5 day shards carrying each day's customer orders (`c`), meta without counts.
  const v3 = new Dexie(name);
  v3.version(3).stores(SCHEMA_V3);
  await v3.table('orders').bulkPut(orders);
  await v3.table('products').bulkPut([product(), product({ skuId: '5001' }), product({ platform: 'jd', productId: '77' })]);
  await v3.table('captures').add({ platform: 'taobao', kind: 'orders', url: 'https://x/', at: 1, read: 1, saved: 1, added: 1, rejected: 0, rejectedRows: [] });
  await v3.table('aggregateShards').bulkPut([
    { id: 'day/2025-04-03/taobao', json: JSON.stringify({ d: [], c: [`taobao|${first.buyer}`, first.placedAt, first.paidFen], s: [] }) },
    { id: 'meta', json: JSON.stringify({ format: 5, watermark: 1 }) },
  ]);
  v3.close();

  const db = new ShopLensDatabase(name);
  await db.open();
  expect(db.verno).toBe(4);
  expect(await db.orders.count()).toBe(orders.length);
  const expected = rebuildAggregates(orders);
  const byId = <T extends { id: string }>(rows: Iterable<T>) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  const derived = await readDerived(db);
  expect(byId(derived.customers)).toEqual(byId(expected.customers.values()));
  expect(byId(derived.days)).toEqual(byId(expected.days.values()));
  expect((await db.aggregateShards.where('id').startsWith('cus/').count())).toBe(CUSTOMER_BUCKETS);
  const counts = await readCounts(db);
  expect(counts.byStatus).toBeDefined();
  for (const p of ['taobao', 'douyin', 'jd', 'pdd'] as const) expect(counts.orders[p]).toBe(orders.filter((o) => o.platform === p).length);
  expect(counts.products).toEqual({ taobao: 2, douyin: 0, jd: 1, pdd: 0 });
  await db.delete();
});
