import fc from 'fast-check';
import { LIMITS, OrderSchema, ProductSchema, RejectedRowSchema, quickParseOrder, zodProblems, type Order } from '../../../lib/domain';
import { order, product } from '../../support/records';

// The bounds a real shop never reaches (lib/domain/schema.ts LIMITS): at the bound a record is stored, one past
// it is rejected with the field that broke it — by Zod and by the ingest fast path alike.

const line = order().items[0]!;
const withLine = (over: Partial<Order['items'][number]>) => ({ items: [{ ...line, ...over }] });

/** Both checks agree: the fast path takes it exactly as Zod does, or both turn it down. */
function verdict(input: unknown): { ok: boolean; fields: string[] } {
  const zod = OrderSchema.safeParse(input);
  const quick = quickParseOrder(input);
  if (quick) expect(quick).toStrictEqual(zod.data);
  if (!zod.success) expect(quick).toBeUndefined();
  return { ok: zod.success, fields: zod.success ? [] : zodProblems(zod.error.issues, input).map((p) => p.field) };
}

describe('order limits', () => {
  it.each([
    ['a title', withLine({ title: '羽'.repeat(LIMITS.title) }), withLine({ title: '羽'.repeat(LIMITS.title + 1) }), 'items.0.title'],
    ['a spec', withLine({ spec: 's'.repeat(LIMITS.spec) }), withLine({ spec: 's'.repeat(LIMITS.spec + 1) }), 'items.0.spec'],
    ['a merchant code', withLine({ outerId: 'A'.repeat(LIMITS.text) }), withLine({ outerId: 'A'.repeat(LIMITS.text + 1) }), 'items.0.outerId'],
    ['a product id', withLine({ productId: '7'.repeat(LIMITS.id) }), withLine({ productId: '7'.repeat(LIMITS.id + 1) }), 'items.0.productId'],
    ['a buyer', { buyer: '买'.repeat(LIMITS.buyer) }, { buyer: '买'.repeat(LIMITS.buyer + 1) }, 'buyer'],
    ['an order id', { orderId: '4'.repeat(LIMITS.id) }, { orderId: '4'.repeat(LIMITS.id + 1) }, 'orderId'],
    ['a status text', { statusText: '待'.repeat(LIMITS.text) }, { statusText: '待'.repeat(LIMITS.text + 1) }, 'statusText'],
    ['a url', { url: `https://shop.jd.com/${'a'.repeat(LIMITS.url - 20)}` }, { url: `https://shop.jd.com/${'a'.repeat(LIMITS.url)}` }, 'url'],
    ['the amount paid', { paidFen: LIMITS.fen }, { paidFen: LIMITS.fen + 1 }, 'paidFen'],
    ['a unit price', withLine({ priceFen: LIMITS.fen, quantity: 1 }), withLine({ priceFen: LIMITS.fen + 1, quantity: 1 }), 'items.0.priceFen'],
    ['a line (price × quantity)', withLine({ priceFen: LIMITS.fen / 4, quantity: 4 }), withLine({ priceFen: LIMITS.fen / 4, quantity: 5 }), 'items.0.priceFen'],
    ['a quantity', withLine({ quantity: LIMITS.count, priceFen: 1 }), withLine({ quantity: LIMITS.count + 1, priceFen: 1 }), 'items.0.quantity'],
    ['the lines of an order', { items: Array.from({ length: LIMITS.items }, () => line) }, { items: Array.from({ length: LIMITS.items + 1 }, () => line) }, 'items'],
    [
      "an order's lines together",
      { items: [{ ...line, quantity: 1, priceFen: LIMITS.fen / 2 }, { ...line, quantity: 1, priceFen: LIMITS.fen / 2 }] },
      { items: [{ ...line, quantity: 1, priceFen: LIMITS.fen / 2 }, { ...line, quantity: 1, priceFen: LIMITS.fen / 2 + 1 }] },
      'items',
    ],
  ])('%s: at the bound stored, past it rejected with the field', (_what, at, past, field) => {
    expect(verdict({ ...order(), ...at })).toEqual({ ok: true, fields: [] });
    expect(verdict({ ...order(), ...past })).toEqual({ ok: false, fields: [field] });
  });

  it.each([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['a negative amount', -1],
    ['2^53', 2 ** 53],
    ['a fraction', 0.5],
    ['a string', '418.00'],
  ])('turns down %s as money', (_what, value) => {
    expect(verdict({ ...order(), paidFen: value }).ok).toBe(false);
    expect(verdict({ ...order(), ...withLine({ priceFen: value as number }) }).ok).toBe(false);
  });

  it.each([
    ['1970', 0],
    ['1999-12-31', Date.UTC(1999, 11, 31)],
    ['2100-01-02', Date.UTC(2100, 0, 2)],
    ['the year 275760', 8.64e15],
    ['NaN', NaN],
  ])('turns down a time of %s', (_what, value) => {
    expect(verdict({ ...order(), placedAt: value }).ok).toBe(false);
    expect(verdict({ ...order(), capturedAt: value }).ok).toBe(false);
  });

  it('any order it stores sums exactly: a shop of 100,000 orders at the bounds stays below 2^53 fen', () => {
    // The largest order the schema lets through, a hundred thousand times over: every partial sum is an exact integer.
    expect(LIMITS.fen * 100_000).toBeLessThan(Number.MAX_SAFE_INTEGER);
    fc.assert(
      fc.property(
        fc.array(fc.record({ quantity: fc.integer({ min: 1, max: LIMITS.count }), priceFen: fc.integer({ min: 0, max: LIMITS.fen }) }), { minLength: 1, maxLength: 6 }),
        (lines) => {
          const input = { ...order(), items: lines.map((l) => ({ ...line, ...l })) };
          const r = verdict(input);
          const total = lines.reduce((s, l) => s + BigInt(l.quantity) * BigInt(l.priceFen), 0n);
          expect(r.ok).toBe(total <= BigInt(LIMITS.fen));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('product limits', () => {
  it.each([
    ['title', { title: '羽'.repeat(LIMITS.title + 1) }],
    ['stock', { stock: LIMITS.count + 1 }],
    ['sales30d', { sales30d: LIMITS.count + 1 }],
    ['priceFen', { priceFen: LIMITS.fen + 1 }],
    ['outerId', { outerId: 'X'.repeat(LIMITS.text + 1) }],
    ['url', { url: 'h'.repeat(LIMITS.url + 1) }],
  ])('rejects a product past the bound of its %s', (field, over) => {
    expect(ProductSchema.safeParse(product()).success).toBe(true);
    const result = ProductSchema.safeParse({ ...product(), ...over });
    expect(result.success).toBe(false);
    expect(zodProblems(result.error!.issues, { ...product(), ...over }).map((p) => p.field)).toEqual([field]);
  });
});

describe('rejected-row limits', () => {
  const row = { index: 0, key: '4012', text: '订单号 4012', problems: [{ field: 'buyer', problem: 'missing' as const, raw: '' }] };
  it('bounds the problems of a row, and the text of each', () => {
    expect(RejectedRowSchema.safeParse(row).success).toBe(true);
    expect(RejectedRowSchema.safeParse({ ...row, problems: Array.from({ length: 51 }, () => row.problems[0]) }).success).toBe(false);
    expect(RejectedRowSchema.safeParse({ ...row, problems: [{ ...row.problems[0], field: 'f'.repeat(61) }] }).success).toBe(false);
    expect(RejectedRowSchema.safeParse({ ...row, text: 't'.repeat(301) }).success).toBe(false);
  });

  it("a rejection's raw excerpt is clipped, whatever the size of the value (a 10 MB title)", () => {
    const huge = 'x'.repeat(10_000_000);
    const input = { ...order(), ...withLine({ title: huge }) };
    const result = OrderSchema.safeParse(input);
    const problems = zodProblems(result.error!.issues, input);
    expect(problems).toEqual([{ field: 'items.0.title', problem: 'invalid', raw: 'x'.repeat(200) }]);
    expect(RejectedRowSchema.safeParse({ index: 0, key: '', text: '', problems }).success).toBe(true);
  });
});

describe('the fast path agrees with Zod near every bound', () => {
  const near = (n: number) => fc.constantFrom(n - 1, n, n + 1);
  const text = (max: number) => fc.constantFrom(max - 1, max, max + 1).map((len) => '羽'.repeat(len));
  const pick: Record<string, fc.Arbitrary<unknown>> = {
    orderId: fc.constantFrom('4'.repeat(LIMITS.id), '4'.repeat(LIMITS.id + 1)),
    buyer: text(LIMITS.buyer),
    statusText: text(LIMITS.text),
    url: text(LIMITS.url),
    paidFen: near(LIMITS.fen),
    title: text(LIMITS.title),
    spec: text(LIMITS.spec),
    outerId: text(LIMITS.text),
    productId: fc.constantFrom('7'.repeat(LIMITS.id), '7'.repeat(LIMITS.id + 1)),
    quantity: near(LIMITS.count),
    priceFen: near(LIMITS.fen),
    lines: fc.constantFrom(1, 2, LIMITS.items, LIMITS.items + 1),
  };
  const ORDER_FIELDS = ['orderId', 'buyer', 'statusText', 'url', 'paidFen'];
  it('takes exactly what Zod takes, and returns what Zod returns', () => {
    fc.assert(
      fc.property(fc.subarray(Object.keys(pick)).chain((keys) => fc.record(Object.fromEntries(keys.map((k) => [k, pick[k]!])))), (changes) => {
        const c = changes as Record<string, unknown>;
        const item: Record<string, unknown> = { ...line };
        for (const k of ['title', 'spec', 'outerId', 'productId', 'quantity', 'priceFen']) if (k in c) item[k] = c[k];
        const input: Record<string, unknown> = { ...order(), items: Array.from({ length: (c.lines as number) ?? 1 }, () => item) };
        for (const k of ORDER_FIELDS) if (k in c) input[k] = c[k];
        const zod = OrderSchema.safeParse(input);
        const quick = quickParseOrder(input);
        if (zod.success) expect(quick).toStrictEqual(zod.data);
        else expect(quick).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });
});
