import fc from 'fast-check';
import { applyOrderChange } from '../../../../lib/analytics/derived/delta';
import { rebuildAggregates } from '../../../../lib/analytics/derived/rebuild';
import {
  FOLD_JOURNAL_ROWS,
  FOLD_JOURNAL_SHARE,
  META_ID,
  ShardedAggregates,
  aggregatesFromShards,
  dayShardRange,
  digestsOf,
  orderDigest,
  orderKeyOf,
  type ShardRow,
} from '../../../../lib/analytics/derived/shards';
import { CUSTOMER_BUCKETS, customerBucketId, customerBucketOf, customerJournalId, isCustomerBucketId } from '../../../../lib/analytics/derived/customer-buckets';
import { dayKeyOf } from '../../../../lib/analytics/days';
import type { Order } from '../../../../lib/domain';
import { captureSequence, sortedRows } from '../../../support/order-arbitraries';
import { demoOrders } from '../../../support/orders';

/** A stand-in for the aggregateShards table: rows by id, written only from takeWrites. */
function storeOf(sharded: ShardedAggregates, into = new Map<string, ShardRow>(), fold?: boolean): Map<string, ShardRow> {
  const { put, remove } = sharded.takeWrites({ fold });
  for (const id of remove) into.delete(id);
  for (const row of put) into.set(row.id, row);
  return into;
}

const journalIds = (store: Map<string, ShardRow>) => [...store.keys()].filter((id) => id.startsWith('cus/') && !isCustomerBucketId(id)).sort();

/** The demo orders' tables, stored; an order of the demo and the same order refunded, its digest applied. */
function refundOne(orders: Order[], sharded: ShardedAggregates, pick: (o: Order) => boolean): Order {
  const order = orders.find((o) => o.status === 'completed' && pick(o))!;
  const refunded: Order = { ...order, status: 'refunded' };
  expect(sharded.applyDeltas(applyOrderChange(order, refunded))).toBe(0);
  sharded.applyDigests([[orderKeyOf(refunded), orderDigest(refunded), dayKeyOf(refunded.placedAt)]]);
  return refunded;
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
      fc.property(captureSequence, fc.integer({ min: 1, max: 5 }), fc.array(fc.boolean(), { maxLength: 30 }), (steps, flushEvery, folds) => {
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
            // Some writes fold the customer journal into the buckets, the others add a journal row.
            storeOf(sharded, store, folds[i]);
            // A reader of the stored rows (buckets, then the journal) sees what the background holds.
            expect(sortedRows(aggregatesFromShards(store.values()))).toEqual(sortedRows(rebuildAggregates(orders.values())));
            // A background that stops and starts again loads what was written.
            sharded = ShardedAggregates.fromRows(store.values());
          }
        });
        storeOf(sharded, store);
        expect(sortedRows(aggregatesFromShards(store.values()))).toEqual(sortedRows(rebuildAggregates(orders.values())));
      }),
      { numRuns: 300 },
    );
    // 300 sequences, each read back after every write: ~3 s on a quiet machine, longer than 5 s at load 15+.
  }, 60_000);

  it('rewrites only the shards of the days and platform a capture touches; customers go to the journal', () => {
    const orders = demoOrders();
    const sharded = ShardedAggregates.fromAggregates(rebuildAggregates(orders), digestsOf(orders));
    const store = storeOf(sharded);
    const refunded = refundOne(orders, sharded, () => true);
    const shard = `${dayKeyOf(refunded.placedAt)}/${refunded.platform}`;
    // The day's rows, and a journal row with the customer whose order no longer counts; no bucket rewritten.
    const writes = sharded.takeWrites();
    expect(writes.put.map((r) => r.id)).toEqual([`day/${shard}`, `dig/${shard}`, customerJournalId(0)]);
    expect(JSON.parse(writes.put[2]!.json)).toEqual([`${refunded.platform}|${refunded.buyer}`, refunded.placedAt, refunded.paidFen, -1]);
    expect(writes.remove).toEqual([]);
    expect(sharded.takeWrites()).toEqual({ put: [], remove: [] });
    for (const row of writes.put) store.set(row.id, row);
    const expected = rebuildAggregates(orders.map((o) => (orderKeyOf(o) === orderKeyOf(refunded) ? refunded : o)));
    expect(sortedRows(aggregatesFromShards(store.values()))).toEqual(sortedRows(expected));
  });

  it('folds the journal into the buckets it touched when asked, or when it reaches FOLD_JOURNAL_ROWS rows', () => {
    const orders = demoOrders();
    const built = rebuildAggregates(orders);
    const store = storeOf(ShardedAggregates.fromAggregates(built, digestsOf(orders)));
    // Loaded again (a new background): the journal rows it finds are folded with the rest.
    let sharded = ShardedAggregates.fromRows(store.values());
    const first = refundOne(orders, sharded, () => true);
    storeOf(sharded, store);
    sharded = ShardedAggregates.fromRows(store.values());
    const second = refundOne(orders, sharded, (o) => o.buyer !== first.buyer && customerBucketOf(`${o.platform}|${o.buyer}`) !== customerBucketOf(`${first.platform}|${first.buyer}`));
    storeOf(sharded, store);
    expect(journalIds(store)).toEqual([customerJournalId(0), customerJournalId(1)]);
    const { put, remove } = sharded.takeWrites({ fold: true });
    const buckets = [first, second].map((o) => customerBucketId(customerBucketOf(`${o.platform}|${o.buyer}`))).sort();
    expect(put.map((r) => r.id).sort()).toEqual(buckets);
    expect(remove.sort()).toEqual([customerJournalId(0), customerJournalId(1)]);
    for (const id of remove) store.delete(id);
    for (const row of put) store.set(row.id, row);
    const changed = new Map([first, second].map((o) => [orderKeyOf(o), o]));
    const expected = rebuildAggregates(orders.map((o) => changed.get(orderKeyOf(o)) ?? o));
    expect(sortedRows(aggregatesFromShards(store.values()))).toEqual(sortedRows(expected));
    expect(journalIds(store)).toEqual([]);

    // Written after every change, the journal stays under FOLD_JOURNAL_ROWS rows and FOLD_JOURNAL_SHARE of the
    // buckets' bytes, folding when it would not: an order's status going back and forth.
    let order = orders.find((o) => o.status === 'completed' && !changed.has(orderKeyOf(o)))!;
    const bytes = (ids: string[]) => ids.reduce((n, id) => n + store.get(id)!.json.length, 0);
    let folds = 0;
    for (let i = 0; i < 3 * FOLD_JOURNAL_ROWS; i++) {
      const next: Order = { ...order, status: order.status === 'completed' ? 'refunded' : 'completed' };
      expect(sharded.applyDeltas(applyOrderChange(order, next))).toBe(0);
      order = next;
      const before = journalIds(store).length;
      storeOf(sharded, store);
      const journal = journalIds(store);
      if (journal.length === 0) folds++;
      else expect(journal.length).toBe(before + 1);
      expect(journal.length).toBeLessThanOrEqual(FOLD_JOURNAL_ROWS);
      expect(bytes(journal)).toBeLessThanOrEqual(FOLD_JOURNAL_SHARE * bytes([...store.keys()].filter(isCustomerBucketId)));
    }
    expect(folds).toBeGreaterThan(0);
    const current = rebuildAggregates(orders.map((o) => (orderKeyOf(o) === orderKeyOf(order) ? order : changed.get(orderKeyOf(o)) ?? o)));
    expect(sortedRows(aggregatesFromShards(store.values()))).toEqual(sortedRows(current));
  });

  it('reads the journal for a range of days as it reads the buckets (orders outside the range left out)', () => {
    const orders = demoOrders();
    const store = storeOf(ShardedAggregates.fromAggregates(rebuildAggregates(orders), digestsOf(orders)));
    const sharded = ShardedAggregates.fromRows(store.values());
    const refunded = refundOne(orders, sharded, () => true);
    // Another of the same customer's orders, placed a day later, comes in.
    const added: Order = { ...refunded, orderId: `${refunded.orderId}-2`, status: 'paid', placedAt: refunded.placedAt + 86_400_000 };
    expect(sharded.applyDeltas(applyOrderChange(undefined, added))).toBe(0);
    storeOf(sharded, store);
    expect(journalIds(store)).toEqual([customerJournalId(0)]);
    const now = [...orders.map((o) => (orderKeyOf(o) === orderKeyOf(refunded) ? refunded : o)), added];
    const day = dayKeyOf(added.placedAt);
    const keep = (at: number) => dayKeyOf(at) === day;
    const expected = rebuildAggregates(now.filter((o) => keep(o.placedAt))).customers;
    expect(sortedRows({ ...rebuildAggregates([]), customers: aggregatesFromShards(store.values(), {}, keep).customers })).toEqual(
      sortedRows({ ...rebuildAggregates([]), customers: expected }),
    );
  });

  it('counts journal changes that do not fit the stored buckets (drifted rows)', () => {
    const orders = demoOrders();
    const store = storeOf(ShardedAggregates.fromAggregates(rebuildAggregates(orders), digestsOf(orders)));
    const sharded = ShardedAggregates.fromRows(store.values());
    const refunded = refundOne(orders, sharded, () => true);
    storeOf(sharded, store);
    expect(ShardedAggregates.fromRows(store.values()).journalMismatches).toBe(0);
    // The bucket loses its rows while the journal still takes the order out.
    const bucket = customerBucketId(customerBucketOf(`${refunded.platform}|${refunded.buyer}`));
    store.set(bucket, { id: bucket, json: '[]' });
    expect(ShardedAggregates.fromRows(store.values()).journalMismatches).toBe(1);
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
