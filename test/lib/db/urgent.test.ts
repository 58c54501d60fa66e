import { DEFAULT_SETTINGS } from '../../../lib/analytics/settings';
import { ShopLensDatabase } from '../../../lib/db';
import { computeUrgent, isUrgentStale, lastCaptureId, readUrgent, refreshUrgent } from '../../../lib/db/urgent';
import { DEMO_NOW } from '../../fixtures/data/shop';
import { captureDemoShop, captureRecords } from '../../support/demo-db';
import { product } from '../../support/records';

const DAY = 86_400_000;
let n = 0;

describe('the stored urgent list', () => {
  it('is worked out from the derived tables, stored as one row, and stale after a capture, other settings or another day', async () => {
    const db = new ShopLensDatabase(`urgent-${n++}`);
    expect(await readUrgent(db)).toBeUndefined();
    expect(isUrgentStale(undefined, 0, DEFAULT_SETTINGS, DEMO_NOW)).toBe(true);
    await captureDemoShop(db, DEMO_NOW);
    const stored = await refreshUrgent(db, DEMO_NOW, DEFAULT_SETTINGS);
    expect(await readUrgent(db)).toEqual(stored);
    expect(stored.list).toEqual((await computeUrgent(db, DEMO_NOW, DEFAULT_SETTINGS)).list);
    expect(stored.list.items).toHaveLength(3);
    expect(stored.customers).toBeGreaterThan(0);
    const last = await lastCaptureId(db);
    expect(stored.lastCapture).toBe(last);
    expect(isUrgentStale(stored, last, DEFAULT_SETTINGS, DEMO_NOW + 60_000)).toBe(false);
    expect(isUrgentStale(stored, last, DEFAULT_SETTINGS, DEMO_NOW + DAY)).toBe(true);
    expect(isUrgentStale(stored, last, { ...DEFAULT_SETTINGS, stock: { ...DEFAULT_SETTINGS.stock, leadTimeDays: 20 } }, DEMO_NOW)).toBe(true);
    await captureRecords(db, 'jd', 'products', [product({ platform: 'jd', productId: '999', title: '新品', stock: 5 })], DEMO_NOW);
    expect(isUrgentStale(stored, await lastCaptureId(db), DEFAULT_SETTINGS, DEMO_NOW)).toBe(true);
    await db.delete();
  });
});
