import { describe, expect, it } from 'vitest';
import type { Order } from '../../../../lib/domain';
import { factsFromOrders } from '../../../../lib/analytics/customers/facts';
import { tierReason } from '../../../../lib/analytics/customers/tier-reason';
import { computeRfmFromOrders } from '../../../../lib/analytics/customers/rfm';
import { TIERS, classifyTier, recencyDaysOf, tierMetrics } from '../../../../lib/analytics/customers/tiers';
import { DEFAULT_SETTINGS } from '../../../../lib/analytics/settings';
import { DAY, HOUR, NOW, makeOrder, ordersOf } from '../../../support/orders';

/** 00:00 Asia/Shanghai of NOW's day (NOW is 10:00). */
const TODAY = NOW - 10 * HOUR;
const at = (ms: number, fen: number) => makeOrder({ buyer: 'b', placedAt: ms, paidFen: fen });

/** Each case: one buyer's orders, the expected tier, and the reason written out by hand. */
const CASES: { name: string; orders: Order[]; tier: string; zh: string }[] = [
  {
    name: 'last order exactly 30 days ago, exactly 4 a month, exactly ¥500 average',
    orders: ordersOf('b', [30, 30, 30, 30], 50_000),
    tier: 'vip',
    zh: '最近一次下单 30 天前；30 天内 4 单（月均 4.0 单）；客单价 ¥500.00 → 高价值复购用户',
  },
  {
    name: 'last order at 00:00 of the day 30 days ago (30 days 10 hours back) is still within 30 calendar days',
    orders: Array.from({ length: 5 }, () => at(TODAY - 30 * DAY, 50_000)),
    tier: 'vip',
    zh: '最近一次下单 30 天前；31 天内 5 单（月均 4.9 单）；客单价 ¥500.00 → 高价值复购用户',
  },
  {
    name: 'last order at 23:59:59.999 of the day 31 days ago',
    orders: Array.from({ length: 5 }, () => at(TODAY - 30 * DAY - 1, 50_000)),
    tier: 'regular',
    zh: '最近一次下单 31 天前；31 天内 5 单（月均 4.9 单）；客单价 ¥500.00 → 一般用户（最近下单已超过 30 天）',
  },
  {
    name: 'average exactly ¥500 from mixed amounts',
    orders: ordersOf('b', [20, 9, 5, 2], [30_000, 70_000, 50_000, 50_000]),
    tier: 'vip',
    zh: '最近一次下单 2 天前；30 天内 4 单（月均 4.0 单）；客单价 ¥500.00 → 高价值复购用户',
  },
  {
    name: 'average one quarter fen below ¥500',
    orders: ordersOf('b', [20, 9, 5, 2], [50_000, 50_000, 50_000, 49_999]),
    tier: 'regular',
    zh: '最近一次下单 2 天前；30 天内 4 单（月均 4.0 单）；客单价 ¥499.99 → 一般用户（客单价低于 ¥500.00）',
  },
  {
    name: '8 orders over exactly 60 days = 4.0 a month',
    orders: ordersOf('b', [60, 50, 40, 30, 20, 10, 5, 1], 60_000),
    tier: 'vip',
    zh: '最近一次下单 1 天前；60 天内 8 单（月均 4.0 单）；客单价 ¥600.00 → 高价值复购用户',
  },
  {
    name: '7 orders over 60 days = 3.5 a month',
    orders: ordersOf('b', [60, 50, 40, 30, 20, 10, 1], 60_000),
    tier: 'regular',
    zh: '最近一次下单 1 天前；60 天内 7 单（月均 3.5 单）；客单价 ¥600.00 → 一般用户（月均不足 4 单）',
  },
  {
    name: '8 orders, the first 60 days and 1 hour ago = 3.997 a month',
    orders: [at(NOW - 60 * DAY - HOUR, 60_000), ...ordersOf('b', [50, 40, 30, 20, 10, 5, 1], 60_000)],
    tier: 'regular',
    zh: '最近一次下单 1 天前；61 天内 8 单（月均 3.9 单）；客单价 ¥600.00 → 一般用户（月均不足 4 单）',
  },
  {
    name: 'only order exactly 7 days ago, ¥199.99',
    orders: ordersOf('b', [7], 19_999),
    tier: 'new',
    zh: '唯一一单在 7 天前，金额 ¥199.99 → 潜力新用户',
  },
  {
    name: 'only order exactly 7 days ago, exactly ¥200',
    orders: ordersOf('b', [7], 20_000),
    tier: 'regular',
    zh: '最近一次下单 7 天前；30 天内 1 单（月均 1.0 单）；客单价 ¥200.00 → 一般用户（唯一一单不低于 ¥200.00）',
  },
  {
    name: 'only order at 00:00 of the day 7 days ago, ¥100',
    orders: [at(TODAY - 7 * DAY, 10_000)],
    tier: 'new',
    zh: '唯一一单在 7 天前，金额 ¥100.00 → 潜力新用户',
  },
  {
    name: 'only order at 23:59:59.999 of the day 8 days ago',
    orders: [at(TODAY - 7 * DAY - 1, 10_000)],
    tier: 'regular',
    zh: '最近一次下单 8 天前；30 天内 1 单（月均 1.0 单）；客单价 ¥100.00 → 一般用户（月均不足 4 单）',
  },
  {
    name: 'last order exactly 90 days ago is not yet dormant',
    orders: ordersOf('b', [90], 10_000),
    tier: 'regular',
    zh: '最近一次下单 90 天前；90 天内 1 单（月均 0.3 单）；客单价 ¥100.00 → 一般用户（最近下单已超过 30 天）',
  },
  {
    name: 'last order at 00:00 of the day 90 days ago is not yet dormant',
    orders: [at(TODAY - 90 * DAY, 10_000), at(NOW - 200 * DAY, 10_000)],
    tier: 'regular',
    zh: '最近一次下单 90 天前；200 天内 2 单（月均 0.3 单）；客单价 ¥100.00 → 一般用户（最近下单已超过 30 天）',
  },
  {
    name: 'last order at 23:59:59.999 of the day 91 days ago, 2 orders in the year',
    orders: [at(TODAY - 90 * DAY - 1, 10_000), at(NOW - 200 * DAY, 10_000)],
    tier: 'dormant',
    zh: '最近一次下单 91 天前；近一年 2 单 → 沉睡用户',
  },
  {
    name: '3 orders in the year (one exactly 365 days ago) is not dormant',
    orders: ordersOf('b', [365, 200, 100], 10_000),
    tier: 'regular',
    zh: '最近一次下单 100 天前；365 天内 3 单（月均 0.2 单）；客单价 ¥100.00 → 一般用户（近一年 3 单，多于 2 单，不算沉睡）',
  },
  {
    name: 'the third order 365 days and 1 ms ago falls out of the year',
    orders: [at(NOW - 365 * DAY - 1, 10_000), ...ordersOf('b', [200, 100], 10_000)],
    tier: 'dormant',
    zh: '最近一次下单 100 天前；近一年 2 单 → 沉睡用户',
  },
];

describe('named tiers (seed 002 thresholds)', () => {
  it.each(CASES)('$name → $tier', ({ orders, tier, zh }) => {
    const { facts } = factsFromOrders(orders, NOW, DEFAULT_SETTINGS);
    expect(facts).toHaveLength(1);
    const f = facts[0]!;
    expect(classifyTier(f, NOW, DEFAULT_SETTINGS.rfm)).toBe(tier);
    expect(tierReason(f, classifyTier(f, NOW, DEFAULT_SETTINGS.rfm), NOW, DEFAULT_SETTINGS.rfm).zh).toBe(zh);
  });

  it('words the reason in English too', () => {
    const { facts } = factsFromOrders(ordersOf('b', [60, 50, 40, 30, 20, 10, 5, 1], 60_000), NOW, DEFAULT_SETTINGS);
    expect(tierReason(facts[0]!, 'vip', NOW, DEFAULT_SETTINGS.rfm).en).toBe(
      'last order 1 days ago; 8 orders in 60 days (4.0 a month); average order ¥600.00 → High-value repeat buyer',
    );
  });

  it('averages over the span since the first order in the window, not the last 30 days', () => {
    // 8 orders a year ago in one month, one last week: 9 orders over 365 days = 0.74 a month.
    const orders = [...ordersOf('b', [360, 355, 350, 345, 340, 335, 333, 331], 80_000), ...ordersOf('b', [6], 80_000)];
    const f = factsFromOrders(orders, NOW, DEFAULT_SETTINGS).facts[0]!;
    const m = tierMetrics(f, NOW);
    expect(m.spanDays).toBe(360);
    expect(m.ordersPerMonth).toBeCloseTo(0.75, 10);
    expect(classifyTier(f, NOW, DEFAULT_SETTINGS.rfm)).toBe('regular');
  });

  it('follows changed thresholds from settings', () => {
    const rfm = { ...DEFAULT_SETTINGS.rfm, vipOrdersPerMonth: 2, vipAvgOrderFen: 30_000 };
    const f = factsFromOrders(ordersOf('b', [20, 3], 30_000), NOW, DEFAULT_SETTINGS).facts[0]!;
    expect(classifyTier(f, NOW, DEFAULT_SETTINGS.rfm)).toBe('regular');
    expect(classifyTier(f, NOW, rfm)).toBe('vip');
  });

  it('gives every tier its playbook', () => {
    expect(TIERS.vip.playbook.zh).toContain('专属权益包');
    expect(TIERS.vip.playbook.zh).toContain('VIP');
    expect(TIERS.new.playbook.zh).toContain('新人首单礼');
    expect(TIERS.dormant.playbook.zh).toMatch(/唤醒优惠券.*一对一回访/);
    expect(TIERS.regular.label.zh).toBe('一般用户');
  });
});

/** An instant given as Asia/Shanghai wall time (UTC+8, no daylight saving). */
const shanghai = (y: number, mo: number, d: number, h: number, mi: number) => Date.UTC(y, mo - 1, d, h - 8, mi);

describe('recency counts Asia/Shanghai calendar days', () => {
  it.each([
    ['08:00 yesterday, seen at 22:00 today', shanghai(2025, 11, 20, 8, 0), shanghai(2025, 11, 21, 22, 0), 1],
    ['23:59 the day before, seen at 00:01', shanghai(2025, 11, 20, 23, 59), shanghai(2025, 11, 21, 0, 1), 1],
    ['07:30 today (23:30 UTC yesterday), seen at 08:30 (00:30 UTC today): the same Shanghai day', shanghai(2025, 11, 21, 7, 30), shanghai(2025, 11, 21, 8, 30), 0],
    ['07:30 (23:30 UTC), seen at 00:30 next day (16:30 UTC, the same UTC day)', shanghai(2025, 11, 20, 7, 30), shanghai(2025, 11, 21, 0, 30), 1],
    ['00:00 on 2025-02-28, seen at 23:59 on 2025-03-01', shanghai(2025, 2, 28, 0, 0), shanghai(2025, 3, 1, 23, 59), 1],
    ['placed this morning', shanghai(2025, 11, 21, 0, 0), shanghai(2025, 11, 21, 23, 59), 0],
  ])('%s', (_, lastAt, now, days) => {
    expect(recencyDaysOf({ lastAt }, now)).toBe(days);
  });

  it('shows an order placed yesterday morning as 1 天前 in the reason and the R line by evening', () => {
    const now = shanghai(2025, 11, 21, 22, 0);
    const order = makeOrder({ buyer: 'tb_晚上看', placedAt: shanghai(2025, 11, 20, 8, 0), paidFen: 15_000 });
    const [c] = computeRfmFromOrders([order], now, DEFAULT_SETTINGS).customers;
    expect(c!.recencyDays).toBe(1);
    expect(c!.reason.zh).toBe('唯一一单在 1 天前，金额 ¥150.00 → 潜力新用户');
    expect(c!.segmentReason.zh).toMatch(/^R 5 分（1 天前）/);
  });
});
