import { describe, expect, it } from 'vitest';
import type { Order } from '../../../../lib/domain';
import { dayRange } from '../../../../lib/analytics/days';
import { computeDailyKpis, computeKpis } from '../../../../lib/analytics/kpi/from-orders';
import { makeOrder } from '../../../support/orders';

/** 00:00 Asia/Shanghai is 16:00 UTC the day before. */
const JUL31_0000 = Date.UTC(2025, 6, 30, 16, 0, 0);
const AUG01_0000 = Date.UTC(2025, 6, 31, 16, 0, 0);

const ORDERS: Order[] = [
  makeOrder({ buyer: 'a', status: 'completed', paidFen: 10_000, placedAt: JUL31_0000 }),
  makeOrder({ buyer: 'a', status: 'paid', paidFen: 20_000, placedAt: AUG01_0000 - 1 }),
  makeOrder({ buyer: 'b', status: 'refunding', paidFen: 5000, placedAt: JUL31_0000 + 3_600_000 }),
  makeOrder({ buyer: 'c', status: 'refunded', paidFen: 8000, placedAt: JUL31_0000 + 7_200_000 }),
  makeOrder({ buyer: 'd', status: 'unpaid', paidFen: 3000, placedAt: JUL31_0000 + 7_200_000 }),
  makeOrder({ buyer: 'e', status: 'closed', paidFen: 3000, placedAt: JUL31_0000 + 7_200_000 }),
  makeOrder({ buyer: 'a', platform: 'jd', status: 'completed', paidFen: 30_000, placedAt: JUL31_0000 + 7_200_000 }),
  // Outside 2025-07-31 by one millisecond on each side.
  makeOrder({ buyer: 'a', status: 'completed', paidFen: 100_000, placedAt: JUL31_0000 - 1 }),
  makeOrder({ buyer: 'b', status: 'completed', paidFen: 4000, placedAt: AUG01_0000 }),
];

describe('computeKpis', () => {
  const r = computeKpis(ORDERS, dayRange('2025-07-31', '2025-07-31'));

  it('takes [00:00, 24:00) Asia/Shanghai (16:00 UTC) as the day', () => {
    expect(r.from).toBe(JUL31_0000);
    expect(r.to).toBe(AUG01_0000);
  });

  it('computes GMV, orders, buyers, 客单价 per buyer, repurchase and refund rates per platform', () => {
    const tb = r.byPlatform.taobao;
    expect({ gmv: tb.gmvFen, orders: tb.orders, buyers: tb.buyers, repeat: tb.repeatBuyers }).toEqual({ gmv: 35_000, orders: 3, buyers: 2, repeat: 1 });
    expect(tb.aovFen).toBe(17_500); // ¥350 ÷ 2 buyers
    expect(tb.avgOrderFen).toBe(11_667); // ¥350 ÷ 3 orders, rounded
    expect(tb.repurchaseRate).toBe(0.5);
    expect({ paid: tb.paidOrders, paidFen: tb.paidFen, refunds: tb.refundOrders, refundFen: tb.refundFen }).toEqual({ paid: 4, paidFen: 43_000, refunds: 2, refundFen: 13_000 });
    expect(tb.refundRateByCount).toBe(0.5);
    expect(tb.refundRateByAmount).toBeCloseTo(13 / 43, 12);
    expect(tb.reason.zh).toBe('销售额 ¥350.00（3 单）÷ 顾客数 2 = 客单价 ¥175.00；复购 1/2 = 50.0%；退款 2/4 单 = 50.0%，金额 ¥130.00/¥430.00 = 30.2%');
  });

  it('adds platforms up in the total, the same nickname on two platforms being two buyers', () => {
    const t = r.total;
    expect([t.gmvFen, t.orders, t.buyers, t.repeatBuyers, t.paidOrders, t.paidFen, t.refundOrders, t.refundFen]).toEqual([65_000, 4, 3, 1, 5, 73_000, 2, 13_000]);
    expect(t.aovFen).toBe(21_667);
    expect(t.repurchaseRate).toBeCloseTo(1 / 3, 12);
    expect(r.byPlatform.jd.aovFen).toBe(30_000);
  });

  it('gives null ratios, not 0 or NaN, where nothing was sold', () => {
    const pdd = r.byPlatform.pdd;
    expect([pdd.gmvFen, pdd.orders, pdd.aovFen, pdd.avgOrderFen, pdd.repurchaseRate, pdd.refundRateByCount, pdd.refundRateByAmount]).toEqual([0, 0, null, null, null, null, null]);
    expect(pdd.reason.en).toContain('= — per buyer');
  });
});

describe('computeDailyKpis', () => {
  const days = computeDailyKpis(ORDERS, dayRange('2025-07-30', '2025-08-02'));

  it('lists every day of the range, empty ones included', () => {
    expect(days.map((d) => [d.day, d.total.gmvFen, d.total.buyers])).toEqual([
      ['2025-07-30', 100_000, 1],
      ['2025-07-31', 65_000, 3],
      ['2025-08-01', 4000, 1],
      ['2025-08-02', 0, 0],
    ]);
  });

  it('counts a buyer of several days once over the range (distinct buyers do not add up by day)', () => {
    const range = computeKpis(ORDERS, dayRange('2025-07-30', '2025-08-01')).byPlatform.taobao;
    const dailySum = days.slice(0, 3).reduce((s, d) => s + d.byPlatform.taobao.buyers, 0);
    expect(dailySum).toBe(4);
    expect(range.buyers).toBe(2); // a and b
    expect(range.repeatBuyers).toBe(2); // a: 3 orders, b: refunding + completed
  });
});
