import { formatShanghai, type Order, type PlatformId, type Product } from '../../domain';
import type { DailyStats, SkuStats } from '../derived';
import type { AnalyticsSettings } from '../settings';
import { categoryName, categoryOf, type GroupRef, type ProductRule } from '../sku-codes';
import type { Reason } from '../reason';
import { classifyAbc, type AbcClass } from './abc';
import { goodsStock, type GoodsStock } from './groups';
import type { StockRow } from './row';
import { evaluateStock, fmt, type StockFigures, type StockMetrics } from './rules';
import { countSales, type SalesCount, type WindowSales } from './sales';
import { countSalesFromAggregates } from './sales-from-derived';

export type { GoodsStock, PlatformStock, StockMove } from './groups';
export type { StockRow } from './row';

/** Every product row's stock figures (in input order) and the linked goods summed across platforms. */
export interface StockReport {
  rows: StockRow[];
  groups: GoodsStock[];
}

const RULE_TEXT: Record<ProductRule, Reason> = {
  productId: { zh: '商品ID', en: 'product id' },
  outerPrefix: { zh: '商家编码前缀', en: 'seller-code prefix' },
  title: { zh: '标题', en: 'title' },
};

function salesReason(w: WindowSales, reach: string, via: readonly ProductRule[]): Reason {
  const sum = via.length
    ? { zh: `；SKU 订单按${via.map((r) => RULE_TEXT[r].zh).join('/')}汇总到商品`, en: `; SKU lines summed to the product by ${via.map((r) => RULE_TEXT[r].en).join('/')}` }
    : { zh: '', en: '' };
  const n = w.units === null ? '' : fmt(w.units);
  switch (w.source) {
    case 'orders':
      return { zh: `近 ${w.days} 天 ${n} 件，来自已抓取订单（最早 ${reach}，覆盖整个窗口）${sum.zh}`, en: `${n} in ${w.days} days from captured orders (back to ${reach}, the whole window)${sum.en}` };
    case 'page':
      return { zh: `已抓取订单${reach ? `只到 ${reach}` : '为空'}，未覆盖近 ${w.days} 天，用页面的 30 天销量：${n} 件`, en: `captured orders ${reach ? `only reach ${reach}` : 'are none'}, not the whole ${w.days} days: the page's 30-day sales give ${n}` };
    case 'orders-partial':
      return { zh: `订单只到 ${reach}，页面也无 30 天销量：近 ${w.days} 天至少 ${n} 件${sum.zh}`, en: `orders only reach ${reach} and the page shows no 30-day sales: at least ${n} in ${w.days} days${sum.en}` };
    case 'none':
      return { zh: '没有该平台的订单，页面也无 30 天销量', en: 'no orders of this platform captured and no 30-day sales on the page' };
  }
}

/**
 * Stock warnings per captured product row and per linked goods (design.md §3): see rules.ts for the
 * rules, sales.ts for where sales come from, abc.ts for ABC, groups.ts for cross-platform
 * moves. `groupOf` (from sku-codes/goods-of.ts) says which linked goods a row belongs to; only leaf rows are
 * summed, so a product-level row and its own SKU rows never count twice, and a group is reported when it sums
 * two rows or more (a group of one row would only repeat that row).
 */
export function computeStock(
  orders: readonly Order[],
  products: readonly Product[],
  settings: AnalyticsSettings,
  now: number,
  groupOf?: (p: Product) => GroupRef | undefined,
): StockReport {
  const s = settings.stock;
  return stockReport(countSales(orders, products, s.salesWindowDays, s.slowWindowDays, now), products, settings, groupOf);
}

/**
 * computeStock from the derived tables (skuStats and dailyStats rows, derived/schema.ts) instead of every
 * order, so the side panel opens without reading the orders (design.md §5). The same report as computeStock
 * over the orders the rows were built from, under the condition sales-from-derived.ts states (no counted
 * order later on now's day than `now`).
 */
export function computeStockFromAggregates(
  skuStats: Iterable<SkuStats>,
  dailyStats: Iterable<DailyStats>,
  products: readonly Product[],
  settings: AnalyticsSettings,
  now: number,
  groupOf?: (p: Product) => GroupRef | undefined,
): StockReport {
  const s = settings.stock;
  const counted = countSalesFromAggregates(skuStats, dailyStats, products, s.salesWindowDays, s.slowWindowDays, now);
  return stockReport(counted, products, settings, groupOf);
}

/** The report of both paths, from the units counted per product row. */
function stockReport(
  counted: SalesCount,
  products: readonly Product[],
  settings: AnalyticsSettings,
  groupOf: ((p: Product) => GroupRef | undefined) | undefined,
): StockReport {
  // Per platform, the product ids with SKU rows captured: their product-level rows are not leaves.
  const withSkus = new Map<PlatformId, Set<string>>();
  for (const p of products) {
    if (!p.skuId) continue;
    let ids = withSkus.get(p.platform);
    if (!ids) withSkus.set(p.platform, (ids = new Set()));
    ids.add(p.productId);
  }
  const reach = new Map([...counted.earliest].map(([platform, at]) => [platform, formatShanghai(at, false)]));
  const threshold = slowThresholds(settings);
  const rows: StockRow[] = products.map((p, i) => {
    const category = categoryOf(p.title, p.platform, p.productId, settings).code;
    const sales = counted.salesWindow[i]!;
    const slow = counted.slowWindow[i]!;
    const m = evaluateStock({ stock: p.stock, sales, slow, ...threshold(category) }, settings);
    return {
      row: i,
      platform: p.platform,
      productId: p.productId,
      skuId: p.skuId,
      title: p.title,
      spec: p.spec,
      outerId: p.outerId,
      level: p.skuId ? 'sku' : 'product',
      leaf: p.skuId !== '' || !withSkus.get(p.platform)?.has(p.productId),
      category,
      stock: p.stock,
      sales,
      slow,
      ...m,
      group: groupOf?.(p),
      reason: salesReason(sales, reach.get(p.platform) ?? '', counted.rules[i]!),
    };
  });
  const leaves = rows.filter((r) => r.leaf);
  classifyAbc(leaves.map((r) => r.sales.units), settings).forEach((abc, i) => (leaves[i]!.abc = abc));
  return { rows, groups: goodsStock(leaves, settings, threshold) };
}

/**
 * The slow-mover threshold of each category (settings.stock.slowMoverUnitsByCategory by code or by name, else
 * the default) with the words that say where it came from, worked out once per category.
 */
export function slowThresholds(settings: AnalyticsSettings): (category: string) => Pick<StockFigures, 'slowThreshold' | 'thresholdFrom'> {
  const byCategory = settings.stock.slowMoverUnitsByCategory;
  const known = new Map<string, Pick<StockFigures, 'slowThreshold' | 'thresholdFrom'>>();
  return (category) => {
    let t = known.get(category);
    if (!t) {
      const name = categoryName(category);
      const own = byCategory[category] ?? byCategory[name];
      const thresholdFrom = own === undefined ? { zh: '', en: '' } : { zh: `类目 ${category} ${name}`, en: `category ${category} ${name}` };
      known.set(category, (t = { slowThreshold: own ?? settings.stock.slowMoverUnits, thresholdFrom }));
    }
    return t;
  };
}
