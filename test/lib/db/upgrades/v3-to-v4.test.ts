import { CUSTOMER_BUCKETS } from '../../../../lib/analytics/derived';
import { readCounts } from '../../../../lib/db';
import { loadSettings } from '../../../../lib/settings';
import { createOldDatabase, everySkuCoded, expectCapturesContinue, expectDerivedEqualRebuild, expectIntact, loadFixture, openCurrent } from './upgrade';

// Version 3 → 4: a database as version 3's code left it — its shards in format 5 (customers inside the day
// shards, `meta` without counts), codes, settings, decisions. Version 4 has the same tables; its upgrade
// rebuilds the shards from the orders in the current format (customer buckets, counts in `meta`).
it('opens a version-3 database with every record intact, its format-5 shards rebuilt in the current format', async () => {
  const fixture = loadFixture(3);
  const shards = fixture.tables.aggregateShards as { id: string; json: string }[];
  expect(JSON.parse(shards.find((r) => r.id === 'meta')!.json)).toEqual({ format: 5, watermark: 12 });
  expect(shards.some((r) => r.id.startsWith('cus/'))).toBe(false);
  await createOldDatabase('upgrade-v3', fixture);

  const db = await openCurrent('upgrade-v3');
  await expectIntact(db, fixture, ['orders', 'products', 'captures', 'skuCodes', 'skuMatchDecisions', 'settings']);
  expect((await loadSettings(db)).settings.sku.matchThreshold).toBe(0.7);
  await expectDerivedEqualRebuild(db, true);
  expect(await db.aggregateShards.where('id').startsWith('cus/').count()).toBeLessThanOrEqual(CUSTOMER_BUCKETS);
  // The 采集 tab's counts come from `meta` and match the tables.
  const counts = await readCounts(db);
  for (const p of ['taobao', 'douyin', 'jd', 'pdd'] as const) {
    expect(counts.orders[p]).toBe(await db.orders.where('platform').equals(p).count());
    expect(counts.products[p]).toBe(await db.products.where('platform').equals(p).count());
  }
  expect(await everySkuCoded(db)).toBe(true);
  await expectCapturesContinue(db);
  await db.delete();
});
