import { describe, expect, it } from 'vitest';
import { applyAggregateDeltas } from '../../../support/aggregate-writes';
import { applyOrderChange } from '../../../../lib/analytics/derived/delta';
import { rebuildAggregates } from '../../../../lib/analytics/derived/rebuild';
import { emptyAggregates, zeroTally } from '../../../../lib/analytics/derived/schema';
import { DAY, NOW, makeOrder } from '../../../support/orders';

const placedAt = NOW - 2 * DAY; // 2025-07-30 10:00 Shanghai
const paid = makeOrder({
  buyer: 'k**e',
  placedAt,
  status: 'paid',
  paidFen: 29_900,
  items: [
    { title: '蓝牙耳机真无线降噪入耳式', spec: '颜色:曜石黑', productId: '700100', skuId: '1', quantity: 2, priceFen: 9900 },
    { title: '华为快充数据线66W', spec: '长度:1米', outerId: 'SJX-66W-01', quantity: 1, priceFen: 10_100 },
  ],
});

describe('applyOrderChange', () => {
  it('adds a new paid order to its day, its customer and its SKUs', () => {
    const rows = emptyAggregates();
    const w = applyAggregateDeltas(rows, applyOrderChange(undefined, paid));
    expect(w.mismatches).toBe(0);
    expect(rows.days.get('2025-07-30|taobao')).toMatchObject({ orders: { ...zeroTally(), paid: 1 }, fen: { ...zeroTally(), paid: 29_900 }, buyers: [['k**e', 1]] });
    expect(rows.customers.get('taobao|k**e')).toMatchObject({ masked: true, orders: [[placedAt, 29_900]], orderCount: 1, totalFen: 29_900 });
    expect([...rows.skus.values()].map((s) => [s.id, s.sku, s.line, s.days])).toEqual([
      ['taobao|700100:1', '700100:1', { productId: '700100', skuId: '1', outerId: '', title: '', spec: '' }, [['2025-07-30', 2, 19_800]]],
      [
        'taobao|["outer:SJX-66W-01","","华为快充数据线66W"]',
        'outer:SJX-66W-01',
        { productId: '', skuId: '', outerId: 'SJX-66W-01', title: '华为快充数据线66W', spec: '' },
        [['2025-07-30', 1, 10_100]],
      ],
    ]);
    expect(w.customers.put).toHaveLength(1);
    expect(w.days.put).toHaveLength(1);
    expect(w.skus.put).toHaveLength(2);
  });

  it('moves a re-captured order from paid to refunded: out of GMV, the customer list and SKU sales', () => {
    const rows = emptyAggregates();
    applyAggregateDeltas(rows, applyOrderChange(undefined, paid));
    const refunded = { ...paid, status: 'refunded' as const, statusText: '退款成功' };
    const w = applyAggregateDeltas(rows, applyOrderChange(paid, refunded));
    expect(w.mismatches).toBe(0);
    expect(rows.days.get('2025-07-30|taobao')).toMatchObject({ orders: { ...zeroTally(), refunded: 1 }, fen: { ...zeroTally(), refunded: 29_900 }, buyers: [] });
    expect(rows.customers.size).toBe(0);
    expect(rows.skus.size).toBe(0);
    expect(w.customers.delete).toEqual(['taobao|k**e']);
    expect(w.skus.delete).toHaveLength(2);
    expect(w.days.put).toHaveLength(1);
  });

  it('keeps a refunding order counted (the refund may still be refused)', () => {
    const rows = emptyAggregates();
    applyAggregateDeltas(rows, applyOrderChange(undefined, paid));
    applyAggregateDeltas(rows, applyOrderChange(paid, { ...paid, status: 'refunding' }));
    expect(rows.customers.get('taobao|k**e')?.totalFen).toBe(29_900);
    expect(rows.days.get('2025-07-30|taobao')?.orders.refunding).toBe(1);
  });

  it('moves an order whose time was corrected to another day', () => {
    const rows = emptyAggregates();
    applyAggregateDeltas(rows, applyOrderChange(undefined, paid));
    const later = { ...paid, placedAt: placedAt + DAY };
    const w = applyAggregateDeltas(rows, applyOrderChange(paid, later));
    expect(w.days.delete).toEqual(['2025-07-30|taobao']);
    expect([...rows.days.keys()]).toEqual(['2025-07-31|taobao']);
    expect(rows.customers.get('taobao|k**e')?.orders).toEqual([[placedAt + DAY, 29_900]]);
    expect(rows.skus.get('taobao|700100:1')?.days).toEqual([['2025-07-31', 2, 19_800]]);
    expect(w.skus.put).toHaveLength(2);
  });

  it('keeps a SKU’s days sorted and adds up several orders of one day', () => {
    const rows = emptyAggregates();
    const day = (ms: number, quantity: number) => ({ ...paid, orderId: String(ms), placedAt: ms, items: [{ ...paid.items[0]!, quantity }] });
    for (const o of [day(placedAt, 1), day(placedAt - 3 * DAY, 2), day(placedAt + 3600_000, 4), day(placedAt - DAY, 1)]) applyAggregateDeltas(rows, applyOrderChange(undefined, o));
    expect(rows.skus.get('taobao|700100:1')?.days).toEqual([
      ['2025-07-27', 2, 19_800],
      ['2025-07-29', 1, 9900],
      ['2025-07-30', 5, 49_500],
    ]);
  });

  it('returns nothing for a re-capture without news, and removes a deleted order', () => {
    expect(applyOrderChange(paid, { ...paid, capturedAt: NOW + 1, statusText: '买家已付款' })).toEqual([]);
    const rows = emptyAggregates();
    applyAggregateDeltas(rows, applyOrderChange(undefined, paid));
    applyAggregateDeltas(rows, applyOrderChange(paid, undefined));
    expect(rows).toEqual(emptyAggregates());
  });

  it('reports a delta that does not fit instead of throwing', () => {
    const rows = emptyAggregates();
    const w = applyAggregateDeltas(rows, applyOrderChange(paid, undefined));
    expect(w.mismatches).toBe(4);
    expect(rows).toEqual(emptyAggregates());
  });

  it('counts the orders placed exactly at 00:00:00.000 Shanghai, and takes them away again', () => {
    const rows = emptyAggregates();
    const midnight = { ...paid, orderId: '91', placedAt: placedAt - 10 * 3600_000 }; // 2025-07-30 00:00:00.000
    const justAfter = { ...paid, orderId: '92', placedAt: placedAt - 10 * 3600_000 + 1, status: 'closed' as const };
    applyAggregateDeltas(rows, [...applyOrderChange(undefined, midnight), ...applyOrderChange(undefined, justAfter)]);
    expect(rows.days.get('2025-07-30|taobao')).toMatchObject({ orders: { ...zeroTally(), paid: 1, closed: 1 }, atDayStart: 1 });
    const w = applyAggregateDeltas(rows, applyOrderChange(midnight, { ...midnight, placedAt: midnight.placedAt + 1000 }));
    expect(w.mismatches).toBe(0);
    expect(rows.days.get('2025-07-30|taobao')?.atDayStart).toBe(0);
  });

  it('gives lines of one SKU key that the product matcher tells apart a row each', () => {
    // Taobao lines show the product id and the spec but no SKU id: both land on SKU key 652341298812:.
    const line = { title: '白鸭绒羽绒服女短款', productId: '652341298812', quantity: 1, priceFen: 10_000 };
    const o = makeOrder({ placedAt, items: [{ ...line, spec: '颜色分类:黑色;尺码:M' }, { ...line, spec: '颜色分类:黑色;尺码:L', quantity: 2 }, { ...line, spec: '' }] });
    const rows = emptyAggregates();
    applyAggregateDeltas(rows, applyOrderChange(undefined, o));
    expect([...rows.skus.values()].map((s) => [s.id, s.sku, s.line.spec, s.days[0]![1]])).toEqual([
      ['taobao|["652341298812:","颜色分类:黑色;尺码:M",""]', '652341298812:', '颜色分类:黑色;尺码:M', 1],
      ['taobao|["652341298812:","颜色分类:黑色;尺码:L",""]', '652341298812:', '颜色分类:黑色;尺码:L', 2],
      ['taobao|652341298812:', '652341298812:', '', 1],
    ]);
    expect(rows).toEqual(rebuildAggregates([o]));
  });

  it('moves the units of a line whose matcher fields changed in a re-capture', () => {
    const renamed = { ...paid, items: [paid.items[0]!, { ...paid.items[1]!, title: '华为超级快充数据线66W' }] };
    const rows = emptyAggregates();
    applyAggregateDeltas(rows, applyOrderChange(undefined, paid));
    const w = applyAggregateDeltas(rows, applyOrderChange(paid, renamed));
    expect(w.mismatches).toBe(0);
    expect(w.skus.delete).toEqual(['taobao|["outer:SJX-66W-01","","华为快充数据线66W"]']);
    expect(rows).toEqual(rebuildAggregates([renamed]));
  });

  it('keeps two equal orders of one buyer as two entries and removes only one', () => {
    const twin = { ...paid, orderId: paid.orderId + '1' };
    const rows = rebuildAggregates([paid, twin]);
    expect(rows.customers.get('taobao|k**e')?.orders).toEqual([
      [placedAt, 29_900],
      [placedAt, 29_900],
    ]);
    expect(rows.days.get('2025-07-30|taobao')?.buyers).toEqual([['k**e', 2]]);
    applyAggregateDeltas(rows, applyOrderChange(twin, undefined));
    expect(rows).toEqual(rebuildAggregates([paid]));
  });
});
