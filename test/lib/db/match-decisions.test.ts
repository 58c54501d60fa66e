import { ShopLensDatabase, saveMatchDecision } from '../../../lib/db';

const T1 = Date.UTC(2025, 7, 1, 2);
const T2 = T1 + 60_000;
let db: ShopLensDatabase;
let n = 0;
beforeEach(() => {
  db = new ShopLensDatabase(`decisions-${n++}`);
});
afterEach(() => db.delete());

describe('saveMatchDecision', () => {
  it('stores the pair under its sorted keys, so either order names the same row, and the latest answer wins', async () => {
    const x = 'pdd|pid:584568370903|';
    const y = 'douyin|pid:3283666321193792267|';
    await saveMatchDecision(db, { a: x, b: y, decision: 'rejected', decidedAt: T1 });
    expect(await db.skuMatchDecisions.toArray()).toEqual([{ a: y, b: x, decision: 'rejected', decidedAt: T1 }]);
    await saveMatchDecision(db, { a: y, b: x, decision: 'confirmed', decidedAt: T2 });
    expect(await db.skuMatchDecisions.toArray()).toEqual([{ a: y, b: x, decision: 'confirmed', decidedAt: T2 }]);
  });

  it('refuses a decision that does not validate, storing nothing', async () => {
    await expect(saveMatchDecision(db, { a: '', b: 'x', decision: 'confirmed' })).rejects.toThrow();
    await expect(saveMatchDecision(db, { a: 'a', b: 'b', decision: 'maybe' as 'confirmed' })).rejects.toThrow();
    expect(await db.skuMatchDecisions.count()).toBe(0);
  });
});
