import { DAY_MS } from '../days';
import type { CustomerFacts } from './facts';
import type { AnalyticsSettings } from '../settings';

/** The seed's named tiers (seed 002), checked in this order. */
export type NamedTier = 'vip' | 'new' | 'dormant' | 'regular';

/** A tier's name and what to do with its customers (seeds 000, 002, 003). */
export interface TierInfo {
  label: { zh: string; en: string };
  playbook: { zh: string; en: string };
}

/** Each named tier's label and playbook. */
export const TIERS: Record<NamedTier, TierInfo> = {
  vip: {
    label: { zh: '高价值复购用户', en: 'High-value repeat buyer' },
    playbook: {
      zh: '推送专属权益包；提供 VIP 专属服务，定期收集使用反馈、新品试用意愿和服务建议',
      en: 'Send the exclusive benefits pack; give VIP service and ask regularly for feedback and new-product trials',
    },
  },
  new: {
    label: { zh: '潜力新用户', en: 'Promising new buyer' },
    playbook: { zh: '推送新人首单礼，引导第二单', en: 'Send the first-order welcome gift and lead to a second order' },
  },
  dormant: {
    label: { zh: '沉睡用户', en: 'Dormant buyer' },
    playbook: {
      zh: '先发唤醒优惠券；效果不明显再一对一回访（专属客服或电话）',
      en: 'Send a win-back coupon first; if it does not work, follow up one to one (personal service or a call)',
    },
  },
  regular: {
    label: { zh: '一般用户', en: 'Regular buyer' },
    playbook: {
      zh: '常规运营：内容互动和店铺活动，提升复购与客单价',
      en: 'Routine care: content and shop events to lift repeat orders and basket size',
    },
  },
};

/** The numbers behind a customer's tier, as shown in its reason. */
export interface TierMetrics {
  /** Days since the last order, counted up (any part of a day is a day), so "≤ 30" ⇔ within 30 days. */
  recencyDays: number;
  /** Days the monthly average spans: from the first order in the window to now, at least 30. */
  spanDays: number;
  /** Window orders per 30 days over that span ("月均"). */
  ordersPerMonth: number;
  /** windowFen ÷ windowOrders, rounded down; 0 without window orders. */
  avgOrderFen: number;
}

const MONTH_MS = 30 * DAY_MS;

/** Days since the last order, counted up: any part of a day is a day. */
export function recencyDaysOf(f: Pick<CustomerFacts, 'lastAt'>, now: number): number {
  return Math.ceil((now - f.lastAt) / DAY_MS);
}

/**
 * The tier numbers. "≥ 4 orders a month on average" (seed 002: 月均4次) is read as an average over the
 * customer's active span, not a count of the last 30 days: orders in the window ÷ (months from the first
 * window order to now, at least one month of 30 days). A buyer with 8 orders whose first came 60 days ago
 * averages 4.0; one with 4 orders all in the last week averages 4.0 (the one-month floor); one who bought
 * 8 times a year ago and once last week averages 0.75.
 */
export function tierMetrics(f: CustomerFacts, now: number): TierMetrics {
  const spanMs = f.windowFirstAt === undefined ? MONTH_MS : Math.max(MONTH_MS, now - f.windowFirstAt);
  return {
    recencyDays: recencyDaysOf(f, now),
    spanDays: Math.ceil(spanMs / DAY_MS),
    ordersPerMonth: (f.windowOrders * MONTH_MS) / spanMs,
    avgOrderFen: f.windowOrders > 0 ? Math.floor(f.windowFen / f.windowOrders) : 0,
  };
}

/** Which checks of each tier pass, compared exactly (integers, no rounding). */
export function tierChecks(f: CustomerFacts, now: number, rfm: AnalyticsSettings['rfm']) {
  const age = now - f.lastAt;
  const spanMs = f.windowFirstAt === undefined ? MONTH_MS : Math.max(MONTH_MS, now - f.windowFirstAt);
  return {
    vipRecent: age <= rfm.vipRecencyDays * DAY_MS,
    vipFrequent: f.windowOrders > 0 && f.windowOrders * MONTH_MS >= rfm.vipOrdersPerMonth * spanMs,
    vipSpend: f.windowOrders > 0 && f.windowFen >= rfm.vipAvgOrderFen * f.windowOrders,
    newOnly: f.orders === 1,
    newRecent: now - f.firstAt <= rfm.newWithinDays * DAY_MS,
    newSmall: f.onlyOrderFen !== undefined && f.onlyOrderFen < rfm.newMaxOrderFen,
    dormantIdle: age > rfm.dormantAfterDays * DAY_MS,
    dormantRare: f.yearOrders <= rfm.dormantMaxOrdersPerYear,
  };
}

/** The named tier of a customer (seed 002 rules, settings.rfm thresholds); first match wins. */
export function classifyTier(f: CustomerFacts, now: number, rfm: AnalyticsSettings['rfm']): NamedTier {
  const c = tierChecks(f, now, rfm);
  if (c.vipRecent && c.vipFrequent && c.vipSpend) return 'vip';
  if (c.newOnly && c.newRecent && c.newSmall) return 'new';
  if (c.dormantIdle && c.dormantRare) return 'dormant';
  return 'regular';
}
