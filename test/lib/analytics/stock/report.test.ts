import { describe, expect, it } from 'vitest';
import { AnalyticsSettingsSchema, DEFAULT_SETTINGS } from '../../../../lib/analytics/settings';
import { computeStock } from '../../../../lib/analytics/stock/report';
import type { Product } from '../../../../lib/domain';
import { at, NOW, order, product } from '../records';

describe('computeStock: per product row', () => {
  // Taobao lists the jacket at product level; its order lines are per SKU (product id + spec).
  const jacket = product({ platform: 'taobao', productId: '1001', title: '白鸭绒羽绒服女', outerId: 'YRF-2409', stock: 10 });
  // JD lists the coffee at product level too, but JD lines carry no product id: the code prefix ties them.
  const coffee = product({ platform: 'jd', productId: '2002', title: '云南小粒咖啡豆', outerId: 'KF-500', stock: 50 });
  // Douyin lists the earphones both as a product and per SKU.
  const buds = product({ platform: 'douyin', productId: '3001', title: '蓝牙耳机', stock: 30 });
  const black = product({ platform: 'douyin', productId: '3001', skuId: '3101', title: '蓝牙耳机', spec: '颜色:黑色', stock: 10 });
  const white = product({ platform: 'douyin', productId: '3001', skuId: '3102', title: '蓝牙耳机', spec: '颜色:白色', stock: 20 });
  const products = [jacket, coffee, buds, black, white];
  const orders = [
    // exactly at the start of the 60-day window: covers both windows, counts in the 60-day one
    order({ platform: 'taobao', placedAt: at(2025, 6, 3) }, { productId: '1001', spec: '颜色分类:黑色;尺码:M', quantity: 1 }),
    order({ platform: 'taobao', placedAt: at(2025, 7, 20) }, { productId: '1001', spec: '颜色分类:黑色;尺码:M', quantity: 3 }, { productId: '1001', spec: '颜色分类:黑色;尺码:L', quantity: 4 }),
    order({ platform: 'jd', placedAt: at(2025, 5, 1) }, { skuId: '2201', outerId: 'KF-500-01', title: '云南小粒咖啡豆', quantity: 2 }),
    order({ platform: 'jd', placedAt: at(2025, 7, 25) }, { skuId: '2201', outerId: 'KF-500-01', title: '云南小粒咖啡豆', quantity: 5 }),
    order({ platform: 'douyin', placedAt: at(2025, 5, 1) }, { productId: '3001', skuId: '3101', quantity: 1 }),
    order({ platform: 'douyin', placedAt: at(2025, 7, 30) }, { productId: '3001', skuId: '3101', quantity: 6 }, { productId: '3001', skuId: '3102', quantity: 2 }),
  ];
  const report = computeStock(orders, products, DEFAULT_SETTINGS, NOW);
  const row = (p: Product) => report.rows[products.indexOf(p)]!;

  it('sums the SKU lines of a product-level row by product id', () => {
    expect(row(jacket).sales).toMatchObject({ units: 7, source: 'orders' });
    expect(row(jacket).slow).toMatchObject({ units: 8, source: 'orders' });
    expect(row(jacket).reason.zh).toBe('近 30 天 7 件，来自已抓取订单（最早 2025-06-03，覆盖整个窗口）；SKU 订单按商品ID汇总到商品');
    // safety ⌈7 × 1.5⌉ = 11 > 10 → 补货; 8 sold in 60 days < 100 → 滞销
    expect(row(jacket).warnings.map((w) => w.kind)).toEqual(['reorder', 'slowMover']);
  });

  it('ties JD lines without a product id to the product-level row by the code prefix', () => {
    expect(row(coffee).sales).toMatchObject({ units: 5, source: 'orders' });
    expect(row(coffee).reason.zh).toContain('SKU 订单按商家编码前缀汇总到商品');
  });

  it('counts a line for its SKU row and for the product-level row, and sums only leaf rows', () => {
    expect([row(buds), row(black), row(white)].map((r) => [r.sales.units, r.leaf, r.level])).toEqual([
      [8, false, 'product'],
      [6, true, 'sku'],
      [2, true, 'sku'],
    ]);
    expect(row(buds).abc).toBeUndefined();
  });

  it('classes the leaf rows ABC by units sold: 7, 5, 6, 2 → ranks 1, 3, 2, 4', () => {
    // n = 4: A for rank ≤ 1, C for rank > 2
    expect([jacket, coffee, black, white].map((p) => row(p).abc?.class)).toEqual(['A', 'C', 'B', 'C']);
  });
});

describe('computeStock: slow-mover threshold per category', () => {
  const tee = product({ platform: 'douyin', productId: '3001', skuId: '3101', title: '纯棉T恤', stock: 100, sales30d: 3 });
  const cable = product({ platform: 'douyin', productId: '3002', skuId: '3201', title: '数据线', stock: 100, sales30d: 3 });

  it('uses the threshold of the row’s category (by code or by name), else the default', () => {
    // no douyin orders: 60-day sales from the page, 3 × 2 = 6
    const byCode = AnalyticsSettingsSchema.parse({ stock: { slowMoverUnitsByCategory: { '01': 6 } } });
    expect(computeStock([], [tee, cable], byCode, NOW).rows.map((r) => r.warnings.map((w) => w.kind))).toEqual([[], ['slowMover']]);
    const byName = AnalyticsSettingsSchema.parse({ stock: { slowMoverUnitsByCategory: { 服饰: 7 } } });
    const [teeRow] = computeStock([], [tee, cable], byName, NOW).rows;
    expect(teeRow!.warnings[0]!.reason.zh).toBe('近 60 天卖出 6 件 < 7 件，类目 01 服饰的阈值，库存 100 → 滞销');
  });
});

describe('computeStock: linked goods across platforms', () => {
  const tb = product({ platform: 'taobao', productId: '1001', title: '羽绒服', stock: 300, sales30d: 2 });
  const dy = product({ platform: 'douyin', productId: '3001', skuId: '3101', title: '羽绒服', stock: 5, sales30d: 60 });
  const other = product({ platform: 'jd', productId: '2001', title: '咖啡豆', stock: 1, sales30d: 1 });
  const groupOf = (p: Product) => (p.title === '羽绒服' ? { id: 'goods:YRF-2409', label: 'YRF-2409' } : undefined);
  const report = computeStock([], [tb, dy, other], DEFAULT_SETTINGS, NOW, groupOf);

  it('sums stock and sales of the group and applies the same rules to the totals', () => {
    expect(report.groups).toHaveLength(1);
    const g = report.groups[0]!;
    expect(g).toMatchObject({ id: 'goods:YRF-2409', label: 'YRF-2409', stock: 305, rows: [0, 1] });
    expect(g.sales).toMatchObject({ units: 62, source: 'page' });
    expect(g.slow).toMatchObject({ days: 60, units: 124, source: 'page' });
    expect(g.reason.zh).toBe('淘宝/天猫、抖店 共 2 行：合计库存 305，近 30 天卖出 62 件，近 60 天卖出 124 件');
    expect(g.platforms.map((p) => [p.platform, p.slow.units])).toEqual([
      ['taobao', 4],
      ['douyin', 120],
    ]);
    // safety ⌈62 × 1.5⌉ = 93 ≤ 305; 60-day 124 ≥ 100
    expect(g.safetyStock).toBe(93);
    expect(g.warnings).toEqual([]);
  });

  it('suggests moving the idle stock to the platform that sells it', () => {
    const g = report.groups[0]!;
    expect(g.platforms.map((p) => [p.platform, p.stock, p.safetyStock])).toEqual([
      ['taobao', 300, 3],
      ['douyin', 5, 90],
    ]);
    expect(g.moves.map((m) => [m.from, m.to, m.units])).toEqual([['taobao', 'douyin', 85]]);
  });

  it('still warns per platform row', () => {
    expect(report.rows[1]!.warnings.map((w) => w.kind)).toEqual(['reorder', 'belowReorderPoint']);
    expect(report.rows[1]!.reason.zh).toBe('已抓取订单为空，未覆盖近 30 天，用页面的 30 天销量：60 件');
  });
});

describe('computeStock: a linked group’s 60-day units and the slow-mover rule', () => {
  // Both platforms' orders reach back past the 60-day window (2025-06-03 … 2025-08-01), so every figure is exact.
  const tb = product({ platform: 'taobao', productId: '1001', skuId: '1101', title: '羊毛围巾', outerId: 'WJ-01', stock: 40 });
  const jd = product({ platform: 'jd', productId: '2001', skuId: '2101', title: '羊毛围巾', outerId: 'WJ-01', stock: 60 });
  const groupOf = () => ({ id: 'goods:WJ-01', label: 'WJ-01' });
  const line = (skuId: string, productId: string, quantity: number) => ({ productId, skuId, outerId: 'WJ-01', title: '羊毛围巾', quantity });
  const base = [
    order({ platform: 'taobao', placedAt: at(2025, 5, 20) }, line('1101', '1001', 1)),
    order({ platform: 'jd', placedAt: at(2025, 5, 20) }, line('2101', '2001', 1)),
  ];

  it('carries the 60-day units beside the 30-day ones and raises 滞销 on them', () => {
    // 30-day: 10 + 15 = 25; 60-day: 10 + 35 (taobao, 45 days ago) + 15 + 30 (JD, 40 days ago) = 90 < 100
    const orders = [
      ...base,
      order({ platform: 'taobao', placedAt: at(2025, 6, 17, 12) }, line('1101', '1001', 35)),
      order({ platform: 'taobao', placedAt: at(2025, 7, 25, 9) }, line('1101', '1001', 10)),
      order({ platform: 'jd', placedAt: at(2025, 6, 22, 20) }, line('2101', '2001', 30)),
      order({ platform: 'jd', placedAt: at(2025, 7, 30, 23, 59) }, line('2101', '2001', 15)),
    ];
    const [g] = computeStock(orders, [tb, jd], DEFAULT_SETTINGS, NOW, groupOf).groups;
    expect(g!.sales).toMatchObject({ days: 30, units: 25, source: 'orders' });
    expect(g!.slow).toMatchObject({ days: 60, units: 90, source: 'orders' });
    expect(g!.reason.zh).toBe('淘宝/天猫、京东 共 2 行：合计库存 100，近 30 天卖出 25 件，近 60 天卖出 90 件');
    expect(g!.reason.en).toBe('2 rows on Taobao/Tmall, JD: 100 in stock, 25 sold in 30 days, 90 sold in 60 days');
    const slow = g!.warnings.find((w) => w.kind === 'slowMover');
    expect(slow?.reason.zh).toBe('近 60 天卖出 90 件 < 100 件，库存 100 → 滞销');
  });

  it('is not slow when the 60-day units reach the threshold, however few sold in the last 30 days', () => {
    // 30-day: 10 + 15 = 25; 60-day: 10 + 45 + 15 + 30 = 100, not below 100
    const orders = [
      ...base,
      order({ platform: 'taobao', placedAt: at(2025, 6, 3) }, line('1101', '1001', 45)),
      order({ platform: 'taobao', placedAt: at(2025, 7, 25, 9) }, line('1101', '1001', 10)),
      order({ platform: 'jd', placedAt: at(2025, 6, 22, 20) }, line('2101', '2001', 30)),
      order({ platform: 'jd', placedAt: at(2025, 7, 30, 23, 59) }, line('2101', '2001', 15)),
    ];
    const [g] = computeStock(orders, [tb, jd], DEFAULT_SETTINGS, NOW, groupOf).groups;
    expect([g!.sales.units, g!.slow.units]).toEqual([25, 100]);
    expect(g!.warnings.map((w) => w.kind)).not.toContain('slowMover');
  });

  it('says “at least” when a platform’s orders do not reach back over the window', () => {
    // JD's orders start 40 days ago and its page shows no 30-day sales: the 60-day sum is a lower bound.
    const orders = [
      base[0]!,
      order({ platform: 'taobao', placedAt: at(2025, 7, 25, 9) }, line('1101', '1001', 10)),
      order({ platform: 'jd', placedAt: at(2025, 6, 22, 20) }, line('2101', '2001', 30)),
    ];
    const [g] = computeStock(orders, [tb, jd], DEFAULT_SETTINGS, NOW, groupOf).groups;
    expect(g!.slow).toMatchObject({ units: 40, source: 'orders-partial' });
    expect(g!.reason.zh).toBe('淘宝/天猫、京东 共 2 行：合计库存 100，近 30 天卖出 10 件，近 60 天至少卖出 40 件');
    expect(g!.warnings.map((w) => w.kind)).not.toContain('slowMover');
  });
});
