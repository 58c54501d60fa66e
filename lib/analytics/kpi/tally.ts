import { PLATFORM_IDS, formatFen, type OrderStatus, type PlatformId } from '../../domain';
import { isCountedStatus, isPaidStatus, isRefundStatus } from '../order-policy';
import type { Reason } from '../reason';

/** The additive parts of the KPIs (seed 003), before the ratios. */
export interface KpiSums {
  /** GMV: paidFen of counted orders (order-policy.ts: paid, shipped, completed, refunding). */
  gmvFen: number;
  /** Counted orders. */
  orders: number;
  /** Distinct customers (platform + nickname) with a counted order. */
  buyers: number;
  /**
   * Counted orders without a buyer nickname (imported from an export file that has none) and their amount:
   * in GMV and orders, in no buyer count — so 客单价 and 复购率 are of the orders whose buyer is known.
   */
  noBuyerOrders: number;
  noBuyerFen: number;
  /** Buyers with ≥ 2 counted orders in the range. */
  repeatBuyers: number;
  /** Orders paid for at all (counted + refunded) and their amount: the refund rates' denominators. */
  paidOrders: number;
  paidFen: number;
  /** Refunding + refunded orders and their amount. */
  refundOrders: number;
  refundFen: number;
}

/** The KPIs of a set of orders, with the ratios (null where the denominator is 0) and the reason. */
export interface Kpis extends KpiSums {
  /**
   * 客单价 = GMV ÷ buyers (seed 003: GMV = 访客数 × 转化率(下单人数/访客数) × 客单价, so per buyer), over the
   * orders whose buyer is known: (GMV − noBuyerFen) ÷ buyers.
   */
  aovFen: number | null;
  /** 笔单价 = GMV ÷ orders, shown beside it because many consoles call this 客单价 too. */
  avgOrderFen: number | null;
  /** 复购率 = repeatBuyers ÷ buyers. */
  repurchaseRate: number | null;
  /** refundOrders ÷ paidOrders. */
  refundRateByCount: number | null;
  /** refundFen ÷ paidFen. */
  refundRateByAmount: number | null;
  reason: Reason;
}

/** KPIs over [from, to) per platform and in total. */
export interface KpiReport {
  from: number;
  to: number;
  total: Kpis;
  byPlatform: Record<PlatformId, Kpis>;
}

/** KPIs of one Asia/Shanghai day. */
export interface DailyKpis {
  day: string;
  total: Kpis;
  byPlatform: Record<PlatformId, Kpis>;
}

/** Sums being gathered for one platform: per-status tallies plus counted orders per buyer. */
export interface KpiTally {
  sums: Omit<KpiSums, 'buyers' | 'repeatBuyers'>;
  buyers: Map<string, number>;
  /** Buyer lists of day rows ([buyer, counted orders], each buyer once per list), counted in tallySums. */
  lists: (readonly (readonly [string, number])[])[];
}

/** An empty tally. */
export function newTally(): KpiTally {
  return { sums: { gmvFen: 0, orders: 0, noBuyerOrders: 0, noBuyerFen: 0, paidOrders: 0, paidFen: 0, refundOrders: 0, refundFen: 0 }, buyers: new Map(), lists: [] };
}

/** Adds `count` orders of one status worth `fen` in total. */
export function tallyStatus(t: KpiTally, status: OrderStatus, count: number, fen: number): void {
  const s = t.sums;
  if (isCountedStatus(status)) {
    s.orders += count;
    s.gmvFen += fen;
  }
  if (isPaidStatus(status)) {
    s.paidOrders += count;
    s.paidFen += fen;
  }
  if (isRefundStatus(status)) {
    s.refundOrders += count;
    s.refundFen += fen;
  }
}

/** Adds `count` counted orders of one buyer. */
export function tallyBuyer(t: KpiTally, buyer: string, count: number): void {
  t.buyers.set(buyer, (t.buyers.get(buyer) ?? 0) + count);
}

/** Adds `count` counted orders worth `fen` whose buyer is not known (no nickname in the imported file). */
export function tallyNoBuyer(t: KpiTally, count: number, fen: number): void {
  t.sums.noBuyerOrders += count;
  t.sums.noBuyerFen += fen;
}

/** Adds a day row's buyer list (each buyer once, with their counted orders that day); kept, not copied. */
export function tallyBuyerList(t: KpiTally, list: readonly (readonly [string, number])[]): void {
  if (list.length) t.lists.push(list);
}

/**
 * The sums of a tally, counting distinct and repeat buyers. One list alone (a day of one platform) is
 * counted as it is; several are merged, and a buyer's count stops growing once it is 2 (repeat is all that
 * matters).
 */
export function tallySums(t: KpiTally): KpiSums {
  let buyers = 0;
  let repeatBuyers = 0;
  if (t.buyers.size === 0 && t.lists.length === 1) {
    const list = t.lists[0]!;
    buyers = list.length;
    for (let i = 0; i < list.length; i++) if (list[i]![1] >= 2) repeatBuyers++;
  } else {
    const all = t.lists.length ? new Map(t.buyers) : t.buyers;
    for (const list of t.lists) {
      for (let i = 0; i < list.length; i++) {
        const entry = list[i]!;
        const before = all.get(entry[0]);
        if (before === undefined) all.set(entry[0], entry[1]);
        else if (before < 2) all.set(entry[0], before + entry[1]);
      }
    }
    buyers = all.size;
    for (const n of all.values()) if (n >= 2) repeatBuyers++;
  }
  const s = t.sums;
  return { gmvFen: s.gmvFen, orders: s.orders, buyers, repeatBuyers, noBuyerOrders: s.noBuyerOrders, noBuyerFen: s.noBuyerFen, paidOrders: s.paidOrders, paidFen: s.paidFen, refundOrders: s.refundOrders, refundFen: s.refundFen };
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const money = (f: number | null) => (f === null ? '—' : formatFen(f));

/** Ratios and the reason line from the sums. */
export function finishKpis(s: KpiSums): Kpis {
  const knownFen = s.gmvFen - s.noBuyerFen;
  const aovFen = s.buyers > 0 ? Math.round(knownFen / s.buyers) : null;
  const avgOrderFen = s.orders > 0 ? Math.round(s.gmvFen / s.orders) : null;
  const repurchaseRate = ratio(s.repeatBuyers, s.buyers);
  const refundRateByCount = ratio(s.refundOrders, s.paidOrders);
  const refundRateByAmount = ratio(s.refundFen, s.paidFen);
  const gmv = formatFen(s.gmvFen);
  const aov = money(aovFen);
  const repeat = `${s.repeatBuyers}/${s.buyers} = ${pct(repurchaseRate)}`;
  const refundCount = `${s.refundOrders}/${s.paidOrders}`;
  const refundAmount = `${formatFen(s.refundFen)}/${formatFen(s.paidFen)} = ${pct(refundRateByAmount)}`;
  const reason = s.noBuyerOrders
    ? {
        zh: `销售额 ${gmv}（${s.orders} 单），其中 ${s.noBuyerOrders} 单 ${formatFen(s.noBuyerFen)} 无买家昵称（导入的文件没有昵称列）不计顾客；${formatFen(knownFen)} ÷ 顾客数 ${s.buyers} = 客单价 ${aov}；复购 ${repeat}；退款 ${refundCount} 单 = ${pct(refundRateByCount)}，金额 ${refundAmount}`,
        en: `GMV ${gmv} (${s.orders} orders), of which ${s.noBuyerOrders} orders, ${formatFen(s.noBuyerFen)}, have no buyer nickname (the imported file has none) and count for no buyer; ${formatFen(knownFen)} ÷ ${s.buyers} buyers = ${aov} per buyer; repeat ${repeat}; refunds ${refundCount} orders = ${pct(refundRateByCount)}, ${refundAmount} of the amount`,
      }
    : {
        zh: `销售额 ${gmv}（${s.orders} 单）÷ 顾客数 ${s.buyers} = 客单价 ${aov}；复购 ${repeat}；退款 ${refundCount} 单 = ${pct(refundRateByCount)}，金额 ${refundAmount}`,
        en: `GMV ${gmv} (${s.orders} orders) ÷ ${s.buyers} buyers = ${aov} per buyer; repeat ${repeat}; refunds ${refundCount} orders = ${pct(refundRateByCount)}, ${refundAmount} of the amount`,
      };
  return {
    gmvFen: s.gmvFen,
    orders: s.orders,
    buyers: s.buyers,
    repeatBuyers: s.repeatBuyers,
    noBuyerOrders: s.noBuyerOrders,
    noBuyerFen: s.noBuyerFen,
    paidOrders: s.paidOrders,
    paidFen: s.paidFen,
    refundOrders: s.refundOrders,
    refundFen: s.refundFen,
    aovFen,
    avgOrderFen,
    repurchaseRate,
    refundRateByCount,
    refundRateByAmount,
    reason,
  };
}

/** Per-platform KPIs and their total from per-platform tallies (buyers never repeat across platforms). */
export function reportOf(tallies: Record<PlatformId, KpiTally>): { total: Kpis; byPlatform: Record<PlatformId, Kpis> } {
  const total: KpiSums = { gmvFen: 0, orders: 0, buyers: 0, repeatBuyers: 0, noBuyerOrders: 0, noBuyerFen: 0, paidOrders: 0, paidFen: 0, refundOrders: 0, refundFen: 0 };
  const byPlatform = {} as Record<PlatformId, Kpis>;
  for (const p of PLATFORM_IDS) {
    const s = tallySums(tallies[p]);
    for (const key of Object.keys(total) as (keyof KpiSums)[]) total[key] += s[key];
    byPlatform[p] = finishKpis(s);
  }
  return { total: finishKpis(total), byPlatform };
}

/** A fresh tally per platform. */
export function platformTallies(): Record<PlatformId, KpiTally> {
  return Object.fromEntries(PLATFORM_IDS.map((p) => [p, newTally()])) as Record<PlatformId, KpiTally>;
}

/** The seed's GMV identity for a period whose visitor count (UV) the seller knows from the console. */
export interface TrafficBreakdown {
  uv: number;
  /** 转化率 = buyers ÷ UV (seed 003: 下单人数/访客数); null without visitors. */
  conversionRate: number | null;
  reason: Reason;
}

/**
 * GMV = 访客数 × 转化率 × 客单价 (seed 003) for KPIs whose UV is known: ShopLens reads orders, not traffic,
 * so UV comes from the seller. With 客单价 per buyer the identity holds exactly: UV × (buyers ÷ UV) × (GMV ÷
 * buyers) = GMV, and the reason shows the three factors. Orders without a buyer nickname have no buyer to
 * count: the identity is then of the GMV of the orders whose buyer is known, and the reason says so.
 */
export function trafficBreakdown(k: Kpis, uv: number): TrafficBreakdown {
  const conversionRate = uv > 0 ? k.buyers / uv : null;
  const gmv = formatFen(k.gmvFen - k.noBuyerFen);
  const cr = pct(conversionRate);
  const aov = money(k.aovFen);
  const reason = { zh: `销售额 ${gmv} = 访客数 ${uv} × 转化率 ${cr} × 客单价 ${aov}`, en: `GMV ${gmv} = ${uv} visitors × ${cr} conversion × ${aov} per buyer` };
  if (k.noBuyerOrders) {
    reason.zh += `（不含无买家昵称的 ${k.noBuyerOrders} 单 ${formatFen(k.noBuyerFen)}）`;
    reason.en += ` (without the ${k.noBuyerOrders} orders, ${formatFen(k.noBuyerFen)}, that have no buyer nickname)`;
  }
  return { uv, conversionRate, reason };
}
