import fc from 'fast-check';
import { OrderItemSchema, OrderSchema, QUICK_ITEM_KEYS, QUICK_ORDER_KEYS, quickParseOrder } from '../../../lib/domain';
import { capturedOrder } from '../../support/order-arbitraries';
import { order } from '../../support/records';

/** Odd values a third-party page could slip into any field. */
const oddValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(undefined, null, '', ' ', '12a', '-1', '1-2', 0, -1, 1.5, NaN, Infinity, 2 ** 53, Date.UTC(1999, 11, 31), Date.UTC(2100, 0, 1) + 1, 'taobao', 'paid', [], {}),
);

/** A valid order with some fields replaced, removed or added (extra keys, odd values, odd lines). */
const damagedOrder = fc
  .tuple(
    capturedOrder,
    fc.array(fc.tuple(fc.constantFrom(...QUICK_ORDER_KEYS, 'extra'), fc.option(oddValue, { nil: 'DELETE' })), { maxLength: 3 }),
    fc.array(fc.tuple(fc.constantFrom(...QUICK_ITEM_KEYS, 'extra'), fc.option(oddValue, { nil: 'DELETE' })), { maxLength: 2 }),
    fc.boolean(),
  )
  .map(([base, orderEdits, itemEdits, firstSeen]) => {
    const o: Record<string, unknown> = { ...base, items: base.items.map((i) => ({ ...i })) };
    if (firstSeen) o.firstSeenAt = base.capturedAt;
    for (const [key, value] of orderEdits) {
      if (value === 'DELETE') delete o[key];
      else o[key] = value;
    }
    const line = Array.isArray(o.items) ? (o.items[0] as Record<string, unknown> | undefined) : undefined;
    if (line && typeof line === 'object') {
      for (const [key, value] of itemEdits) {
        if (value === 'DELETE') delete line[key];
        else line[key] = value;
      }
    }
    return o;
  });

describe('quickParseOrder', () => {
  it('knows exactly the keys of the schemas (a new schema key must be added to the fast path)', () => {
    expect([...QUICK_ORDER_KEYS].sort()).toEqual(Object.keys(OrderSchema.shape).sort());
    expect([...QUICK_ITEM_KEYS].sort()).toEqual(Object.keys(OrderItemSchema.shape).sort());
  });

  it('takes every valid order, and returns exactly what Zod returns', () => {
    fc.assert(
      fc.property(capturedOrder, fc.boolean(), (valid, extra) => {
        const input = extra ? { ...valid, shopName: '旗舰店', items: valid.items.map((i) => ({ ...i, sku: 'x' })) } : valid;
        const quick = quickParseOrder(input);
        expect(quick).toBeDefined();
        expect(quick).toStrictEqual(OrderSchema.parse(input));
      }),
      { numRuns: 300 },
    );
  });

  it('never takes a record Zod rejects, and agrees with Zod on every record it takes', () => {
    fc.assert(
      fc.property(damagedOrder, (input) => {
        const quick = quickParseOrder(input);
        const zod = OrderSchema.safeParse(input);
        if (quick === undefined) return;
        expect(zod.success).toBe(true);
        expect(quick).toStrictEqual(zod.data);
      }),
      { numRuns: 2000 },
    );
  });

  it('takes an order without a buyer nickname (an imported Douyin or PDD export row), as Zod does', () => {
    const input = { ...order(), buyer: '' };
    expect(quickParseOrder(input)).toStrictEqual(OrderSchema.parse(input));
    expect(quickParseOrder(input)?.buyer).toBe('');
  });

  it.each([
    ['a buyer that is not a string', { buyer: 42 }],
    ['an id with letters', { orderId: '40123A' }],
    ['a time before 2000', { placedAt: Date.UTC(1999, 11, 31) }],
    ['a fractional amount', { paidFen: 99.5 }],
    ['an unknown status', { status: 'lost' }],
    ['no lines', { items: [] }],
    ['a line of zero units', { items: [{ title: '羽绒服', spec: '', quantity: 0, priceFen: 100 }] }],
    ['an optional key present as undefined (left to Zod)', { firstSeenAt: undefined }],
  ])('leaves %s to Zod', (_what, change) => {
    expect(quickParseOrder({ ...order(), ...change })).toBeUndefined();
  });
});
