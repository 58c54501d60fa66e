import { PLATFORM_LABELS, type PlatformId } from '../../domain';
import type { AnalyticsSettings } from '../settings';
import { pushTo } from '../multimap';
import type { Reason } from '../reason';
import type { StockRow } from './row';
import { evaluateStock, fmt, safetyStockOf, type StockFigures, type StockMetrics } from './rules';
import type { SalesSource, WindowSales } from './sales';

/** One platform's share of linked goods. */
export interface PlatformStock {
  platform: PlatformId;
  stock: number;
  sales: WindowSales;
  /** Units in the slow-mover window (60 days by default). */
  slow: WindowSales;
  safetyStock: number | null;
}

/** A suggested move of stock from the platform where it sits to the one selling through it. */
export interface StockMove {
  from: PlatformId;
  to: PlatformId;
  units: number;
  reason: Reason;
}

/**
 * Sum of several windows' sales. Exact only when every part is: all from orders → orders; orders and page
 * estimates → page; any part a lower bound or unknown → orders-partial (the sum is at least this); nothing
 * known → none.
 */
export function sumWindows(parts: readonly WindowSales[], days: number, from: number): WindowSales {
  const known = parts.filter((p) => p.units !== null);
  if (known.length === 0) return { days, units: null, source: 'none', from };
  const units = known.reduce((n, p) => n + p.units!, 0);
  const sources = new Set<SalesSource>(parts.map((p) => p.source));
  const source: SalesSource =
    sources.has('none') || sources.has('orders-partial') ? 'orders-partial' : sources.has('page') ? 'page' : 'orders';
  return { days, units, source, from };
}

/**
 * Cross-platform imbalance (design.md §3, seed 000: 抖音直播间热销、其他仓库却库存积压): linked goods below their
 * safety stock on one platform — selling faster than its stock lasts — while stock sits above the safety stock
 * on another. The surplus there (stock − its safety stock) covers the shortfall here (safety stock − stock):
 * each move is min(shortfall, surplus) units, the largest shortfall served first from the largest surplus.
 * A platform whose sales are only a lower bound is never a source (its surplus could be smaller than it looks).
 */
export function suggestMoves(platforms: readonly PlatformStock[], settings: AnalyticsSettings): StockMove[] {
  const days = settings.stock.salesWindowDays;
  const short = platforms
    .filter((p) => p.safetyStock !== null && p.sales.units! > 0 && p.stock < p.safetyStock)
    .map((p) => ({ p, left: p.safetyStock! - p.stock }))
    .sort((a, b) => b.left - a.left);
  const spare = platforms
    .filter((p) => p.safetyStock !== null && (p.sales.source === 'orders' || p.sales.source === 'page') && p.stock > p.safetyStock)
    .map((p) => ({ p, left: p.stock - p.safetyStock! }))
    .sort((a, b) => b.left - a.left);
  const moves: StockMove[] = [];
  let s = 0;
  for (const need of short) {
    while (need.left > 0 && s < spare.length) {
      const src = spare[s]!;
      const units = Math.min(need.left, src.left);
      need.left -= units;
      src.left -= units;
      moves.push(moveOf(src.p, need.p, units, days));
      if (src.left === 0) s++;
    }
  }
  return moves;
}

function moveOf(from: PlatformStock, to: PlatformStock, units: number, days: number): StockMove {
  const [fz, tz] = [PLATFORM_LABELS[from.platform].zh, PLATFORM_LABELS[to.platform].zh];
  const [fe, te] = [PLATFORM_LABELS[from.platform].en, PLATFORM_LABELS[to.platform].en];
  return {
    from: from.platform,
    to: to.platform,
    units,
    reason: {
      zh: `${tz}近 ${days} 天卖出 ${fmt(to.sales.units!)} 件，库存 ${to.stock} < 安全库存 ${to.safetyStock}；${fz}近 ${days} 天卖出 ${fmt(from.sales.units!)} 件，库存 ${from.stock}，比安全库存 ${from.safetyStock} 多 ${from.stock - from.safetyStock!} 件 → 建议从${fz}调 ${units} 件到${tz}`,
      en: `${te} sold ${fmt(to.sales.units!)} in ${days} days, stock ${to.stock} < safety stock ${to.safetyStock}; ${fe} sold ${fmt(from.sales.units!)}, stock ${from.stock}, ${from.stock - from.safetyStock!} above its safety stock ${from.safetyStock} → move ${units} from ${fe} to ${te}`,
    },
  };
}

/** Linked goods across platforms: summed stock and sales, the same warnings, and suggested moves. */
export interface GoodsStock extends StockMetrics {
  id: string;
  label: string;
  stock: number;
  /** Units in the sales window (30 days): safety stock, reorder point, cover. */
  sales: WindowSales;
  /** Units in the slow-mover window (60 days): the 滞销 rule. */
  slow: WindowSales;
  platforms: PlatformStock[];
  moves: StockMove[];
  /** Indexes (into the report's rows) of the leaf rows summed. */
  rows: number[];
  /** What was summed: platforms, rows, stock and sales. */
  reason: Reason;
}

const stockOf = (rows: readonly StockRow[]) => rows.reduce((n, r) => n + r.stock, 0);

/** `近 30 天卖出 62 件` / `62 sold in 30 days`, `至少` for a lower bound, or sales unknown. */
function soldText(w: WindowSales): Reason {
  if (w.units === null) return { zh: `近 ${w.days} 天销量未知`, en: `sales in ${w.days} days unknown` };
  const least = w.source === 'orders-partial';
  return { zh: `近 ${w.days} 天${least ? '至少' : ''}卖出 ${fmt(w.units)} 件`, en: `${least ? 'at least ' : ''}${fmt(w.units)} sold in ${w.days} days` };
}

/**
 * Each linked goods: its leaf rows summed per platform and in total — units in the 30-day sales window and in the
 * 60-day slow-mover window side by side — the stock rules applied to the totals (滞销 on the 60-day units, with
 * the threshold of its first row's category) and the moves between platforms. A group of one row is left out: it
 * would only repeat that row.
 */
export function goodsStock(
  leaves: readonly StockRow[],
  settings: AnalyticsSettings,
  threshold: (category: string) => Pick<StockFigures, 'slowThreshold' | 'thresholdFrom'>,
): GoodsStock[] {
  const byGroup = new Map<string, StockRow[]>();
  for (const r of leaves) if (r.group) pushTo(byGroup, r.group.id, r);
  const out: GoodsStock[] = [];
  for (const [id, members] of byGroup) {
    if (members.length < 2) continue;
    const first = members[0]!;
    const byPlatform = new Map<PlatformId, StockRow[]>();
    for (const r of members) pushTo(byPlatform, r.platform, r);
    const platforms = [...byPlatform].map(([platform, mine]): PlatformStock => {
      const sales = sumWindows(mine.map((r) => r.sales), first.sales.days, first.sales.from);
      const slow = sumWindows(mine.map((r) => r.slow), first.slow.days, first.slow.from);
      return { platform, stock: stockOf(mine), sales, slow, safetyStock: sales.units === null ? null : safetyStockOf(sales.units, settings) };
    });
    const stock = stockOf(members);
    const sales = sumWindows(members.map((r) => r.sales), first.sales.days, first.sales.from);
    const slow = sumWindows(members.map((r) => r.slow), first.slow.days, first.slow.from);
    const m = evaluateStock({ stock, sales, slow, ...threshold(first.category) }, settings);
    const names = platforms.map((p) => PLATFORM_LABELS[p.platform]);
    const [sold, slowSold] = [soldText(sales), soldText(slow)];
    out.push({
      id,
      label: first.group!.label,
      stock,
      sales,
      slow,
      platforms,
      moves: suggestMoves(platforms, settings),
      rows: members.map((r) => r.row),
      reason: {
        zh: `${names.map((n) => n.zh).join('、')} 共 ${members.length} 行：合计库存 ${stock}，${sold.zh}，${slowSold.zh}`,
        en: `${members.length} rows on ${names.map((n) => n.en).join(', ')}: ${stock} in stock, ${sold.en}, ${slowSold.en}`,
      },
      ...m,
    });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}
