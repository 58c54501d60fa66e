import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { skuSalesFromAggregates, skuSalesFromOrders, trailingDays } from '../../../../lib/analytics/derived/sku';
import { captureSequence, replay } from '../../../support/order-arbitraries';
import { DAY, NOW, makeOrder } from '../../../support/orders';

describe('SKU sales over trailing days', () => {
  it('covers today and the days before it, Asia/Shanghai', () => {
    expect(trailingDays(NOW, 30)).toEqual({ first: '2025-07-03', last: '2025-08-01' });
  });

  it('counts units and line revenue of counted orders only', () => {
    const item = { title: '咖啡豆', spec: '', productId: '9', skuId: '1', quantity: 3, priceFen: 8800 };
    const orders = [
      makeOrder({ status: 'completed', items: [item] }),
      makeOrder({ status: 'refunding', items: [{ ...item, quantity: 1 }] }),
      makeOrder({ status: 'refunded', items: [item] }),
      makeOrder({ status: 'completed', items: [item], placedAt: NOW - 30 * DAY }), // 2025-07-02: outside 30 days
    ];
    expect([...skuSalesFromOrders(orders, NOW, 30).values()]).toEqual([{ platform: 'taobao', sku: '9:1', units: 4, revenueFen: 35_200 }]);
    expect(skuSalesFromOrders(orders, NOW, 31).get('taobao|9:1')?.units).toBe(7);
  });

  it('from skuStats rows equal sales from the raw orders for any now and window', () => {
    fc.assert(
      fc.property(captureSequence, fc.integer({ min: NOW - 200 * DAY, max: NOW + 5 * DAY }), fc.constantFrom(1, 30, 60), (steps, now, days) => {
        const { orders, db } = replay(steps);
        const sorted = (m: Map<string, unknown>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1));
        expect(sorted(skuSalesFromAggregates(db.skus.values(), now, days))).toEqual(sorted(skuSalesFromOrders(orders.values(), now, days)));
      }),
      { numRuns: 200 },
    );
  });
});
