import fc from 'fast-check';
import { applyOrderChange } from '../../../../lib/analytics/derived/delta';
import { rebuildAggregates } from '../../../../lib/analytics/derived/rebuild';
import {
  META_ID,
  ShardedAggregates,
  aggregatesFromShards,
  dayShardRange,
  digestsOf,
  orderDigest,
  orderKeyOf,
  type ShardRow,
} from '../../../../lib/analytics/derived/shards';
import { CUSTOMER_BUCKETS, customerBucketId, customerBucketOf } from '../../../../lib/analytics/derived/customer-buckets';
import { dayKeyOf } from '../../../../lib/analytics/days';
import type { Order } from '../../../../lib/domain';
import { captureSequence, sortedRows } from '../../../support/order-arbitraries';
import { demoOrders } from '../../../support/orders';

/** A stand-in for the aggregateShards table: rows by id, written only from takeDirty. */
function storeOf(sharded: ShardedAggregates, into = new Map<string, ShardRow>()): Map<string, ShardRow> {
  for (const row of sharded.takeDirty()) into.set(row.id, row);
  return into;
}

describe('orderDigest', () => {
  const order = demoOrders().find((o) => o.items.length > 1)!;
  it('ignores when and where the order was captured, and the order of its keys', () => {
    const reordered = Object.fromEntries(Object.entries({ ...order, capturedAt: 1, url: 'https://x/', firstSeenAt: 2 }).reverse()) as Order;
    expect(orderDigest(reordered)).toBe(orderDigest(order));
  });
  it.each([
    ['status', (o: Order): Order => ({ ...o, status: o.status === 'refunded' ? 'paid' : 'refunded' })],
    ['status text', (o: Order): Order => ({ ...o, statusText: `${o.statusText} 售后中` })],
    ['amount', (o: Order): Order => ({ ...o, paidFen: o.paidFen + 1 })],
    ['a line quantity', (o: Order): Order => ({ ...o, items: o.items.map((i, n) => (n === 1 ? { ...i, quantity: i.quantity + 1 } : i)) })],
    ['a line spec', (o: Order): Order => ({ ...o, items: o.items.map((i, n) => (n === 0 ? { ...i, spec: `${i.spec} ` } : i)) })],
    ['the lines’ order', (o: Order): Order => ({ ...o, items: [...o.items].reverse() })],
  ])('changes with %s', (_what, change) => {
    expect(orderDigest(change(order))).not.toBe(orderDigest(order));
  });
});

describe('ShardedAggregates', () => {
  it('stores the derived tables so that reading the shards back gives a rebuild, row for row', () => {
    const orders = demoOrders();
    const built = rebuildAggregates(orders);
    const store = storeOf(ShardedAggregates.fromAggregates(built, digestsOf(orders)));
    expect(sortedRows(aggregatesFromShards(store.values()))).toEqual(sortedRows(built));
    // Per day and platform with orders a row of derived rows and a row of digests; a SKU list per platform;
    // the customers in their buckets (every bucket written, empty or not).
    const days = new Set(orders.map((o) => `${dayKeyOf(o.placedAt)}/${o.platform}`));
    const platforms = new Set(orders.map((o) => o.platform));
    const buckets = Array.from({ length: CUSTOMER_BUCKETS }, (_, b) => customerBucketId(b));
    expect([...store.keys()].sort()).toEqual(
      [...[...days].flatMap((d) => [`day/${d}`, `dig/${d}`]), ...[...platforms].map((p) => `sku/${p}`), ...buckets].sort(),
    );
    // Each customer is in its own bucket, once.
    const seen = [...store.values()].filter((r) => r.id.startsWith('cus/')).flatMap((r) => (JSON.parse(r.json) as unknown[]).filter((x) => typeof x === 'string').map((id) => [r.id, id]));
    expect(seen.length).toBe(built.customers.size);
    for (const [bucket, id] of seen) expect(bucket).toBe(customerBucketId(customerBucketOf(id as string)));
    // The side panel reads no digests: the tables come out the same without them.
    const withoutDigests = [...store.values()].filter((r) => !r.id.startsWith('dig/'));
    expect(sortedRows(aggregatesFromShards(withoutDigests))).toEqual(sortedRows(built));
    // Loaded again, it knows every stored order's digest.
    const loaded = ShardedAggregates.fromRows(store.values());
    for (const o of orders) expect(loaded.digest(orderKeyOf(o))).toBe(orderDigest(o));
    expect(loaded.orderCount).toBe(orders.length);
  });

  it('kept by deltas and written shard by shard, equals a rebuild after any captures, re-captures and deletions', () => {
    fc.assert(
      fc.property(captureSequence, fc.integer({ min: 1, max: 5 }), (steps, flushEvery) => {
        const orders = new Map<string, Order>();
        let sharded = new ShardedAggregates();
        const store = new Map<string, ShardRow>();
        steps.forEach((step, i) => {
          const next = 'remove' in step ? undefined : step;
          const o = 'remove' in step ? step.remove : step;
          const key = orderKeyOf(o);
          const previous = orders.get(key);
          if (!previous && !next) return;
          expect(sharded.applyDeltas(applyOrderChange(previous, next))).toBe(0);
          if (next) {
            sharded.applyDigests([[key, orderDigest(next), dayKeyOf(next.placedAt)]]);
            orders.set(key, next);
          } else orders.delete(key);
          if (i % flushEvery === 0) {
            storeOf(sharded, store);
            // A background that stops and starts again loads what was written.
            sharded = ShardedAggregates.fromRows(store.values());
          }
        });
        storeOf(sharded, store);
        expect(sortedRows(aggregatesFromShards(store.values()))).toEqual(sortedRows(rebuildAggregates(orders.values())));
      }),
      { numRuns: 300 },
    );
  });

  it('rewrites only the shards of the days and platform a capture touches', () => {
    const orders = demoOrders();
    const sharded = ShardedAggregates.fromAggregates(rebuildAggregates(orders), digestsOf(orders));
    sharded.takeDirty();
    const order = orders.find((o) => o.status === 'completed')!;
    const refunded: Order = { ...order, status: 'refunded' };
    sharded.applyDeltas(applyOrderChange(order, refunded));
    sharded.applyDigests([[orderKeyOf(refunded), orderDigest(refunded), dayKeyOf(refunded.placedAt)]]);
    const shard = `${dayKeyOf(order.placedAt)}/${order.platform}`;
    // The day's rows, and the bucket of the customer whose order no longer counts.
    const bucket = customerBucketId(customerBucketOf(`${order.platform}|${order.buyer}`));
    expect(sharded.takeDirty().map((r) => r.id)).toEqual([`day/${shard}`, `dig/${shard}`, bucket]);
    expect(sharded.takeDirty()).toEqual([]);
  });

  it('reads a range of days by shard id', () => {
    const [lower, upper] = dayShardRange('2025-07-01', '2025-07-31');
    expect('day/2025-07-01/taobao' >= lower && 'day/2025-07-01/taobao' <= upper).toBe(true);
    expect('day/2025-07-31/pdd' >= lower && 'day/2025-07-31/pdd' <= upper).toBe(true);
    expect('day/2025-08-01/jd' <= upper).toBe(false);
    expect('day/2025-06-30/jd' >= lower).toBe(false);
    expect(META_ID >= lower && META_ID <= upper).toBe(false);
  });
});
