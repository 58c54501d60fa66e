import fc from 'fast-check';
import { isCountedStatus } from '../../lib/analytics/order-policy';
import { dayKeyOf } from '../../lib/analytics/days';
import { PLATFORM_IDS, type Order, type Product } from '../../lib/domain';
import { DAY, HOUR, NOW } from './orders';

/**
 * Captured product rows drawn from the same small pools as order-arbitraries.ts's lines (product ids
 * 1001–1003, SKU ids 1–2, the three titles and specs, codes YRF-01 / EJ-02 and their prefixes), so lines
 * match them by every rule of product-match.ts — SKU id, product id + spec, unique code, code prefix, title —
 * and some codes and titles are shared by two rows (ambiguous, never used).
 */
export const capturedProduct: fc.Arbitrary<Product> = fc
  .record({
    platform: fc.constantFrom(...PLATFORM_IDS),
    productId: fc.constantFrom('1001', '1002', '1003', '1004'),
    skuId: fc.constantFrom('', '', '1', '2'),
    title: fc.constantFrom('白鸭绒羽绒服女短款', '蓝牙耳机真无线降噪', '华为快充数据线', '云南小粒咖啡豆'),
    spec: fc.constantFrom('', '颜色:黑色', '尺码:M'),
    outerId: fc.constantFrom('', 'YRF', 'YRF-01', 'EJ', 'EJ-02'),
    stock: fc.integer({ min: 0, max: 60 }),
    sales30d: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
  })
  .map(({ sales30d, ...p }) => ({
    ...p,
    ...(sales30d === undefined ? {} : { sales30d }),
    priceFen: 9900,
    status: 'on_sale' as const,
    statusText: '出售中',
    capturedAt: NOW,
    url: '',
  }));

/** A `now` near NOW: anywhere in a range, or the first or last millisecond of a day (the day edges). */
export const nowNear: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: NOW - 60 * DAY, max: NOW + 3 * DAY }),
  fc.integer({ min: -60, max: 3 }).chain((d) => fc.constantFrom(NOW + d * DAY - 10 * HOUR, NOW + d * DAY + 14 * HOUR - 1)),
);

/**
 * The condition under which sales from the derived tables equal sales from the orders (lib/analytics/stock/sales-from-derived.ts):
 * no counted order placed later on now's Asia/Shanghai day than `now`.
 */
export function nothingLaterToday(orders: Iterable<Order>, now: number): boolean {
  const today = dayKeyOf(now);
  for (const o of orders) if (o.placedAt > now && isCountedStatus(o.status) && dayKeyOf(o.placedAt) === today) return false;
  return true;
}

/** How to make a product row out of a captured order line (productsEchoing). */
export interface Echo {
  order: number;
  item: number;
  /** The row's SKU id: '' for a product-level row, the line's own, or one from the pool. */
  skuId: '' | 'line' | '1' | '2';
  /** The row's code: the line's, its prefix before the last '-', or none. */
  outerId: 'line' | 'prefix' | '';
  stock: number;
  sales30d: number | undefined;
}

export const echo: fc.Arbitrary<Echo> = fc.record({
  order: fc.nat(),
  item: fc.nat(),
  skuId: fc.constantFrom('' as const, 'line' as const, '1' as const, '2' as const),
  outerId: fc.constantFrom('line' as const, 'prefix' as const, '' as const),
  stock: fc.integer({ min: 0, max: 60 }),
  sales30d: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
});

/**
 * Product rows that echo captured order lines (same platform, product id, spec, title, the code or its
 * prefix), so that lines really land on rows by every rule of product-match.ts, not only by chance.
 */
export function productsEchoing(orders: readonly Order[], echoes: readonly Echo[]): Product[] {
  if (orders.length === 0) return [];
  return echoes.map((e) => {
    const o = orders[e.order % orders.length]!;
    const line = o.items[e.item % o.items.length]!;
    const outer = line.outerId ?? '';
    return {
      platform: o.platform,
      productId: line.productId ?? '1004',
      skuId: e.skuId === 'line' ? (line.skuId ?? '') : e.skuId,
      title: line.title,
      spec: line.spec,
      outerId: e.outerId === 'line' ? outer : e.outerId === 'prefix' ? outer.replace(/-[^-]*$/, '') : '',
      priceFen: 9900,
      stock: e.stock,
      ...(e.sales30d === undefined ? {} : { sales30d: e.sales30d }),
      status: 'on_sale' as const,
      statusText: '出售中',
      capturedAt: NOW,
      url: '',
    };
  });
}
