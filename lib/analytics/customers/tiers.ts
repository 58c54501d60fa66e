import { DAY_MS, dayNumberOf } from '../days';
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
  /** Asia/Shanghai calendar days from the last order's day to today's (yesterday is 1, today 0). */
  recencyDays: number;
  /** Days the monthly average spans: from the first order in the window to now, at least 30. */
  spanDays: number;
  /** Window orders per 30 days over that span ("月均"). */
  ordersPerMonth: number;
  /** windowFen ÷ windowOrders, rounded down; 0 without window orders. */
  avgOrderFen: number;
}

const MONTH_MS = 30 * DAY_MS;

/**
 * Asia/Shanghai calendar days from the day of `at` to the day of `now`: an order at 08:00 yesterday is 1 day
 * ago at 22:00 today, and so is one at 23:59 yesterday at 00:01 today (README: every day is a Shanghai day).
 */
export function calendarDaysAgo(at: number, now: number): number {
  return dayNumberOf(now) - dayNumberOf(at);
}

/** R and "最近一次下单 N 天前": calendar days since the last order's day (calendarDaysAgo). */
export function recencyDaysOf(f: Pick<CustomerFacts, 'lastAt'>, now: number): number {
  return calendarDaysAgo(f.lastAt, now);
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

/**
 * Which checks of each tier pass, compared exactly (integers, no rounding). "Within N days" of the last or
 * first order counts calendar days, the N the reason shows: an order 30 days ago is within 30 days, at any hour.
 */
export function tierChecks(f: CustomerFacts, now: number, rfm: AnalyticsSettings['rfm']) {
  const recency = recencyDaysOf(f, now);
  const spanMs = f.windowFirstAt === undefined ? MONTH_MS : Math.max(MONTH_MS, now - f.windowFirstAt);
  return {
    vipRecent: recency <= rfm.vipRecencyDays,
    vipFrequent: f.windowOrders > 0 && f.windowOrders * MONTH_MS >= rfm.vipOrdersPerMonth * spanMs,
    vipSpend: f.windowOrders > 0 && f.windowFen >= rfm.vipAvgOrderFen * f.windowOrders,
    newOnly: f.orders === 1,
    newRecent: calendarDaysAgo(f.firstAt, now) <= rfm.newWithinDays,
    newSmall: f.onlyOrderFen !== undefined && f.onlyOrderFen < rfm.newMaxOrderFen,
    dormantIdle: recency > rfm.dormantAfterDays,
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
