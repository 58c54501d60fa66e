import { ShopLensDatabase, saveMatchDecision } from '../../../lib/db';
import {
  applyRetention,
  countRetention,
  deleteEverything,
  deletePlatform,
  ensurePrivacy,
  forgetBuyer,
  forgottenKeys,
  hashBuyer,
  loadPrivacy,
  searchBuyers,
  setRetention,
} from '../../../lib/db/privacy';
import { URGENT_ID } from '../../../lib/db/urgent-row';
import { PLATFORM_IDS, type Order } from '../../../lib/domain';
import { ingestCapture } from '../../../lib/ingest/ingest';
import { storeImport } from '../../../lib/ingest/import';
import { anonymousKey, retentionCutoff } from '../../../lib/privacy';
import { captureDemoShop, captureRecords } from '../../support/demo-db';
import { backgroundRebuild, rebuiltDerived, storedDerived, tablesOf } from '../../support/data-checks';

// The privacy controls (issue 13 point 5) on the demo shop captured through ingest: each operation changes
// exactly what it says, and after the background is told (reset + rebuild) the derived tables equal a rebuild.

// Whole demo shops captured through ingest in fake-indexeddb: seconds each, more on a loaded machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
const AT = Date.UTC(2025, 7, 1, 2);
const DAY = 86_400_000;
let db: ShopLensDatabase;
let n = 0;
beforeEach(async () => {
  db = new ShopLensDatabase(`privacy-test-${n++}`);
  await captureDemoShop(db, AT);
  await backgroundRebuild(db);
});
afterEach(() => db.delete());

/** After a capture (ingest keeps the shards): they equal a rebuild without being told. */
async function derivedRight2(): Promise<void> {
  expect(await storedDerived(db)).toEqual(await rebuiltDerived(db));
}

async function derivedRight(): Promise<void> {
  expect(await db.aggregateShards.count()).toBe(0); // emptied with the change: no stale figure in between
  await backgroundRebuild(db);
  expect(await storedDerived(db)).toEqual(await rebuiltDerived(db));
}

it('delete everything empties every table, settings included', async () => {
  await ensurePrivacy(db);
  await db.settings.put({ id: URGENT_ID, value: { at: AT } });
  await deleteEverything(db);
  const tables = await tablesOf(db);
  for (const rows of Object.values(tables)) expect(rows).toEqual([]);
  expect(await db.aggregateShards.count()).toBe(0);
  await backgroundRebuild(db);
  expect(await storedDerived(db)).toEqual({ customers: [], days: [], skus: [] });
});

it("delete one platform: its orders, products, codes, captures and the match decisions naming its SKUs; the others' untouched", async () => {
  const before = await tablesOf(db);
  const codes = before.skuCodes;
  const tb = codes.find((c) => c.platform === 'taobao')!;
  const dy = codes.find((c) => c.platform === 'douyin')!;
  const jd = codes.find((c) => c.platform === 'jd')!;
  await saveMatchDecision(db, { a: tb.key, b: dy.key, decision: 'confirmed', decidedAt: AT });
  await saveMatchDecision(db, { a: jd.key, b: dy.key, decision: 'rejected', decidedAt: AT });
  const result = await deletePlatform(db, 'taobao');
  const after = await tablesOf(db);
  const not = <T extends { platform: string }>(rows: T[]) => rows.filter((r) => r.platform !== 'taobao');
  expect(result.orders).toBe(before.orders.length - not(before.orders).length);
  expect(result.orders).toBeGreaterThan(10);
  expect(after.orders).toEqual(not(before.orders));
  expect(after.products).toEqual(not(before.products));
  expect(after.skuCodes).toEqual(not(before.skuCodes));
  expect(after.captures).toEqual(not(before.captures));
  expect(after.skuMatchDecisions.map((d) => d.decision)).toEqual(['rejected']);
  expect(result.skuMatchDecisions).toBe(1);
  await derivedRight();
  expect((await storedDerived(db)).customers.some((c) => c.platform === 'taobao')).toBe(false);
  // The remaining codes are the same ones (nothing recoded) and the next capture codes normally.
  expect(await db.skuCodes.orderBy('code').toArray()).toEqual(not(before.skuCodes));
});

it('forget one buyer: orders kept under a stable anonymous key, tiers recomputed, later captures anonymised too', async () => {
  const orders = await db.orders.toArray();
  // A buyer with several orders on one platform.
  const counts = new Map<string, Order[]>();
  for (const o of orders) counts.set(`${o.platform}|${o.buyer}`, [...(counts.get(`${o.platform}|${o.buyer}`) ?? []), o]);
  const [, theirs] = [...counts].sort((a, b) => b[1].length - a[1].length)[0]!;
  const { platform, buyer } = theirs[0]!;
  expect(theirs.length).toBeGreaterThan(1);

  const found = await searchBuyers(db, buyer.slice(1, 4).toUpperCase());
  expect(found).toContainEqual({ platform, buyer, orders: theirs.length });

  const tierRow = (await storedDerived(db)).customers.find((c) => c.platform === platform && c.buyer === buyer)!;
  expect(tierRow.orderCount).toBeGreaterThan(1);
  const { key, orders: changed } = await forgetBuyer(db, platform, buyer);
  expect(changed).toBe(theirs.length);
  expect(key).toMatch(/^匿名-[0-9a-f]{10}$/);
  const privacy = (await loadPrivacy(db))!;
  expect(key).toBe(anonymousKey(await hashBuyer(privacy.salt, platform, buyer)));
  // The forgotten list holds the salted hash, never the name.
  expect(privacy.forgotten).toHaveLength(1);
  expect(JSON.stringify(await db.settings.toArray())).not.toContain(buyer);
  const after = await db.orders.toArray();
  expect(after.filter((o) => o.platform === platform && o.buyer === buyer)).toEqual([]);
  expect(after.filter((o) => o.buyer === key).map((o) => o.orderId).sort()).toEqual(theirs.map((o) => o.orderId).sort());
  expect(after.length).toBe(orders.length);
  expect(await searchBuyers(db, buyer)).not.toContainEqual(expect.objectContaining({ platform, buyer }));
  await derivedRight();
  const customers = (await storedDerived(db)).customers;
  // The same customer figures, under the key.
  expect(customers.find((c) => c.buyer === key)).toEqual({ ...tierRow, id: `${platform}|${key}`, buyer: key, masked: false });
  expect(customers.some((c) => c.platform === platform && c.buyer === buyer)).toBe(false);

  // Forgetting again changes nothing; the key is stable.
  expect(await forgetBuyer(db, platform, buyer)).toEqual({ key, orders: 0 });
  // A later capture of the same buyer is matched by the hash (the ingest path anonymises it).
  expect(await forgottenKeys(db, platform, [buyer, 'someone else'])).toEqual(new Map([[buyer, key]]));
  expect((await forgottenKeys(db, platform === 'jd' ? 'pdd' : 'jd', [buyer])).size).toBe(0);
  // Captured again (one known order, one new): stored under the key, the name nowhere.
  const again = [{ ...theirs[0]! }, { ...theirs[0]!, orderId: '88800000001', placedAt: AT - DAY }];
  await captureRecords(db, platform, 'orders', again, AT + DAY);
  const stored = await db.orders.toArray();
  expect(stored.filter((o) => o.buyer === key)).toHaveLength(theirs.length + 1);
  expect(stored.some((o) => o.platform === platform && o.buyer === buyer)).toBe(false);
  await derivedRight2();
  // Imported from an export file: the same.
  const file = [{ ...theirs[0]!, orderId: '88800000002', capturedAt: AT + DAY }];
  await storeImport(db, file, { at: AT + 2 * DAY, parts: [{ platform, files: ['export.csv'], read: 1, rejected: 0, rejectedRows: [] }] });
  expect((await db.orders.get([platform, '88800000002']))?.buyer).toBe(key);
  await derivedRight2();
});

it('forget one buyer scrubs the name from the capture log (rejected rows, drift sample)', async () => {
  const buyer = 'tb_小鹿乱撞';
  await ingestCapture(
    db,
    {
      type: 'shoplens/capture-from-content',
      platform: 'taobao',
      kind: 'orders',
      url: 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
      read: 1,
      records: [],
      rejected: [{ index: 0, key: '4012345678901234567', text: `买家 ${buyer} ¥abc`, problems: [{ field: 'paidFen', problem: 'invalid', raw: '¥abc' }] }],
    },
    { at: AT + 1000 },
  );
  const { key } = await forgetBuyer(db, 'taobao', buyer);
  const log = JSON.stringify(await db.captures.toArray());
  expect(log).not.toContain(buyer);
  expect(log).toContain(`买家 ${key} ¥abc`);
});

it('retention: orders placed before N months ago are deleted when applied; none without a retention', async () => {
  const now = AT + 10 * DAY;
  const orders = await db.orders.toArray();
  expect(await applyRetention(db, now)).toEqual({ orders: 0, captures: 0 });
  const cutoff = retentionCutoff(now, 1);
  const old = orders.filter((o) => o.placedAt < cutoff);
  expect(old.length).toBeGreaterThan(0);
  expect(old.length).toBeLessThan(orders.length);
  expect((await countRetention(db, 1, now)).orders).toBe(old.length);
  await setRetention(db, 1);
  expect((await loadPrivacy(db))!.retentionMonths).toBe(1);
  expect(await db.orders.count()).toBe(orders.length); // setting it deletes nothing by itself
  const deleted = await applyRetention(db, now);
  expect(deleted.orders).toBe(old.length);
  expect((await db.orders.toArray()).every((o) => o.placedAt >= cutoff)).toBe(true);
  await derivedRight();
  expect(await applyRetention(db, now)).toEqual({ orders: 0, captures: 0 });
  await setRetention(db, null);
  expect((await loadPrivacy(db))!.retentionMonths).toBeNull();
  await expect(setRetention(db, 0)).rejects.toThrow();
});

it('retention cutoff: the same day N months back in Asia/Shanghai, at 00:00 there; the 31st clamped', () => {
  // 2026-03-31 10:00 Shanghai → 1 month back: 2026-02-28 00:00 Shanghai.
  expect(retentionCutoff(Date.UTC(2026, 2, 31, 2), 1)).toBe(Date.UTC(2026, 1, 27, 16));
  // 2026-01-01 05:00 Shanghai (still 2025-12-31 in UTC) → 12 months back: 2025-01-01 00:00 Shanghai.
  expect(retentionCutoff(Date.UTC(2025, 11, 31, 21), 12)).toBe(Date.UTC(2024, 11, 31, 16));
  expect(retentionCutoff(Date.UTC(2026, 5, 15, 2), 24)).toBe(Date.UTC(2024, 5, 14, 16));
});

it('each platform can be deleted in turn down to an empty shop', async () => {
  for (const p of PLATFORM_IDS) {
    await deletePlatform(db, p);
    await derivedRight();
  }
  expect(await db.orders.count()).toBe(0);
  expect(await db.skuCodes.count()).toBe(0);
});
