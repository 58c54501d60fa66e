import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rebuildAggregates } from '../../../../lib/analytics/derived';
import { dayKeyOf, isDayStart } from '../../../../lib/analytics/days';
import { countSales } from '../../../../lib/analytics/stock/sales';
import { countSalesFromAggregates, earliestFromAggregates } from '../../../../lib/analytics/stock/sales-from-derived';
import { captureSequence, replay } from '../../../support/order-arbitraries';
import { capturedProduct, echo, nothingLaterToday, nowNear, productsEchoing } from '../../../support/product-arbitraries';
import { at, NOW, order, product } from '../records';

describe('earliestFromAggregates', () => {
  it('gives the earliest day per platform: its midnight when an order was placed exactly then, else 1 ms later', () => {
    const orders = [
      order({ platform: 'taobao', placedAt: at(2025, 7, 1, 12), status: 'closed' }, {}), // any status reaches
      order({ platform: 'taobao', placedAt: at(2025, 6, 3) }, {}),
      order({ platform: 'taobao', placedAt: at(2025, 6, 3, 8) }, {}),
      order({ platform: 'jd', placedAt: at(2025, 7, 3, 0, 0, 1) }, {}),
    ];
    const earliest = earliestFromAggregates(rebuildAggregates(orders).days.values());
    expect([...earliest].sort()).toEqual([
      ['jd', at(2025, 7, 3) + 1],
      ['taobao', at(2025, 6, 3)],
    ]);
  });

  it('answers "does the capture reach the window start" like the orders at the day edges', () => {
    // Window start 2025-07-03 00:00 (30 days before NOW). Earliest order [placed at, covers?].
    const cases: [number, boolean][] = [
      [at(2025, 7, 2, 23, 59, 59), true],
      [at(2025, 7, 3), true],
      [at(2025, 7, 3) + 1, false],
      [at(2025, 7, 3, 23, 59, 59), false],
    ];
    const products = [product({ platform: 'jd', productId: '2001', sales30d: 9 })];
    for (const [placedAt, covers] of cases) {
      const orders = [order({ platform: 'jd', placedAt }, { productId: '2001', quantity: 2 })];
      const rows = rebuildAggregates(orders);
      const source = countSalesFromAggregates(rows.skus.values(), rows.days.values(), products, 30, 60, NOW).salesWindow[0]!.source;
      expect([placedAt, source]).toEqual([placedAt, covers ? 'orders' : 'page']);
      expect(countSales(orders, products, 30, 60, NOW).salesWindow[0]!.source).toBe(source);
    }
  });
});

describe('countSalesFromAggregates', () => {
  it('counts an order placed later on now’s day, which the orders leave out: the one case where they differ', () => {
    const products = [product({ platform: 'taobao', productId: '1001' })];
    const orders = [
      order({ platform: 'taobao', placedAt: at(2025, 6, 1) }, { productId: '1001', quantity: 1 }),
      order({ platform: 'taobao', placedAt: NOW + 3600_000 }, { productId: '1001', quantity: 5 }), // 11:00 today, now 10:00
      order({ platform: 'taobao', placedAt: at(2025, 8, 2) }, { productId: '1001', quantity: 7 }), // tomorrow: neither
    ];
    const rows = rebuildAggregates(orders);
    expect(countSales(orders, products, 30, 60, NOW).salesWindow[0]!.units).toBe(0);
    expect(countSalesFromAggregates(rows.skus.values(), rows.days.values(), products, 30, 60, NOW).salesWindow[0]!.units).toBe(5);
    // From 11:00 on (or any day after) the two agree again.
    expect(countSales(orders, products, 30, 60, NOW + 3600_000).salesWindow[0]!.units).toBe(5);
  });

  it('equals countSales over the orders the rows were built from (kept by deltas, and rebuilt)', () => {
    const nowOf = fc.oneof(
      nowNear.map((now) => ({ now })),
      fc.record({ pick: fc.nat(), after: fc.integer({ min: 0, max: 3 * 3600_000 }) }),
    );
    fc.assert(
      fc.property(
        captureSequence,
        fc.array(capturedProduct, { maxLength: 4 }),
        fc.array(echo, { maxLength: 6 }),
        fc.constantFrom(1, 7, 30, 90),
        fc.constantFrom(1, 30, 60, 400),
        nowOf,
        (steps, pooled, echoes, salesDays, slowDays, when) => {
          const { orders, db } = replay(steps);
          const list = [...orders.values()];
          const products = [...pooled, ...productsEchoing(list, echoes)];
          const now = 'now' in when ? when.now : (list[when.pick % Math.max(1, list.length)]?.placedAt ?? NOW) + when.after;
          fc.pre(nothingLaterToday(list, now));
          const expected = countSales(list, products, salesDays, slowDays, now);
          for (const rows of [db, rebuildAggregates(list)]) {
            const got = countSalesFromAggregates(rows.skus.values(), rows.days.values(), products, salesDays, slowDays, now);
            expect(got.salesWindow).toEqual(expected.salesWindow);
            expect(got.slowWindow).toEqual(expected.slowWindow);
            expect(got.rules).toEqual(expected.rules);
            // Only the day of the earliest order is kept, and whether it fell exactly at midnight.
            const reach = (m: Map<string, number>) => [...m].map(([p, t]) => [p, dayKeyOf(t), isDayStart(t)]).sort();
            expect(reach(got.earliest)).toEqual(reach(expected.earliest));
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
