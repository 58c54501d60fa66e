import fc from 'fast-check';
import { dayKeyOf, dayStartOf } from '../../../../lib/analytics/days';
import { skuDaysAsOrders, windowParts } from '../../../../lib/analytics/derived/window-sales';
import { listingsOf, type Listing } from '../../../../lib/analytics/titles';
import { captureSequence, replay } from '../../../support/order-arbitraries';
import { DAY, HOUR, NOW } from '../../../support/orders';
import { echo, nowNear, productsEchoing } from '../../../support/product-arbitraries';

const WINDOW = 30 * DAY;

describe('windowParts', () => {
  it('cuts 30 × 24 h up to now into the whole days inside it and the two part days at its ends', () => {
    const now = dayStartOf('2025-08-01') + 14 * HOUR;
    expect(windowParts(now, WINDOW)).toEqual({
      days: { from: '2025-07-03', to: '2025-07-31' },
      edges: [
        { from: now - WINDOW, to: dayStartOf('2025-07-03') - 1 },
        { from: dayStartOf('2025-08-01'), to: now },
      ],
    });
  });

  it('starts with a whole day when the window starts at midnight, and covers every instant once', () => {
    const now = dayStartOf('2025-08-01');
    const parts = windowParts(now, WINDOW);
    expect(parts.days).toEqual({ from: '2025-07-02', to: '2025-07-31' });
    expect(parts.edges).toEqual([{ from: now, to: now }]);
    fc.assert(
      fc.property(fc.integer({ min: NOW - 5 * DAY, max: NOW + 5 * DAY }), fc.integer({ min: 0, max: WINDOW + DAY }), (t, offset) => {
        const p = windowParts(t, WINDOW);
        const at = t - WINDOW - DAY / 2 + offset;
        const inDays = p.days !== undefined && dayKeyOf(at) >= p.days.from && dayKeyOf(at) <= p.days.to;
        const inEdges = p.edges.filter((e) => at >= e.from && at <= e.to).length;
        expect(Number(inDays) + inEdges).toBe(at >= t - WINDOW && at <= t ? 1 : 0);
      }),
    );
  });
});

describe('skuDaysAsOrders', () => {
  const sorted = (ls: Listing[]) => [...ls].sort((a, b) => `${a.platform}|${a.productId}`.localeCompare(`${b.platform}|${b.productId}`));
  const category = () => '01';

  it('with the part days’ orders, gives every listing the 30-day sales the orders give, for any now', () => {
    fc.assert(
      fc.property(captureSequence, fc.array(echo, { maxLength: 8 }), nowNear, (steps, echoes, now) => {
        const { orders, db } = replay(steps);
        const all = [...orders.values()];
        const products = productsEchoing(all, echoes);
        const parts = windowParts(now, WINDOW);
        const edges = all.filter((o) => parts.edges.some((e) => o.placedAt >= e.from && o.placedAt <= e.to));
        const standIn = [...(parts.days ? skuDaysAsOrders(db.skus.values(), parts.days.from, parts.days.to) : []), ...edges];
        expect(sorted(listingsOf(products, standIn, now, category))).toEqual(sorted(listingsOf(products, all, now, category)));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps units and revenue exact when the revenue does not divide by the units', () => {
    const days: [string, number, number][] = [['2025-06-30', 5, 500], ['2025-07-10', 3, 1000], ['2025-07-12', 1, 7]];
    const row = { id: 'taobao|9:1', platform: 'taobao' as const, sku: '9:1', line: { productId: '9', skuId: '1', outerId: '', title: '', spec: '' }, days };
    // One stand-in for the row's days in the range (not 2025-06-30).
    const [order, ...more] = skuDaysAsOrders([row], '2025-07-01', '2025-07-31');
    expect(more).toEqual([]);
    expect(order!.items.reduce((a, i) => a + i.quantity, 0)).toBe(4);
    expect(order!.items.reduce((a, i) => a + i.quantity * i.priceFen, 0)).toBe(1007);
    expect(dayKeyOf(order!.placedAt)).toBe('2025-07-12');
    expect(skuDaysAsOrders([row], '2025-07-13', '2025-07-31')).toEqual([]);
  });
});
