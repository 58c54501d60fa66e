import { assignSkuCodes } from '../../../../lib/analytics/sku-codes';
import { DEFAULT_SETTINGS } from '../../../../lib/analytics/settings';
import { loadSettings } from '../../../../lib/settings';
import { createOldDatabase, everySkuCoded, expectCapturesContinue, expectDerivedEqualRebuild, expectIntact, loadFixture, openCurrent, recordsOf } from './upgrade';

// Version 1 → 2 (and on to the current version): a database of version 1's four tables as the code of that
// time left it — the orders, products and capture log of the four platforms; no SKU codes (nothing stored them
// yet). Version 2 added the derived tables (dropped again by version 3), the match decisions, the settings and
// an index on the codes' aliases.
it('opens a version-1 database with every record intact, the derived tables equal to a rebuild and every SKU coded', async () => {
  const fixture = loadFixture(1);
  expect(fixture.tables.orders!.length).toBeGreaterThan(150);
  expect(new Set(fixture.tables.orders!.map((o) => o.platform))).toEqual(new Set(['taobao', 'douyin', 'jd', 'pdd']));
  expect(fixture.tables.skuCodes).toEqual([]);
  await createOldDatabase('upgrade-v1', fixture);

  const db = await openCurrent('upgrade-v1');
  await expectIntact(db, fixture, ['orders', 'products', 'captures']);
  expect(db.tables.map((t) => t.name)).not.toContain('customerStats');
  // Version 2's own tables start empty: the default settings apply, no decisions.
  expect(await db.skuMatchDecisions.count()).toBe(0);
  expect(await loadSettings(db)).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
  await expectDerivedEqualRebuild(db, true);
  // Every SKU of the stored orders and products gets its code (else the SKU tab would list them uncoded until
  // each is captured again): the codes a first assignment over the same records gives.
  expect(await everySkuCoded(db)).toBe(true);
  const { orders, products } = recordsOf(fixture);
  const withoutTime = <T extends { assignedAt?: number; code: string }>(codes: T[]) => codes.map(({ assignedAt: _a, ...c }) => c).sort((a, b) => a.code.localeCompare(b.code));
  expect(withoutTime(await db.skuCodes.toArray())).toEqual(withoutTime(assignSkuCodes([], orders, products, DEFAULT_SETTINGS, 0).added));
  await expectCapturesContinue(db);
  await db.delete();
});
