import { describe, expect, it } from 'vitest';
import { computeRfmFromOrders } from '../../../../lib/analytics/customers';
import { DEFAULT_SETTINGS } from '../../../../lib/analytics/settings';
import { computeStock } from '../../../../lib/analytics/stock';
import { rankUrgent } from '../../../../lib/analytics/urgent';
import type { Order, Product } from '../../../../lib/domain';
import { at, DAY, NOW, order, product } from '../records';

/** Linked goods by 商家编码, as the stored SKU codes would link them. */
const byOuterId = (p: Product) => (p.outerId ? { id: p.outerId, label: p.outerId } : undefined);

function urgent(orders: Order[], products: Product[], limit = 3) {
  const stock = computeStock(orders, products, DEFAULT_SETTINGS, NOW, byOuterId);
  const rfm = computeRfmFromOrders(orders, NOW, DEFAULT_SETTINGS);
  return rankUrgent({ rows: stock.rows, goods: stock.groups, customers: rfm.customers }, DEFAULT_SETTINGS, limit);
}

/** `units` sold of a product on `day` of July 2025, as one order by `buyer`. */
const sold = (platform: Product['platform'], productId: string, units: number, day: number, buyer = 'b') =>
  order({ platform, placedAt: at(2025, 7, day, 12), buyer }, { productId, quantity: units });

describe('rankUrgent', () => {
  it('puts out of stock first, then reorders by the days left to order before the stock runs out', () => {
    const gone = product({ platform: 'taobao', productId: 'A', title: '羽绒服', stock: 0 });
    const soon = product({ platform: 'jd', productId: 'B', title: '咖啡豆', stock: 20 }); // 60 sold in 30 days: 10 days of cover
    const later = product({ platform: 'pdd', productId: 'C', title: '保温杯', stock: 50 }); // 60 in 30 days: 25 days of cover
    const fine = product({ platform: 'douyin', productId: 'D', title: '耳机', stock: 500 });
    const orders = [sold('taobao', 'A', 3, 20), sold('jd', 'B', 60, 15), sold('pdd', 'C', 60, 15), sold('douyin', 'D', 10, 15)];
    const list = urgent(orders, [later, fine, soon, gone]);
    expect(list.items.map((i) => [i.kind, i.subject, i.daysLeft])).toEqual([
      ['outOfStock', '羽绒服', 0],
      ['reorder', '咖啡豆', 0], // 10 days of cover < the 15-day lead time: already late
      ['reorder', '保温杯', 10], // 25 − 15
    ]);
    expect(list.items[0]!.reason.zh).toBe('库存 0，近 30 天卖出 3 件 → 断货');
    expect(list.items[1]!.reason.zh).toMatch(/^库存 20 < 安全库存 90（近 30 天卖出 60 件 × 1.5）→ 补货；可售 10 天 < 16.5 天/);
    expect(list.counts).toEqual({ outOfStock: 1, reorder: 2, move: 0, slipping: 0 });
  });

  it('breaks equal days by kind, then by units lost a day', () => {
    const slowGone = product({ platform: 'taobao', productId: 'A', title: '慢', stock: 0 });
    const fastGone = product({ platform: 'taobao', productId: 'B', title: '快', stock: 0 });
    const list = urgent([sold('taobao', 'A', 1, 20), sold('taobao', 'B', 30, 20)], [slowGone, fastGone]);
    expect(list.items.map((i) => i.subject)).toEqual(['快', '慢']);
    expect(list.items[0]!.stake).toBe(1);
  });

  it('suggests a move instead of a reorder where another platform holds spare stock of the linked goods', () => {
    const hot = product({ platform: 'douyin', productId: 'H', skuId: '1', title: '卫衣', spec: '黑色 M', outerId: 'WY-01', stock: 5 });
    const cold = product({ platform: 'taobao', productId: 'T', title: '卫衣', outerId: 'WY-01', stock: 400 });
    const orders = [
      order({ platform: 'douyin', placedAt: at(2025, 7, 20, 12) }, { productId: 'H', skuId: '1', quantity: 30 }),
      sold('taobao', 'T', 10, 20),
      // Taobao's captured orders reach back past the 30-day window, so its 10 sold are exact: a source of stock.
      order({ platform: 'taobao', placedAt: at(2025, 5, 1) }, { productId: 'other', quantity: 1 }),
    ];
    const list = urgent(orders, [hot, cold]);
    expect(list.items.map((i) => i.kind)).toEqual(['move']);
    const move = list.items[0]!;
    expect(move).toMatchObject({ subject: 'WY-01', platform: 'douyin', daysLeft: 5 }); // 5 in stock, 30 sold in 30 days
    expect(move.reason.zh).toContain('建议从淘宝/天猫调 40 件到抖店');
    expect(list.counts.reorder).toBe(0);
  });

  it('gathers the customers about to turn 沉睡 into one item, the soonest first', () => {
    const day = (ago: number) => NOW - ago * DAY;
    const one = (buyer: string, ago: number): Order => order({ platform: 'taobao', placedAt: day(ago), buyer, paidFen: 5000 });
    const orders = [
      one('a', 80), // turns 沉睡 in 91 − 80 = 11 days
      one('b', 88), // in 3 days
      one('c', 70), // more than 14 days away
      one('d', 95), // 沉睡 already
      one('e', 85),
      one('e', 200),
      one('e', 300), // three orders this year: never 沉睡 by the ≤ 2 a year rule
    ];
    const list = urgent(orders, []);
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ kind: 'slipping', daysLeft: 3, stake: 2 });
    expect(list.items[0]!.reason.zh).toBe('2 位客户最近一次下单在 80–88 天前，近一年不超过 2 单：超过 90 天未下单即转为沉睡用户，最早 3 天后 → 先发唤醒优惠券');
    expect(list.counts.slipping).toBe(2);
  });

  it('ranks across kinds by days left and keeps three', () => {
    const gone = product({ platform: 'taobao', productId: 'A', title: '羽绒服', stock: 0 });
    const later = product({ platform: 'pdd', productId: 'C', title: '保温杯', stock: 50 }); // 10 days left
    const orders = [sold('taobao', 'A', 3, 20), sold('pdd', 'C', 60, 15), order({ platform: 'jd', placedAt: NOW - 88 * DAY, buyer: 'z' })];
    const list = urgent(orders, [gone, later, product({ platform: 'jd', productId: 'X', stock: 0 })], 2);
    expect(list.items.map((i) => [i.kind, i.daysLeft])).toEqual([
      ['outOfStock', 0],
      ['slipping', 3],
    ]);
    expect(list.counts).toEqual({ outOfStock: 1, reorder: 1, move: 0, slipping: 1 });
  });

  it('gives an empty list for an empty shop', () => {
    expect(urgent([], [])).toEqual({ items: [], counts: { outOfStock: 0, reorder: 0, move: 0, slipping: 0 } });
  });
});
