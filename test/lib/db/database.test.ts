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
  expect(shape.skuCodes!.indexes).not.toContain('aliases');
  expect(Object.keys(shape).sort()).toEqual(['aggregateShards', 'captures', 'orders', 'products', 'settings', 'skuCodes', 'skuMatchDecisions']);
  await db.delete();
});

// The upgrades from each earlier version are tested in test/lib/db/upgrades/ (one file per version step, over a
// database written by that version's code), and schema-versions.test.ts pins every version's stores.
