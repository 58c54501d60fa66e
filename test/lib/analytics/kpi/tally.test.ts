import { describe, expect, it } from 'vitest';
import { finishKpis, trafficBreakdown, type KpiSums } from '../../../../lib/analytics/kpi/tally';

const sums: KpiSums = { gmvFen: 100_000, orders: 3, buyers: 2, repeatBuyers: 1, noBuyerOrders: 0, noBuyerFen: 0, paidOrders: 4, paidFen: 130_000, refundOrders: 1, refundFen: 30_000 };

describe('finishKpis', () => {
  it('divides GMV by buyers for 客单价 and by orders for 笔单价', () => {
    const k = finishKpis(sums);
    expect([k.aovFen, k.avgOrderFen]).toEqual([50_000, 33_333]);
    expect([k.repurchaseRate, k.refundRateByCount]).toEqual([0.5, 0.25]);
    expect(k.refundRateByAmount).toBeCloseTo(3 / 13, 12);
    expect(k.reason.zh).toBe('销售额 ¥1,000.00（3 单）÷ 顾客数 2 = 客单价 ¥500.00；复购 1/2 = 50.0%；退款 1/4 单 = 25.0%，金额 ¥300.00/¥1,300.00 = 23.1%');
  });

  it('has no ratios without orders', () => {
    const k = finishKpis({ gmvFen: 0, orders: 0, buyers: 0, repeatBuyers: 0, noBuyerOrders: 0, noBuyerFen: 0, paidOrders: 0, paidFen: 0, refundOrders: 0, refundFen: 0 });
    expect([k.aovFen, k.avgOrderFen, k.repurchaseRate, k.refundRateByCount, k.refundRateByAmount]).toEqual([null, null, null, null, null]);
    expect(k.reason.zh).toBe('销售额 ¥0.00（0 单）÷ 顾客数 0 = 客单价 —；复购 0/0 = —；退款 0/0 单 = —，金额 ¥0.00/¥0.00 = —');
  });

  it('takes orders without a buyer nickname out of 客单价 (per known buyer) but keeps them in GMV and 笔单价', () => {
    // 3 counted orders ¥1,000.00, one of them (¥200.00) imported without a nickname; 2 buyers placed the other two.
    const k = finishKpis({ ...sums, noBuyerOrders: 1, noBuyerFen: 20_000 });
    expect([k.gmvFen, k.orders, k.aovFen, k.avgOrderFen]).toEqual([100_000, 3, 40_000, 33_333]);
    expect(k.reason.zh).toBe(
      '销售额 ¥1,000.00（3 单），其中 1 单 ¥200.00 无买家昵称（导入的文件没有昵称列）不计顾客；¥800.00 ÷ 顾客数 2 = 客单价 ¥400.00；复购 1/2 = 50.0%；退款 1/4 单 = 25.0%，金额 ¥300.00/¥1,300.00 = 23.1%',
    );
    expect(k.reason.en).toContain('1 orders, ¥200.00, have no buyer nickname');
  });
});

describe('trafficBreakdown', () => {
  it('splits GMV into visitors × conversion × 客单价 (seed 003)', () => {
    const b = trafficBreakdown(finishKpis(sums), 40);
    expect(b.conversionRate).toBe(0.05); // 2 buyers of 40 visitors
    expect(b.reason.zh).toBe('销售额 ¥1,000.00 = 访客数 40 × 转化率 5.0% × 客单价 ¥500.00');
    expect(trafficBreakdown(finishKpis(sums), 0).conversionRate).toBeNull();
  });

  it('is the identity of the orders whose buyer is known when some have no nickname', () => {
    const b = trafficBreakdown(finishKpis({ ...sums, noBuyerOrders: 1, noBuyerFen: 20_000 }), 40);
    expect(b.reason.zh).toBe('销售额 ¥800.00 = 访客数 40 × 转化率 5.0% × 客单价 ¥400.00（不含无买家昵称的 1 单 ¥200.00）');
  });
});
