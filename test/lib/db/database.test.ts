import { ShopLensDatabase } from '../../../lib/db';

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
  expect(shape.skuCodes!.indexes).toContain('aliases');
  expect(Object.keys(shape).sort()).toEqual(['captures', 'customerStats', 'dailyStats', 'orders', 'products', 'settings', 'skuCodes', 'skuMatchDecisions', 'skuStats']);
  await db.delete();
});

it('upgrades a version-1 database without losing anything and fills the derived tables', async () => {
  const { Dexie } = await import('dexie');
  const { SCHEMA_V1 } = await import('../../../lib/db');
  const { rebuildAggregates } = await import('../../../lib/analytics/aggregates-rebuild');
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
  expect(db.verno).toBe(2);
  expect(await db.orders.toArray()).toEqual(orders);
  expect(await db.products.count()).toBe(1);
  expect(await db.captures.count()).toBe(1);
  const expected = rebuildAggregates(orders);
  expect(await db.customerStats.toArray()).toEqual([...expected.customers.values()].sort((a, b) => a.id.localeCompare(b.id)));
  expect(await db.dailyStats.count()).toBe(expected.days.size);
  expect(await db.skuStats.count()).toBe(expected.skus.size);
  await db.delete();
});
