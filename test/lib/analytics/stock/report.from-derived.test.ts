import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rebuildAggregates } from '../../../../lib/analytics/derived';
import { AnalyticsSettingsSchema, DEFAULT_SETTINGS } from '../../../../lib/analytics/settings';
import { computeStock, computeStockFromAggregates } from '../../../../lib/analytics/stock/report';
import type { Product } from '../../../../lib/domain';
import { captureSequence, replay } from '../../../support/order-arbitraries';
import { capturedProduct, echo, nothingLaterToday, nowNear, productsEchoing } from '../../../support/product-arbitraries';
import { at, NOW, order, product } from '../records';

describe('computeStockFromAggregates: a hand-computed shop', () => {
  // Taobao lists the jacket at product level and per SKU; its lines show the product id and spec, no SKU id.
  const jacket = product({ platform: 'taobao', productId: '1001', title: '白鸭绒羽绒服女', outerId: 'YRF-2409', stock: 10 });
  const m = product({ platform: 'taobao', productId: '1001', skuId: '1101', title: '白鸭绒羽绒服女', spec: '颜色分类:黑色;尺码:M', stock: 4 });
  const l = product({ platform: 'taobao', productId: '1001', skuId: '1102', title: '白鸭绒羽绒服女', spec: '颜色分类:黑色;尺码:L', stock: 6 });
  // JD lines carry no product id; the capture starts one second into the 30-day window.
  const coffee = product({ platform: 'jd', productId: '2002', title: '云南小粒咖啡豆', outerId: 'KF-500', stock: 50, sales30d: 12 });
  // Douyin: nothing captured, no page figure.
  const buds = product({ platform: 'douyin', productId: '3001', title: '蓝牙耳机', stock: 3 });
  const products = [jacket, m, l, coffee, buds];
  const tb = (placedAt: number, spec: string, quantity: number, status: 'completed' | 'refunded' = 'completed') =>
    order({ platform: 'taobao', placedAt, status }, { productId: '1001', title: '白鸭绒羽绒服女短款', spec, quantity });
  const M = '颜色分类:黑色;尺码:M';
  const L = '颜色分类:黑色;尺码:L';
  const orders = [
    tb(at(2025, 6, 3), M, 1), // 00:00:00.000 of the 60-day window's first day: the capture reaches it exactly
    tb(at(2025, 7, 2, 23, 59, 59), M, 4), // one second before the 30-day window: 60 days only
    tb(at(2025, 7, 3), L, 2), // first instant of the 30-day window
    tb(at(2025, 7, 20, 15), M, 3),
    tb(at(2025, 7, 21), L, 100, 'refunded'), // not counted
    tb(at(2025, 8, 1, 9, 59), L, 1), // today, before now (10:00)
    tb(at(2025, 8, 2, 9), M, 50), // tomorrow: after now
    order({ platform: 'jd', placedAt: at(2025, 7, 3, 0, 0, 1) }, { skuId: '2201', outerId: 'KF-500-01', title: '云南小粒咖啡豆', quantity: 5 }),
  ];
  const rows = rebuildAggregates(orders);
  const report = computeStockFromAggregates(rows.skus.values(), rows.days.values(), products, DEFAULT_SETTINGS, NOW);
  const row = (p: Product) => report.rows[products.indexOf(p)]!;

  it('keeps the two SKUs of one product apart although their lines share the SKU key 1001:', () => {
    expect([...rows.skus.values()].filter((r) => r.sku === '1001:').map((r) => r.line.spec).sort()).toEqual([L, M]);
  });

  // [row, 30-day units, source, 60-day units, source, warnings]
  const table: [string, Product, number, string, number, string, string[]][] = [
    // M: 30 days 3; 60 days 1 + 4 + 3 = 8. Safety ⌈3 × 1.5⌉ = 5 > stock 4 → 补货; 8 < 100 → 滞销
    ['SKU M', m, 3, 'orders', 8, 'orders', ['reorder', 'slowMover']],
    // L: 30 days 2 + 1 = 3 (the refunded 100 left out); safety 5 ≤ stock 6
    ['SKU L', l, 3, 'orders', 3, 'orders', ['slowMover']],
    // the product-level row sums both SKUs: 6 and 11; safety 9 ≤ 10, reorder point ⌈6 × 16.5 / 30⌉ = 4 ≤ 10
    ['jacket', jacket, 6, 'orders', 11, 'orders', ['slowMover']],
    // JD's orders start at 00:00:01 of the window's first day: page figure 12, scaled to 24 for 60 days
    ['coffee', coffee, 12, 'page', 24, 'page', ['slowMover']],
  ];
  it.each(table)('%s', (_, p, sales, salesSource, slow, slowSource, warnings) => {
    expect(row(p).sales).toEqual({ days: 30, units: sales, source: salesSource, from: at(2025, 7, 3) });
    expect(row(p).slow).toEqual({ days: 60, units: slow, source: slowSource, from: at(2025, 6, 3) });
    expect(row(p).warnings.map((w) => w.kind)).toEqual(warnings);
  });

  it('says where each figure came from', () => {
    expect(row(jacket).reason.zh).toBe('近 30 天 6 件，来自已抓取订单（最早 2025-06-03，覆盖整个窗口）；SKU 订单按商品ID汇总到商品');
    expect(row(coffee).reason.zh).toBe('已抓取订单只到 2025-07-03，未覆盖近 30 天，用页面的 30 天销量：12 件');
    expect(row(buds).sales).toEqual({ days: 30, units: null, source: 'none', from: at(2025, 7, 3) });
    expect(row(buds).reason.zh).toBe('没有该平台的订单，页面也无 30 天销量');
  });

  it('is the report computeStock gives from the orders', () => {
    expect(report).toEqual(computeStock(orders, products, DEFAULT_SETTINGS, NOW));
  });
});

describe('computeStockFromAggregates vs computeStock', () => {
  it('gives the same report for any captures, product rows, windows and now with no counted order later today', () => {
    const nowOf = fc.oneof(
      nowNear.map((now) => ({ now })),
      fc.record({ pick: fc.nat(), after: fc.integer({ min: 0, max: 3 * 3600_000 }) }),
    );
    const stock = fc.record({
      salesWindowDays: fc.constantFrom(1, 7, 30, 90),
      slowWindowDays: fc.constantFrom(1, 30, 60, 400),
      slowMoverUnits: fc.constantFrom(0, 2, 5, 100),
      leadTimeDays: fc.constantFrom(0, 15),
    });
    fc.assert(
      fc.property(captureSequence, fc.array(capturedProduct, { maxLength: 4 }), fc.array(echo, { maxLength: 6 }), stock, nowOf, (steps, pooled, echoes, s, when) => {
        const { orders, db } = replay(steps);
        const list = [...orders.values()];
        const products = [...pooled, ...productsEchoing(list, echoes)];
        const settings = AnalyticsSettingsSchema.parse({ stock: s });
        const now = 'now' in when ? when.now : (list[when.pick % Math.max(1, list.length)]?.placedAt ?? NOW) + when.after;
        fc.pre(nothingLaterToday(list, now));
        // Rows grouped by code prefix, so cross-platform groups and moves are compared too.
        const groupOf = (p: Product) => (p.outerId ? { id: p.outerId.slice(0, 2), label: p.outerId.slice(0, 2) } : undefined);
        const expected = computeStock(list, products, settings, now, groupOf);
        const rebuilt = rebuildAggregates(list);
        expect(computeStockFromAggregates(rebuilt.skus.values(), rebuilt.days.values(), products, settings, now, groupOf)).toEqual(expected);
        expect(computeStockFromAggregates(db.skus.values(), db.days.values(), products, settings, now, groupOf)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
