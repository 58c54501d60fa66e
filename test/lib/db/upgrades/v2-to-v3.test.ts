import { rebuildAggregates } from '../../../../lib/analytics/derived';
import { loadSettings } from '../../../../lib/settings';
import { createOldDatabase, everySkuCoded, expectCapturesContinue, expectDerivedEqualRebuild, expectIntact, loadFixture, openCurrent, recordsOf } from './upgrade';

// Version 2 → 3 (and on): a database as version 2's code left it — orders, products, captures, the SKU codes
// with their aliases, a row per customer, day and SKU in customerStats/dailyStats/skuStats (kept at ingest),
// the seller's settings and two match decisions. Version 3 dropped the three derived tables for the shards and
// the aliases index (the aliases stay in each code).
it('opens a version-2 database with every record intact, its per-row derived tables replaced by shards equal to a rebuild', async () => {
  const fixture = loadFixture(2);
  const { orders } = recordsOf(fixture);
  // The fixture holds version 2's derived rows: one per customer, per day and platform, per SKU.
  const rebuilt = rebuildAggregates(orders);
  expect(fixture.tables.customerStats!.length).toBe(rebuilt.customers.size);
  expect(fixture.tables.dailyStats!.length).toBe(rebuilt.days.size);
  expect(fixture.tables.skuStats!.length).toBe(rebuilt.skus.size);
  expect(fixture.tables.skuCodes!.length).toBeGreaterThan(50);
  await createOldDatabase('upgrade-v2', fixture);

  const db = await openCurrent('upgrade-v2');
  await expectIntact(db, fixture, ['orders', 'products', 'captures', 'skuCodes', 'skuMatchDecisions', 'settings']);
  for (const gone of ['customerStats', 'dailyStats', 'skuStats']) expect(db.tables.map((t) => t.name)).not.toContain(gone);
  expect(db.skuCodes.schema.indexes.map((i) => i.name)).not.toContain('aliases');
  // The settings version 2 stored still validate: the seller's changes are kept.
  const { settings, errors } = await loadSettings(db);
  expect(errors).toEqual([]);
  expect(settings.stock.leadTimeDays).toBe(12);
  expect(settings.rfm.vipRecencyDays).toBe(45);
  await expectDerivedEqualRebuild(db, true);
  expect(await everySkuCoded(db)).toBe(true);
  await expectCapturesContinue(db);
  await db.delete();
});
