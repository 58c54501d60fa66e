import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rebuildAggregates } from '../../../../lib/analytics/derived/rebuild';
import { CustomerStatsSchema, DailyStatsSchema, SkuStatsSchema } from '../../../../lib/analytics/derived/schema';
import { captureSequence, replay, sortedRows } from '../../../support/order-arbitraries';
import { demoOrders } from '../../../support/orders';

describe('rebuildAggregates vs upkeep by deltas', () => {
  it('gives the same rows as applying every capture (re-captures, status and amount changes, deletions) in turn', () => {
    fc.assert(
      fc.property(captureSequence, (steps) => {
        const { orders, db, mismatches } = replay(steps);
        expect(mismatches).toBe(0);
        expect(sortedRows(db)).toEqual(sortedRows(rebuildAggregates(orders.values())));
      }),
      { numRuns: 400 },
    );
  });

  it('builds rows that pass their schemas', () => {
    const rows = rebuildAggregates(demoOrders());
    for (const r of rows.customers.values()) CustomerStatsSchema.parse(r);
    for (const r of rows.days.values()) DailyStatsSchema.parse(r);
    for (const r of rows.skus.values()) SkuStatsSchema.parse(r);
    expect(rows.customers.size).toBeGreaterThan(40);
  });

  it('sums the demo shop’s counted orders into its customers and day rows', () => {
    const orders = demoOrders();
    const rows = rebuildAggregates(orders);
    const counted = orders.filter((o) => ['paid', 'shipped', 'completed', 'refunding'].includes(o.status));
    const customerTotal = [...rows.customers.values()].reduce((s, c) => s + c.totalFen, 0);
    expect(customerTotal).toBe(counted.reduce((s, o) => s + o.paidFen, 0));
    const dayOrders = [...rows.days.values()].reduce((s, d) => s + Object.values(d.orders).reduce((a, b) => a + b, 0), 0);
    expect(dayOrders).toBe(orders.length);
  });
});
