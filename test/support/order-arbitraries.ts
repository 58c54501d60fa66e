import fc from 'fast-check';
import { ORDER_STATUSES, PLATFORM_IDS, type Order, type OrderItem } from '../../lib/domain';
import { applyAggregateDeltas, deltaIds } from './aggregate-writes';
import { applyOrderChange, emptyAggregates, type Aggregates } from '../../lib/analytics/derived';
import { DAY, HOUR, NOW } from './orders';

/** Small pools so that re-captures, shared buyers, shared SKUs and shared days are common. */
const item: fc.Arbitrary<OrderItem> = fc.record({
  title: fc.constantFrom('白鸭绒羽绒服女短款', '蓝牙耳机真无线降噪', '华为快充数据线'),
  spec: fc.constantFrom('', '颜色:黑色', '尺码:M'),
  productId: fc.option(fc.constantFrom('1001', '1002', '1003'), { nil: undefined }),
  skuId: fc.option(fc.constantFrom('1', '2'), { nil: undefined }),
  outerId: fc.option(fc.constantFrom('YRF-01', 'EJ-02'), { nil: undefined }),
  quantity: fc.integer({ min: 1, max: 3 }),
  priceFen: fc.constantFrom(0, 990, 9900, 15_000, 49_999, 50_000),
}).map((x) => Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined)) as OrderItem);

/**
 * One capture of an order: placed between 400 days before NOW and 2 days after, near day edges often; one in
 * six without a buyer nickname (imported).
 */
export const capturedOrder: fc.Arbitrary<Order> = fc
  .record({
    platform: fc.constantFrom(...PLATFORM_IDS),
    orderId: fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '8'),
    // '': an order imported from an export file without a nickname column (Douyin's, PDD's).
    buyer: fc.constantFrom('小鹿', 't**9', '梦***3', 'jd_a1', '用户8832016', ''),
    placedAt: fc.oneof(
      fc.integer({ min: NOW - 400 * DAY, max: NOW + 2 * DAY }),
      // 00:00 Shanghai ± 1 ms, and exact multiples of days before NOW (the tier boundaries).
      fc.integer({ min: -400, max: 2 }).chain((d) => fc.constantFrom(NOW + d * DAY - 10 * HOUR - 1, NOW + d * DAY - 10 * HOUR, NOW + d * DAY)),
    ),
    status: fc.constantFrom(...ORDER_STATUSES),
    paidFen: fc.constantFrom(0, 100, 9900, 19_999, 20_000, 50_000, 123_456),
    items: fc.array(item, { minLength: 1, maxLength: 3 }),
  })
  .map((o) => ({ ...o, statusText: o.status, capturedAt: NOW, url: '' }));

/** A change a later capture of the same order may show. */
const tweak: fc.Arbitrary<(o: Order) => Order> = fc.oneof(
  fc.constant((o: Order) => o),
  fc.constantFrom(...ORDER_STATUSES).map((status) => (o: Order) => ({ ...o, status })),
  fc.constantFrom(0, 100, 19_999, 20_000, 50_000).map((paidFen) => (o: Order) => ({ ...o, paidFen })),
  // A capture filling in the nickname of an imported order ('' → nickname), and the other way round.
  fc.constantFrom('小鹿', 't**9', '梦***3', '').map((buyer) => (o: Order) => ({ ...o, buyer })),
  fc.integer({ min: -2 * DAY, max: 2 * DAY }).map((shift) => (o: Order) => ({ ...o, placedAt: o.placedAt + shift })),
  fc.integer({ min: 1, max: 5 }).map((quantity) => (o: Order) => ({ ...o, items: o.items.map((x, i) => (i === 0 ? { ...x, quantity } : x)) })),
);

/**
 * A sequence of captures and deletions: orders first seen, then seen again with one field changed (status,
 * amount, buyer, time, quantity) or unchanged, or deleted — so re-captures that change exactly one thing are
 * common, not left to chance.
 */
export const captureSequence: fc.Arbitrary<(Order | { remove: Order })[]> = fc
  .tuple(
    fc.array(capturedOrder, { minLength: 1, maxLength: 10 }),
    fc.array(fc.record({ pick: fc.nat(), tweak }), { maxLength: 50 }),
    fc.array(fc.nat(), { maxLength: 4 }),
  )
  .map(([bases, ops, removals]) => {
    const current = [...bases];
    const steps: (Order | { remove: Order })[] = [...bases];
    ops.forEach((op, n) => {
      const i = op.pick % current.length;
      current[i] = op.tweak(current[i]!);
      steps.push(current[i]!);
      if (removals.includes(n)) steps.push({ remove: current[(i + 1) % current.length]! });
    });
    return steps;
  });

/**
 * Replays captures the way the ingest code does: for each one read the derived rows at deltaIds from the
 * "database", apply the deltas to copies, write back the puts and deletes. Returns the stored orders and the
 * stored derived rows, and the mismatch count (must be 0).
 */
export function replay(steps: (Order | { remove: Order })[]): { orders: Map<string, Order>; db: Aggregates; mismatches: number } {
  const orders = new Map<string, Order>();
  const db = emptyAggregates();
  let mismatches = 0;
  for (const step of steps) {
    const next = 'remove' in step ? undefined : step;
    const key = 'remove' in step ? `${step.remove.platform}|${step.remove.orderId}` : `${step.platform}|${step.orderId}`;
    const previous = orders.get(key);
    if (!previous && !next) continue;
    const deltas = applyOrderChange(previous, next);
    const ids = deltaIds(deltas);
    const work = emptyAggregates();
    for (const id of ids.customers) if (db.customers.has(id)) work.customers.set(id, structuredClone(db.customers.get(id)!));
    for (const id of ids.days) if (db.days.has(id)) work.days.set(id, structuredClone(db.days.get(id)!));
    for (const id of ids.skus) if (db.skus.has(id)) work.skus.set(id, structuredClone(db.skus.get(id)!));
    const w = applyAggregateDeltas(work, deltas);
    mismatches += w.mismatches;
    for (const row of w.customers.put) db.customers.set(row.id, row);
    for (const row of w.days.put) db.days.set(row.id, row);
    for (const row of w.skus.put) db.skus.set(row.id, row);
    for (const id of w.customers.delete) db.customers.delete(id);
    for (const id of w.days.delete) db.days.delete(id);
    for (const id of w.skus.delete) db.skus.delete(id);
    if (next) orders.set(key, next);
    else orders.delete(key);
  }
  return { orders, db, mismatches };
}

/** Derived tables as id-sorted arrays, for comparing regardless of insertion order. */
export function sortedRows(a: Aggregates) {
  const sorted = <T extends { id: string }>(m: Map<string, T>) => [...m.values()].sort((x, y) => (x.id < y.id ? -1 : 1));
  return { customers: sorted(a.customers), days: sorted(a.days), skus: sorted(a.skus) };
}
