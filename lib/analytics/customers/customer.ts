import { formatFen, type PlatformId } from '../../domain';
import type { CustomerFacts } from './facts';
import { tierReason } from './tier-reason';
import type { Reason } from '../reason';
import { SEGMENTS, scoreCode, type Score, type Segment8 } from './scores';
import { tierMetrics, type NamedTier, type TierMetrics } from './tiers';
import type { AnalyticsSettings } from '../settings';

/** What a customer's reasons are worded against: shared by all customers of one result. */
export interface RfmContext {
  now: number;
  rfm: AnalyticsSettings['rfm'];
  /** Mean scores, the 高/低 line of the 8-class model. */
  means: { r: number; f: number; m: number };
}

const side = (s: number, m: number) => (s > m ? ['高于', 'above'] : ['不高于', 'not above']);
const two = (x: number) => x.toFixed(2);

/**
 * One customer's tier, scores and the reasons behind them. The data fields are plain; `reason` and
 * `segmentReason` are worded when read, because building two sentences for each of 60k customers costs
 * more than the whole computation while the side panel shows a screenful of them.
 */
export class CustomerRfm implements TierMetrics {
  readonly id: string;
  readonly platform: PlatformId;
  readonly buyer: string;
  /** Masked nickname: may be several people. */
  readonly masked: boolean;
  readonly firstAt: number;
  readonly lastAt: number;
  readonly recencyDays: number;
  readonly spanDays: number;
  readonly ordersPerMonth: number;
  readonly avgOrderFen: number;
  /** F: counted orders in the window. */
  readonly frequency: number;
  /** M: paid in the window, fen. */
  readonly monetaryFen: number;
  /** All counted orders up to now. */
  readonly totalOrders: number;
  readonly tier: NamedTier;
  readonly scores: { r: Score; f: Score; m: Score };
  /** e.g. "545". */
  readonly code: string;
  segment: Segment8 = 'generalRetain';
  readonly #facts: CustomerFacts;
  readonly #ctx: RfmContext;

  constructor(facts: CustomerFacts, tier: NamedTier, scores: CustomerRfm['scores'], ctx: RfmContext) {
    const metrics = tierMetrics(facts, ctx.now);
    this.id = facts.id;
    this.platform = facts.platform;
    this.buyer = facts.buyer;
    this.masked = facts.masked;
    this.firstAt = facts.firstAt;
    this.lastAt = facts.lastAt;
    this.recencyDays = metrics.recencyDays;
    this.spanDays = metrics.spanDays;
    this.ordersPerMonth = metrics.ordersPerMonth;
    this.avgOrderFen = metrics.avgOrderFen;
    this.frequency = facts.windowOrders;
    this.monetaryFen = facts.windowFen;
    this.totalOrders = facts.orders;
    this.tier = tier;
    this.scores = scores;
    this.code = scoreCode(scores.r, scores.f, scores.m);
    this.#facts = facts;
    this.#ctx = ctx;
  }

  /** Why this named tier, e.g. "最近一次下单 12 天前；30 天内 5 单（月均 5.0 单）；客单价 ¥620.00 → 高价值复购用户". */
  get reason(): Reason {
    return tierReason(this.#facts, this.tier, this.#ctx.now, this.#ctx.rfm);
  }

  /** Why this 8-class segment: each score against its mean. */
  get segmentReason(): Reason {
    const { means } = this.#ctx;
    const { r, f, m } = this.scores;
    const [rz, re] = side(r, means.r);
    const [fz, fe] = side(f, means.f);
    const [mz, me] = side(m, means.m);
    const seg = SEGMENTS[this.segment];
    const money = formatFen(this.monetaryFen);
    const zh = [`R ${r} 分（${this.recencyDays} 天前）${rz}均值 ${two(means.r)}`, `F ${f} 分（${this.frequency} 单）${fz}均值 ${two(means.f)}`];
    zh.push(`M ${m} 分（${money}）${mz}均值 ${two(means.m)} → ${seg.zh}`);
    const en = [`R ${r} (${this.recencyDays} days) ${re} mean ${two(means.r)}`, `F ${f} (${this.frequency} orders) ${fe} mean ${two(means.f)}`];
    en.push(`M ${m} (${money}) ${me} mean ${two(means.m)} → ${seg.en}`);
    return { zh: zh.join('；'), en: en.join('; ') };
  }
}
