import type { AnalyticsSettings } from '../settings';
import type { Reason } from '../reason';
import type { WindowSales } from './sales';

/** One stock warning with its reason; a slow mover also carries the seed's clearance steps. */
export interface StockWarning {
  kind: 'outOfStock' | 'reorder' | 'belowReorderPoint' | 'slowMover';
  reason: Reason;
  steps?: readonly Reason[];
}

/** What the rules need: stock, the two windows' sales and the slow-mover threshold that applies. */
export interface StockFigures {
  stock: number;
  sales: WindowSales;
  slow: WindowSales;
  slowThreshold: number;
  /** Says where the threshold comes from, e.g. `类目 01 服饰` / `category 01`; empty for the default. */
  thresholdFrom: Reason;
}

/** The figures derived from stock and sales, and the warnings they raise. */
export interface StockMetrics {
  dailySales: number | null;
  /** Units: ⌈sales in the window × safety factor⌉. */
  safetyStock: number | null;
  /** Units: ⌈daily sales × lead time × (1 + buffer)⌉. */
  reorderPoint: number | null;
  /** Stock ÷ daily sales; null with no sales (stock lasts indefinitely) or no data. */
  daysOfCover: number | null;
  /** Sales ÷ average stock over the sales window, and the same per year. */
  turnover: number | null;
  turnoverPerYear: number | null;
  warnings: StockWarning[];
}

/** The seed's three clearance steps for slow movers (seed 002): member discount → live-stream deal → supplier trade-in. */
export const CLEARANCE_STEPS: readonly Reason[] = [
  { zh: '① 会员专属折扣：先在会员/私域渠道做专属折扣', en: '1. Member discount: a members-only price first' },
  { zh: '② 直播间秒杀：再放进直播间做福利款、秒杀', en: '2. Live-stream deal: then a flash deal in the live room' },
  { zh: '③ 供应商换货：最后与供应商以旧换新、换货消化', en: '3. Supplier trade-in: finally swap the stock back with the supplier' },
];

/** A number for a reason line: whole numbers as is, others to one decimal. */
export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** ⌈x⌉ that ignores floating-point dust (20 × 15 × 1.1 ÷ 30 = 11.000000000000002 is 11). */
function ceil(x: number): number {
  return Math.ceil(x - 1e-9);
}

/**
 * The stock rules of design.md §3 (seeds 000–003), every number from settings.stock:
 * - safety stock = sales in the last `salesWindowDays` × `safetyFactor` (30 days × 1.5); stock below it → 补货;
 * - stock 0 with sales in that window → 断货 (instead of 补货: there is nothing left at all);
 * - days of cover = stock ÷ average daily sales; reorder point = daily sales × lead time × (1 + buffer) (15 days
 *   + 10 %: 16.5 days of sales); stock below it — cover shorter than the lead time plus buffer → flagged;
 * - 滞销: stock on hand and fewer than the threshold sold in `slowWindowDays` (60 days, 100 units) → the three
 *   clearance steps;
 * - turnover = sales ÷ average stock. Only the latest stock is captured, so the stock at the window's start is
 *   estimated as today's stock plus the units sold since (no restock assumed) and the average is the mean of the
 *   two: stock + sales ÷ 2.
 * "Below" is strict: stock exactly at the safety stock or reorder point raises nothing; exactly 100 units sold
 * is not slow. A lower-bound figure (orders-partial) still proves the too-little-stock warnings, never 滞销;
 * with no figure nothing is raised.
 */
export function evaluateStock(f: StockFigures, settings: AnalyticsSettings): StockMetrics {
  const s = settings.stock;
  const units = f.sales.units;
  if (units === null) {
    const slow = slowWarning(f, s);
    return { dailySales: null, safetyStock: null, reorderPoint: null, daysOfCover: null, turnover: null, turnoverPerYear: null, warnings: slow ? [slow] : [] };
  }
  const days = f.sales.days;
  const daily = units / days;
  const coverTarget = s.leadTimeDays * (1 + s.bufferRatio);
  const safetyStock = safetyStockOf(units, settings);
  const reorderPoint = ceil((units * coverTarget) / days);
  const avgStock = f.stock + units / 2;
  const turnover = avgStock > 0 ? units / avgStock : null;
  const m: StockMetrics = {
    dailySales: daily,
    safetyStock,
    reorderPoint,
    daysOfCover: daily > 0 ? f.stock / daily : null,
    turnover,
    turnoverPerYear: turnover === null ? null : (turnover * 365) / days,
    warnings: [],
  };
  const sold = `近 ${days} 天卖出 ${fmt(units)} 件`;
  const soldEn = `${fmt(units)} sold in ${days} days`;
  if (f.stock === 0 && units > 0) {
    m.warnings.push({ kind: 'outOfStock', reason: { zh: `库存 0，${sold} → 断货`, en: `stock 0, ${soldEn} → out of stock` } });
  } else if (f.stock < safetyStock) {
    m.warnings.push({
      kind: 'reorder',
      reason: {
        zh: `库存 ${f.stock} < 安全库存 ${safetyStock}（${sold} × ${s.safetyFactor}）→ 补货`,
        en: `stock ${f.stock} < safety stock ${safetyStock} (${soldEn} × ${s.safetyFactor}) → reorder`,
      },
    });
  }
  if (f.stock > 0 && f.stock < reorderPoint) {
    const cover = fmt(Math.round((f.stock / daily) * 10) / 10);
    m.warnings.push({
      kind: 'belowReorderPoint',
      reason: {
        zh: `可售 ${cover} 天 < ${fmt(coverTarget)} 天（采购周期 ${s.leadTimeDays} 天 + ${fmt(s.bufferRatio * 100)}% 缓冲）：库存 ${f.stock} < 补货点 ${reorderPoint}（日均 ${daily.toFixed(2)} 件）`,
        en: `${cover} days of cover < ${fmt(coverTarget)} days (lead time ${s.leadTimeDays} days + ${fmt(s.bufferRatio * 100)}% buffer): stock ${f.stock} < reorder point ${reorderPoint} (${daily.toFixed(2)} a day)`,
      },
    });
  }
  const slow = slowWarning(f, s);
  if (slow) m.warnings.push(slow);
  return m;
}

/** Safety stock in units: ⌈sales in the sales window × safety factor⌉ (30 days × 1.5 by default). */
export function safetyStockOf(units: number, settings: AnalyticsSettings): number {
  return ceil(units * settings.stock.safetyFactor);
}

function slowWarning(f: StockFigures, s: AnalyticsSettings['stock']): StockWarning | undefined {
  const units = f.slow.units;
  const exact = f.slow.source === 'orders' || f.slow.source === 'page';
  if (f.stock <= 0 || units === null || !exact || units >= f.slowThreshold) return undefined;
  const from = f.thresholdFrom.zh ? `，${f.thresholdFrom.zh}的阈值` : '';
  const fromEn = f.thresholdFrom.en ? `, the threshold for ${f.thresholdFrom.en}` : '';
  return {
    kind: 'slowMover',
    reason: {
      zh: `近 ${s.slowWindowDays} 天卖出 ${fmt(units)} 件 < ${f.slowThreshold} 件${from}，库存 ${f.stock} → 滞销`,
      en: `${fmt(units)} sold in ${s.slowWindowDays} days < ${f.slowThreshold}${fromEn}, stock ${f.stock} → slow mover`,
    },
    steps: CLEARANCE_STEPS,
  };
}
