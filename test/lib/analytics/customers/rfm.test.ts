import { describe, expect, it } from 'vitest';
import type { Order } from '../../../../lib/domain';
import { computeRfmFromOrders } from '../../../../lib/analytics/customers/rfm';
import { DEFAULT_SETTINGS } from '../../../../lib/analytics/settings';
import { DAY, NOW, demoOrders, makeOrder, ordersOf } from '../../../support/orders';

const rfmOf = (orders: Order[]) => computeRfmFromOrders(orders, NOW, DEFAULT_SETTINGS);
const byBuyer = (orders: Order[]) => new Map(rfmOf(orders).customers.map((c) => [c.buyer, c]));

describe('computeRfmFromOrders', () => {
  it('counts paid, shipped, completed and refunding orders; excludes unpaid, closed, refunded and future ones', () => {
    const orders = [
      makeOrder({ buyer: 'a', status: 'paid' }),
      makeOrder({ buyer: 'a', status: 'shipped' }),
      makeOrder({ buyer: 'a', status: 'completed' }),
      makeOrder({ buyer: 'a', status: 'refunding' }),
      makeOrder({ buyer: 'a', status: 'unpaid' }),
      makeOrder({ buyer: 'a', status: 'closed' }),
      makeOrder({ buyer: 'a', status: 'refunded' }),
      makeOrder({ buyer: 'a', status: 'completed', placedAt: NOW + 1 }),
    ];
    const r = rfmOf(orders);
    expect(r.counted).toBe(4);
    expect(r.excluded).toEqual({ unpaid: 1, closed: 1, refunded: 1, afterNow: 1 });
    expect(r.customers[0]!.frequency).toBe(4);
  });

  it('keeps a buyer whose only order is being refunded, drops one whose only order was refunded', () => {
    const c = byBuyer([makeOrder({ buyer: 'refunding', status: 'refunding', paidFen: 8800 }), makeOrder({ buyer: 'refunded', status: 'refunded' })]);
    expect(c.get('refunding')?.monetaryFen).toBe(8800);
    expect(c.has('refunded')).toBe(false);
  });

  it('marks masked nicknames, and keeps the same nickname apart across platforms', () => {
    const orders = [
      makeOrder({ buyer: 't**9' }),
      makeOrder({ buyer: 't**9', platform: 'jd' }),
      makeOrder({ buyer: '用户***45', platform: 'douyin' }),
      makeOrder({ buyer: 'jasmine_wu' }),
    ];
    const customers = rfmOf(orders).customers;
    expect(customers.map((c) => [c.id, c.masked]).sort()).toEqual([
      ['douyin|用户***45', true],
      ['jd|t**9', true],
      ['taobao|jasmine_wu', false],
      ['taobao|t**9', true],
    ]);
  });

  it('gives every one-time buyer the same F score and equal amounts the same M score, whatever the row order', () => {
    // 10 one-time buyers at ¥99 and five repeat buyers; M sorted: 9900×10, 19800, 29700, 30000, 49500, 99000.
    // M cuts (≥ k/5 of 15 strictly below): 19800, 19800, 19800, 30000.
    const orders = [
      ...Array.from({ length: 10 }, (_, i) => ordersOf(`one${i}`, [i * 9 + 1], 9900)).flat(),
      ...ordersOf('two', [3, 40], 9900),
      ...ordersOf('three', [3, 40, 80], 9900),
      ...ordersOf('two150', [3, 40], 15_000),
      ...ordersOf('five', [3, 10, 40, 80, 120], 9900),
      ...ordersOf('ten', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 9900),
    ];
    for (const input of [orders, [...orders].reverse()]) {
      const r = rfmOf(input);
      expect(r.cuts.monetaryFen).toEqual([19_800, 19_800, 19_800, 30_000]);
      const c = new Map(r.customers.map((x) => [x.buyer, x]));
      for (let i = 0; i < 10; i++) expect([c.get(`one${i}`)!.scores.f, c.get(`one${i}`)!.scores.m]).toEqual([1, 1]);
      expect(['two', 'three', 'two150', 'five', 'ten'].map((b) => [c.get(b)!.scores.f, c.get(b)!.scores.m])).toEqual([
        [2, 4],
        [3, 4],
        [2, 5],
        [4, 5],
        [5, 5],
      ]);
    }
  });

  it('splits R, F and M at their mean scores for the 8 classes, and says so', () => {
    // A: 1 order 2 days ago ¥1000 (R5 F1); B: 3 orders, last 40 days ago, ¥100 each (R3 F3); C: 1 order
    // 200 days ago ¥50 (R1 F1). M cuts over [5000, 30000, 100000]: 30000, 100000, 100000, none → M 4, 2, 1.
    // Means: R 3, F 5/3, M 7/3.
    const r = rfmOf([...ordersOf('A', [2], 100_000), ...ordersOf('B', [60, 50, 40], 10_000), ...ordersOf('C', [200], 5000)]);
    expect(r.cuts.monetaryFen).toEqual([30_000, 100_000, 100_000, null]);
    expect(r.means.r).toBe(3);
    expect(r.means.f).toBeCloseTo(5 / 3, 12);
    expect(r.means.m).toBeCloseTo(7 / 3, 12);
    const c = new Map(r.customers.map((x) => [x.buyer, x]));
    expect([c.get('A')!.code, c.get('B')!.code, c.get('C')!.code]).toEqual(['514', '332', '111']);
    expect([c.get('A')!.segment, c.get('B')!.segment, c.get('C')!.segment]).toEqual(['importantDevelop', 'generalKeep', 'generalRetain']);
    expect(c.get('A')!.segmentReason.zh).toBe('R 5 分（2 天前）高于均值 3.00；F 1 分（1 单）不高于均值 1.67；M 4 分（¥1,000.00）高于均值 2.33 → 重要发展客户');
    expect([c.get('A')!.tier, c.get('B')!.tier, c.get('C')!.tier]).toEqual(['regular', 'regular', 'dormant']);
    expect(r.tierCounts).toEqual({ vip: 0, new: 0, dormant: 1, regular: 2 });
  });

  it('returns the cut points in use', () => {
    const settings = { ...DEFAULT_SETTINGS, rfm: { ...DEFAULT_SETTINGS.rfm, recencyScoreDays: [3, 14, 60, 120], frequencyScoreOrders: [2, 4, 6, 8] } };
    const r = computeRfmFromOrders(ordersOf('x', [10], 100), NOW, settings);
    expect(r.cuts.recencyDays).toEqual([3, 14, 60, 120]);
    expect(r.cuts.frequency).toEqual([2, 4, 6, 8]);
    expect(r.customers[0]!.scores.r).toBe(4);
  });

  it('counts F and M over the window only, R over all history', () => {
    const r = rfmOf([...ordersOf('old', [400, 500], 50_000), makeOrder({ buyer: 'old', placedAt: NOW - 300 * DAY, paidFen: 1000 })]);
    const c = r.customers[0]!;
    expect([c.frequency, c.monetaryFen, c.totalOrders, c.recencyDays]).toEqual([1, 1000, 3, 300]);
  });

  it('finds the demo shop’s loyal Taobao buyer a high-value repeat buyer', () => {
    const r = rfmOf(demoOrders());
    const loyal = r.customers.find((c) => c.id === 'taobao|tb_小鹿乱撞')!;
    expect(loyal.tier).toBe('vip');
    expect(loyal.reason.zh).toMatch(/^最近一次下单 \d+ 天前；\d+ 天内 \d+ 单（月均 \d+\.\d 单）；客单价 ¥[\d,]+\.\d\d → 高价值复购用户$/);
    for (const c of r.customers) expect(c.masked).toBe(c.buyer.includes('*'));
    expect(r.customers.filter((c) => c.masked).length).toBeGreaterThan(10);
  });
});
