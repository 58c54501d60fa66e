import { describe, expect, it } from 'vitest';
import { countSales, windowStart } from '../../../../lib/analytics/stock/sales';
import { at, NOW, order, product } from '../records';

describe('windowStart', () => {
  it('starts a window of n Asia/Shanghai days at midnight of day today − (n − 1)', () => {
    expect(windowStart(NOW, 30)).toBe(at(2025, 7, 3));
    expect(windowStart(NOW, 60)).toBe(at(2025, 6, 3));
    expect(windowStart(NOW, 1)).toBe(at(2025, 8, 1));
    // 00:30 in Shanghai is the previous day in UTC; the window follows Shanghai
    expect(windowStart(at(2025, 8, 1, 0, 30), 1)).toBe(at(2025, 8, 1));
  });
});

describe('countSales', () => {
  const products = [
    /* 0 */ product({ platform: 'taobao', productId: '1001', title: '羽绒服', sales30d: 99 }),
    /* 1 */ product({ platform: 'jd', productId: '2001', skuId: '2101', spec: '黑色 M', sales30d: 7 }),
    /* 2 */ product({ platform: 'jd', productId: '2001', skuId: '2102', spec: '黑色 L' }),
    /* 3 */ product({ platform: 'douyin', productId: '3001', skuId: '3101' }),
    /* 4 */ product({ platform: 'douyin', productId: '3002', skuId: '3201', sales30d: 5 }),
  ];
  const tb = (placedAt: number, quantity: number, status: 'completed' | 'paid' | 'shipped' | 'refunding' | 'unpaid' | 'closed' | 'refunded' = 'completed') =>
    order({ platform: 'taobao', placedAt, status }, { productId: '1001', spec: '颜色分类:黑色;尺码:M', quantity });
  const orders = [
    tb(at(2025, 6, 3), 1), // exactly 60 days: first instant of the 60-day window, the earliest order
    tb(at(2025, 7, 2, 23, 59, 59), 4), // one second before the 30-day window
    tb(at(2025, 7, 3), 2), // exactly 30 days: first instant of the 30-day window
    tb(at(2025, 7, 10), 8, 'refunding'), // a refund only asked for still counts
    tb(at(2025, 7, 11), 16, 'paid'),
    tb(at(2025, 7, 12), 32, 'shipped'),
    tb(at(2025, 7, 13), 100, 'unpaid'),
    tb(at(2025, 7, 14), 100, 'closed'),
    tb(at(2025, 7, 15), 100, 'refunded'),
    tb(NOW + 3600_000, 1000), // after now
    // JD's capture starts one second into the 30-day window: not covered
    order({ platform: 'jd', placedAt: at(2025, 7, 3, 0, 0, 1) }, { skuId: '2101', quantity: 1 }, { skuId: '2102', quantity: 3 }),
  ];
  const r = countSales(orders, products, 30, 60, NOW);

  it('counts paid, shipped, completed and refunding orders placed in the window, not the others', () => {
    // 30 days: 2 + 8 + 16 + 32; 60 days: those + 1 + 4
    expect(r.salesWindow[0]).toEqual({ days: 30, units: 58, source: 'orders', from: at(2025, 7, 3) });
    expect(r.slowWindow[0]).toEqual({ days: 60, units: 63, source: 'orders', from: at(2025, 6, 3) });
  });

  it('records how lines reached a product-level row', () => {
    expect(r.rules[0]).toEqual(['productId']);
    expect(r.rules[1]).toEqual([]);
    expect(r.earliest.get('taobao')).toBe(at(2025, 6, 3));
  });

  it("uses the page's 30-day sales when the orders do not reach back to the window's start", () => {
    expect(r.salesWindow[1]).toEqual({ days: 30, units: 7, source: 'page', from: at(2025, 7, 3) });
    // scaled for the 60-day window
    expect(r.slowWindow[1]).toEqual({ days: 60, units: 14, source: 'page', from: at(2025, 6, 3) });
  });

  it('falls back to the captured orders as a lower bound when the page shows no 30-day sales', () => {
    expect(r.salesWindow[2]).toEqual({ days: 30, units: 3, source: 'orders-partial', from: at(2025, 7, 3) });
  });

  it('knows nothing for a platform without orders and a row without page sales', () => {
    expect(r.salesWindow[3]).toEqual({ days: 30, units: null, source: 'none', from: at(2025, 7, 3) });
    expect(r.salesWindow[4]).toEqual({ days: 30, units: 5, source: 'page', from: at(2025, 7, 3) });
  });

  it('counts the window as covered when the earliest order is exactly at its first instant', () => {
    const one = [order({ platform: 'jd', placedAt: at(2025, 7, 3) }, { skuId: '2101', quantity: 2 })];
    expect(countSales(one, products, 30, 60, NOW).salesWindow[1]).toMatchObject({ units: 2, source: 'orders' });
  });
});
