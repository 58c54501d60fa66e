import { vi } from 'vitest';
import { ShopLensDatabase } from '../../../lib/db';
import { readUrgent } from '../../../lib/db/urgent';
import { URGENT_QUIET_MS, UrgentRefreshSchema, urgentRefresher } from '../../../lib/messaging/urgent-refresh';
import { DEMO_NOW } from '../../fixtures/data/shop';
import { captureDemoShop } from '../../support/demo-db';

let n = 0;

describe('urgentRefresher', () => {
  it('works the list out once after a burst of flushes, and as of the asking page’s clock on request', async () => {
    const db = new ShopLensDatabase(`urgent-refresh-${n++}`);
    await captureDemoShop(db, DEMO_NOW);
    const refresher = urgentRefresher(db, () => DEMO_NOW + 1000);
    const writes: number[] = [];
    db.settings.hook('creating', (_k, row) => void (row.id === 'urgent' && writes.push(1)));
    db.settings.hook('updating', (_m, key) => void (key === 'urgent' && writes.push(1)));
    refresher.schedule();
    refresher.schedule();
    expect(await readUrgent(db)).toBeUndefined(); // not before the quiet time
    await vi.waitFor(async () => expect(await readUrgent(db)).toBeDefined(), { timeout: 30_000, interval: URGENT_QUIET_MS / 4 });
    expect((await readUrgent(db))?.at).toBe(DEMO_NOW + 1000);
    expect(writes).toHaveLength(1);
    await refresher.now(DEMO_NOW);
    expect((await readUrgent(db))?.at).toBe(DEMO_NOW);
    expect((await readUrgent(db))?.list.items).toHaveLength(3);
    await db.delete();
  });

  it('accepts only its own message, with an optional clock', () => {
    expect(UrgentRefreshSchema.safeParse({ type: 'shoplens/urgent-refresh' }).success).toBe(true);
    expect(UrgentRefreshSchema.safeParse({ type: 'shoplens/urgent-refresh', now: DEMO_NOW }).success).toBe(true);
    expect(UrgentRefreshSchema.safeParse({ type: 'shoplens/urgent-refresh', now: 'soon' }).success).toBe(false);
    expect(UrgentRefreshSchema.safeParse({ type: 'shoplens/data-changed' }).success).toBe(false);
  });
});
