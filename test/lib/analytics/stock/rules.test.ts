import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../lib/analytics/settings';
import { CLEARANCE_STEPS, evaluateStock, type StockFigures } from '../../../../lib/analytics/stock/rules';
import type { SalesSource } from '../../../../lib/analytics/stock/sales';
import { at } from '../records';

function figures(stock: number, sales: number | null, slow: number | null, source: SalesSource = 'orders', slowThreshold = 100): StockFigures {
  return {
    stock,
    sales: { days: 30, units: sales, source, from: at(2025, 7, 3) },
    slow: { days: 60, units: slow, source, from: at(2025, 6, 3) },
    slowThreshold,
    thresholdFrom: { zh: '', en: '' },
  };
}
const kinds = (f: StockFigures) => evaluateStock(f, DEFAULT_SETTINGS).warnings.map((w) => w.kind);

describe('evaluateStock: the numbers', () => {
  it('derives safety stock, reorder point, days of cover and turnover from 20 sold in 30 days and 30 in stock', () => {
    const m = evaluateStock(figures(30, 20, 100), DEFAULT_SETTINGS);
    expect(m.dailySales).toBeCloseTo(20 / 30, 12);
    expect(m.safetyStock).toBe(30); // 20 × 1.5
    expect(m.reorderPoint).toBe(11); // 20/30 a day × 15 days × 1.1 = 11
    expect(m.daysOfCover).toBeCloseTo(45, 12); // 30 ÷ (20/30)
    expect(m.turnover).toBeCloseTo(0.5, 12); // 20 ÷ (30 + 20/2)
    expect(m.turnoverPerYear).toBeCloseTo((0.5 * 365) / 30, 12);
    expect(m.warnings).toEqual([]);
  });

  it('rounds a fractional safety stock up: 7 sold → 10.5 → 11', () => {
    expect(evaluateStock(figures(11, 7, 100), DEFAULT_SETTINGS).safetyStock).toBe(11);
    expect(kinds(figures(11, 7, 100))).toEqual([]);
    expect(kinds(figures(10, 7, 100))).toEqual(['reorder']);
  });
});

describe('evaluateStock: warnings at every boundary', () => {
  it.each<[string, StockFigures, string[]]>([
    ['stock exactly at the safety stock (30): nothing', figures(30, 20, 100), []],
    ['stock one below the safety stock: 补货', figures(29, 20, 100), ['reorder']],
    ['stock exactly at the reorder point (11): 补货 only', figures(11, 20, 100), ['reorder']],
    ['stock one below the reorder point: 补货 and the cover flag', figures(10, 20, 100), ['reorder', 'belowReorderPoint']],
    ['stock 0 with sales: 断货 only', figures(0, 20, 100), ['outOfStock']],
    ['stock 0 without sales: nothing', figures(0, 0, 0), []],
    ['exactly 100 sold in 60 days: not slow', figures(500, 50, 100), []],
    ['99 sold in 60 days: 滞销', figures(500, 50, 99), ['slowMover']],
    ['99 sold but nothing in stock: nothing to clear', figures(0, 0, 99), []],
    ['nothing sold, stock on hand: 滞销', figures(5, 0, 0), ['slowMover']],
    ['a lower bound still proves 补货 …', figures(5, 4, 4, 'orders-partial'), ['reorder']],
    ['… but never 滞销', figures(500, 4, 4, 'orders-partial'), []],
    ['no figure at all: nothing', figures(0, null, null, 'none'), []],
    ['page figures count like orders', figures(500, 40, 80, 'page'), ['slowMover']],
  ])('%s', (_, f, expected) => {
    expect(kinds(f)).toEqual(expected);
  });

  it('uses a category threshold when given', () => {
    expect(kinds(figures(500, 50, 60, 'orders', 50))).toEqual([]);
    expect(kinds(figures(500, 50, 49, 'orders', 50))).toEqual(['slowMover']);
  });
});

describe('evaluateStock: reasons', () => {
  it('says why, with the numbers', () => {
    const reorder = evaluateStock(figures(10, 20, 100), DEFAULT_SETTINGS).warnings;
    expect(reorder.map((w) => w.reason.zh)).toEqual([
      '库存 10 < 安全库存 30（近 30 天卖出 20 件 × 1.5）→ 补货',
      '可售 15 天 < 16.5 天（采购周期 15 天 + 10% 缓冲）：库存 10 < 补货点 11（日均 0.67 件）',
    ]);
    expect(evaluateStock(figures(0, 20, 100), DEFAULT_SETTINGS).warnings[0]!.reason).toEqual({
      zh: '库存 0，近 30 天卖出 20 件 → 断货',
      en: 'stock 0, 20 sold in 30 days → out of stock',
    });
  });

  it('gives a slow mover the three clearance steps: member discount → live-stream deal → supplier trade-in', () => {
    const [slow] = evaluateStock(figures(300, 20, 40), DEFAULT_SETTINGS).warnings;
    expect(slow!.reason.zh).toBe('近 60 天卖出 40 件 < 100 件，库存 300 → 滞销');
    expect(slow!.steps).toEqual(CLEARANCE_STEPS);
    expect(slow!.steps!.map((s) => s.zh)).toEqual([
      '① 会员专属折扣：先在会员/私域渠道做专属折扣',
      '② 直播间秒杀：再放进直播间做福利款、秒杀',
      '③ 供应商换货：最后与供应商以旧换新、换货消化',
    ]);
  });
});
