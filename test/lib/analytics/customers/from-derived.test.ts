import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeRfmFromAggregates } from '../../../../lib/analytics/customers/from-derived';
import { rebuildAggregates } from '../../../../lib/analytics/derived';
import { computeRfmFromOrders, type RfmResult } from '../../../../lib/analytics/customers/rfm';
import { DEFAULT_SETTINGS } from '../../../../lib/analytics/settings';
import { captureSequence, replay } from '../../../support/order-arbitraries';
import { DAY, NOW, demoOrders } from '../../../support/orders';
import { DEMO_NOW } from '../../../fixtures/data/shop';

/** The result as plain data, reasons included, customers in id order. */
function plain(r: RfmResult) {
  const customers = [...r.customers]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((c) => ({ ...c, reason: c.reason, segmentReason: c.segmentReason }));
  return { ...r, customers };
}

describe('computeRfmFromAggregates', () => {
  it('equals RFM from the raw orders for any capture history and any now', () => {
    fc.assert(
      fc.property(captureSequence, fc.integer({ min: NOW - 30 * DAY, max: NOW + 30 * DAY }), (steps, now) => {
        const { orders, db } = replay(steps);
        const fromRows = computeRfmFromAggregates(db.customers.values(), db.days.values(), now, DEFAULT_SETTINGS);
        expect(plain(fromRows)).toEqual(plain(computeRfmFromOrders(orders.values(), now, DEFAULT_SETTINGS)));
      }),
      { numRuns: 300 },
    );
  });

  it('equals RFM from the raw orders on the demo shop', () => {
    const orders = demoOrders();
    const rows = rebuildAggregates(orders);
    const fromRows = computeRfmFromAggregates(rows.customers.values(), rows.days.values(), DEMO_NOW, DEFAULT_SETTINGS);
    expect(plain(fromRows)).toEqual(plain(computeRfmFromOrders(orders, DEMO_NOW, DEFAULT_SETTINGS)));
    expect(fromRows.excluded.refunded + fromRows.excluded.closed).toBeGreaterThan(0);
  });
});
