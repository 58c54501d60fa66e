import { formatFen } from '../../domain';
import type { CustomerFacts } from './facts';
import { TIERS, tierChecks, tierMetrics, type NamedTier } from './tiers';
import type { AnalyticsSettings } from '../settings';
import type { Reason } from '../reason';


/** Rounded down to one decimal, so a failing 3.99 never reads as a passing "4.0". */
const oneDecimal = (n: number) => (Math.floor(n * 10 + 1e-9) / 10).toFixed(1);

/** Why a regular customer is not in a named tier: the first rule they came closest to. */
function notTier(f: CustomerFacts, now: number, rfm: AnalyticsSettings['rfm']): Reason {
  const c = tierChecks(f, now, rfm);
  if (c.newOnly && c.newRecent && !c.newSmall) {
    const limit = formatFen(rfm.newMaxOrderFen);
    return { zh: `唯一一单不低于 ${limit}`, en: `the only order is not below ${limit}` };
  }
  if (c.vipRecent && !c.vipFrequent) {
    return { zh: `月均不足 ${rfm.vipOrdersPerMonth} 单`, en: `fewer than ${rfm.vipOrdersPerMonth} orders a month` };
  }
  if (c.vipRecent && !c.vipSpend) {
    const limit = formatFen(rfm.vipAvgOrderFen);
    return { zh: `客单价低于 ${limit}`, en: `average order below ${limit}` };
  }
  if (c.dormantIdle) {
    const n = rfm.dormantMaxOrdersPerYear;
    return {
      zh: `近一年 ${f.yearOrders} 单，多于 ${n} 单，不算沉睡`,
      en: `${f.yearOrders} orders in the past year, more than ${n}, so not dormant`,
    };
  }
  return { zh: `最近下单已超过 ${rfm.vipRecencyDays} 天`, en: `last order more than ${rfm.vipRecencyDays} days ago` };
}

/**
 * The one-line reason for a customer's named tier, with the actual numbers, e.g.
 * "最近一次下单 12 天前；30 天内 5 单（月均 5.0 单）；客单价 ¥620.00 → 高价值复购用户".
 */
export function tierReason(f: CustomerFacts, tier: NamedTier, now: number, rfm: AnalyticsSettings['rfm']): Reason {
  const m = tierMetrics(f, now);
  const label = TIERS[tier].label;
  if (tier === 'new') {
    const fenText = formatFen(f.onlyOrderFen ?? 0);
    return {
      zh: `唯一一单在 ${m.recencyDays} 天前，金额 ${fenText} → ${label.zh}`,
      en: `only order ${m.recencyDays} days ago, ${fenText} → ${label.en}`,
    };
  }
  if (tier === 'dormant') {
    return {
      zh: `最近一次下单 ${m.recencyDays} 天前；近一年 ${f.yearOrders} 单 → ${label.zh}`,
      en: `last order ${m.recencyDays} days ago; ${f.yearOrders} orders in the past year → ${label.en}`,
    };
  }
  const avg = formatFen(m.avgOrderFen);
  const perMonth = oneDecimal(m.ordersPerMonth);
  const zh = `最近一次下单 ${m.recencyDays} 天前；${m.spanDays} 天内 ${f.windowOrders} 单（月均 ${perMonth} 单）；客单价 ${avg} → ${label.zh}`;
  const en = `last order ${m.recencyDays} days ago; ${f.windowOrders} orders in ${m.spanDays} days (${perMonth} a month); average order ${avg} → ${label.en}`;
  if (tier === 'vip') return { zh, en };
  const why = notTier(f, now, rfm);
  return { zh: `${zh}（${why.zh}）`, en: `${en} (${why.en})` };
}
