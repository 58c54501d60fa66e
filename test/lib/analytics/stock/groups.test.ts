import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../lib/analytics/settings';
import { suggestMoves, sumWindows, type PlatformStock } from '../../../../lib/analytics/stock/groups';
import type { SalesSource, WindowSales } from '../../../../lib/analytics/stock/sales';
import type { PlatformId } from '../../../../lib/domain';
import { at } from '../records';

const FROM = at(2025, 7, 3);
const w = (units: number | null, source: SalesSource = 'orders'): WindowSales => ({ days: 30, units, source, from: FROM });
const share = (platform: PlatformId, stock: number, units: number | null, source: SalesSource = 'orders'): PlatformStock => ({
  platform,
  stock,
  sales: w(units, source),
  slow: { ...w(units === null ? null : units * 2, source), days: 60 },
  safetyStock: units === null ? null : Math.ceil(units * 1.5),
});

describe('sumWindows', () => {
  it.each<[string, WindowSales[], number | null, SalesSource]>([
    ['all from orders', [w(3), w(4)], 7, 'orders'],
    ['orders and page estimates', [w(3), w(4, 'page')], 7, 'page'],
    ['a lower bound makes the sum a lower bound', [w(3), w(4, 'orders-partial')], 7, 'orders-partial'],
    ['an unknown part too', [w(3), w(null, 'none')], 3, 'orders-partial'],
    ['nothing known', [w(null, 'none')], null, 'none'],
  ])('%s', (_, parts, units, source) => {
    expect(sumWindows(parts, 30, FROM)).toEqual({ days: 30, units, source, from: FROM });
  });
});

describe('suggestMoves', () => {
  it('moves the shortfall from the platform where stock sits idle to the one selling out', () => {
    // Douyin sold 60: safety 90, stock 5 → short by 85. Taobao sold 2: safety 3, stock 300 → 297 spare.
    const moves = suggestMoves([share('taobao', 300, 2), share('douyin', 5, 60)], DEFAULT_SETTINGS);
    expect(moves).toEqual([
      {
        from: 'taobao',
        to: 'douyin',
        units: 85,
        reason: {
          zh: '抖店近 30 天卖出 60 件，库存 5 < 安全库存 90；淘宝/天猫近 30 天卖出 2 件，库存 300，比安全库存 3 多 297 件 → 建议从淘宝/天猫调 85 件到抖店',
          en: 'Douyin Shop sold 60 in 30 days, stock 5 < safety stock 90; Taobao/Tmall sold 2, stock 300, 297 above its safety stock 3 → move 85 from Taobao/Tmall to Douyin Shop',
        },
      },
    ]);
  });

  it('serves the largest shortfall first from the largest surplus, never moving more than is spare', () => {
    // short: douyin 90 − 5 = 85, pdd 15 − 5 = 10; spare: taobao 63 − 3 = 60, jd 56 − 6 = 50
    const moves = suggestMoves([share('taobao', 63, 2), share('jd', 56, 4), share('douyin', 5, 60), share('pdd', 5, 10)], DEFAULT_SETTINGS);
    expect(moves.map((m) => [m.from, m.to, m.units])).toEqual([
      ['taobao', 'douyin', 60],
      ['jd', 'douyin', 25],
      ['jd', 'pdd', 10],
    ]);
  });

  it('suggests nothing when no platform is short or none has stock to spare', () => {
    expect(suggestMoves([share('taobao', 300, 2), share('douyin', 90, 60)], DEFAULT_SETTINGS)).toEqual([]);
    expect(suggestMoves([share('taobao', 3, 2), share('douyin', 5, 60)], DEFAULT_SETTINGS)).toEqual([]);
  });

  it('never takes stock from a platform whose sales are only a lower bound', () => {
    expect(suggestMoves([share('taobao', 300, 2, 'orders-partial'), share('douyin', 5, 60)], DEFAULT_SETTINGS)).toEqual([]);
  });
});
