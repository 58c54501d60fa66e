import type { Order } from '../../domain';
import type { ExcludedOrders } from '../order-policy';
import { CustomerRfm, type RfmContext } from './customer';
import { factsFromOrders, type CustomerFacts } from './facts';
import { boundScore, monetaryCuts, recencyScore, segmentOf } from './scores';
import { classifyTier, recencyDaysOf, type NamedTier } from './tiers';
import type { AnalyticsSettings } from '../settings';

/** RFM for every customer, with the cut points in use and what was left out. */
export interface RfmResult {
  now: number;
  customers: CustomerRfm[];
  cuts: {
    /** R score 5/4/3/2 for days since the last order ≤ these; older → 1. */
    recencyDays: number[];
    /** Lower bounds of F scores 2–5, in orders. */
    frequency: number[];
    /** Lower bounds of M scores 2–5, in fen (quintiles; null = no customer reaches it). */
    monetaryFen: (number | null)[];
  };
  /** Mean scores: the 高/低 line of the 8-class model (高 = strictly above). */
  means: { r: number; f: number; m: number };
  tierCounts: Record<NamedTier, number>;
  /** Counted orders that fed the result. */
  counted: number;
  excluded: ExcludedOrders;
  /**
   * Counted orders without a buyer nickname (imported from an export file that has none) and their paid
   * amount: in sales and KPIs, in no customer or tier until a capture of the order list fills the nickname in.
   */
  noBuyer: NoBuyerOrders;
}

/** Orders without a buyer nickname, and what they were paid. */
export interface NoBuyerOrders {
  orders: number;
  fen: number;
}

/**
 * RFM from customer facts (either path: raw orders or the customerStats table): the seed's named tiers and
 * the 1–5 grid with the 8-class model. Customers come back in the order of `facts` (the UI sorts by its
 * own column; sorting 60k ids here would cost as much as the computation).
 */
export function computeRfm(
  facts: readonly CustomerFacts[],
  now: number,
  settings: AnalyticsSettings,
  totals: { counted: number; excluded: ExcludedOrders; noBuyer: NoBuyerOrders },
): RfmResult {
  const rfm = settings.rfm;
  const mCuts = monetaryCuts(facts.map((f) => f.windowFen));
  const tierCounts: Record<NamedTier, number> = { vip: 0, new: 0, dormant: 0, regular: 0 };
  const ctx: RfmContext = { now, rfm, means: { r: 0, f: 0, m: 0 } };
  let sr = 0;
  let sf = 0;
  let sm = 0;
  const customers: CustomerRfm[] = [];
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    const tier = classifyTier(f, now, rfm);
    tierCounts[tier]++;
    const r = recencyScore(recencyDaysOf(f, now), rfm.recencyScoreDays);
    const fs = boundScore(f.windowOrders, rfm.frequencyScoreOrders);
    const m = boundScore(f.windowFen, mCuts);
    sr += r;
    sf += fs;
    sm += m;
    customers.push(new CustomerRfm(f, tier, { r, f: fs, m }, ctx));
  }
  const n = customers.length;
  if (n > 0) ctx.means = { r: sr / n, f: sf / n, m: sm / n };
  for (const c of customers) c.segment = segmentOf(c.scores.r, c.scores.f, c.scores.m, ctx.means);
  const cuts = { recencyDays: [...rfm.recencyScoreDays], frequency: [...rfm.frequencyScoreOrders], monetaryFen: mCuts };
  return { now, customers, cuts, means: ctx.means, tierCounts, counted: totals.counted, excluded: totals.excluded, noBuyer: totals.noBuyer };
}

/** RFM straight from the stored orders (the full scan; the side panel uses computeRfmFromAggregates). */
export function computeRfmFromOrders(orders: Iterable<Order>, now: number, settings: AnalyticsSettings): RfmResult {
  const { facts, excluded, counted, noBuyer } = factsFromOrders(orders, now, settings);
  return computeRfm(facts, now, settings, { counted, excluded, noBuyer });
}
