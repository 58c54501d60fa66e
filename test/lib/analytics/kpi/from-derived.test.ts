import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDailyKpisFromAggregates, computeKpisFromAggregates } from '../../../../lib/analytics/kpi/from-derived';
import { dayKeyOf, dayRange } from '../../../../lib/analytics/days';
import { computeDailyKpis, computeKpis } from '../../../../lib/analytics/kpi/from-orders';
import { captureSequence, replay } from '../../../support/order-arbitraries';
import { DAY, NOW } from '../../../support/orders';

/** A whole-day range somewhere in the captures' span. */
const range = fc.tuple(fc.integer({ min: -402, max: 3 }), fc.integer({ min: 1, max: 120 })).map(([start, len]) => dayRange(dayKeyOf(NOW + start * DAY), dayKeyOf(NOW + (start + len - 1) * DAY)));

describe('KPIs from dailyStats rows', () => {
  it('equal KPIs from the raw orders over any day range, buyers and repeat buyers included', () => {
    fc.assert(
      fc.property(captureSequence, range, (steps, r) => {
        const { orders, db } = replay(steps);
        expect(computeKpisFromAggregates(db.days.values(), r)).toEqual(computeKpis(orders.values(), r));
      }),
      { numRuns: 300 },
    );
  });

  it('equal per-day KPIs from the raw orders', () => {
    fc.assert(
      fc.property(captureSequence, range, (steps, r) => {
        const { orders, db } = replay(steps);
        expect(computeDailyKpisFromAggregates(db.days.values(), r)).toEqual(computeDailyKpis(orders.values(), r));
      }),
      { numRuns: 100 },
    );
  });
});
