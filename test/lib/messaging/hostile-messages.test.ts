import fc from 'fast-check';
import { rebuildAggregates } from '../../../lib/analytics/derived';
import { ShopLensDatabase, readDerived } from '../../../lib/db';
import { CaptureSchema, LIMITS, OrderSchema, ProductSchema, type PlatformId } from '../../../lib/domain';
import { aggregateStore } from '../../../lib/ingest/aggregate-store';
import { CAPTURE_LOG_LIMIT, PRUNE_EVERY, keyOf } from '../../../lib/ingest/ingest';
import { handleCapture, isCaptureMessage, type CaptureHandlerEnv } from '../../../lib/messaging/capture-handler';
import { MESSAGE_LIMITS, type CaptureReply } from '../../../lib/messaging/protocol';
import type { SenderLike } from '../../../lib/messaging/sender';
import { capturedOrder } from '../../support/order-arbitraries';
import { NOW } from '../../support/orders';
import { order, product } from '../../support/records';

// The background's capture handling (lib/messaging/capture-handler.ts, what entrypoints/background.ts calls for
// every `shoplens/capture-from-content`) and ingest, driven by thousands of generated hostile messages: wrong
// types, huge strings and arrays, __proto__/constructor keys, NaN/Infinity/negative money, times far in the past
// and future, ids as numbers, forged senders and platforms, and whole pages of such rows. Whatever comes in:
// no throw, an answer within a bounded time, nothing stored that the schemas reject, every record under its
// sender's platform, the derived tables equal to a rebuild, the capture log consistent. Seeded: the seed is
// printed on failure (FUZZ_SEED=<seed> replays a run).

const ID = 'ameddameljonpbjdmljlbijdhegdbmii';
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
/** The longest any one answer may take on this 2-core machine under load (a real one answers in milliseconds). */
const ANSWER_MS = 15_000;

const LIST_URLS: Record<PlatformId, { orders: string; products: string }> = {
  taobao: { orders: 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold', products: 'https://myseller.taobao.com/home.htm/SellManage/on_sale' },
  douyin: { orders: 'https://fxg.jinritemai.com/ffa/morder/order/list', products: 'https://fxg.jinritemai.com/ffa/g/list' },
  jd: { orders: 'https://shop.jd.com/jdm/trade/orders/order-list', products: 'https://shop.jd.com/jdm/ware/manage/list/OnsaleWare' },
  pdd: { orders: 'https://mms.pinduoduo.com/orders/list', products: 'https://mms.pinduoduo.com/goods/goods_list' },
};
const PLATFORMS = Object.keys(LIST_URLS) as PlatformId[];

// Shared big values (made once: the generator only points at them).
const HUGE = 'x'.repeat(1_000_000);
const TEN_MB = '羽'.repeat(10_000_000);
const LONG_ID = '4'.repeat(100_000);

/** An object holding `key` as its own property, as a structured clone delivers `{"__proto__": …}`. */
function own(base: object, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...base } as Record<string, unknown>;
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Values a hostile page could put in any field. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.anything({ maxDepth: 2 }) },
  {
    weight: 6,
    arbitrary: fc.constantFrom<unknown>(
      undefined, null, '', ' ', NaN, Infinity, -Infinity, -1, -0, 0.5, 2 ** 53, 2 ** 53 + 2, Number.MAX_VALUE,
      LIMITS.fen, LIMITS.fen + 1, LIMITS.count + 1, 0, Date.UTC(1970, 0, 1), Date.UTC(1999, 11, 31), Date.UTC(2100, 0, 2),
      8.64e15, -8.64e15, 4012345678901234, '4012345678901234567', '12a', '-1', HUGE, LONG_ID, [], {}, [HUGE],
      { toString: 'not a function' }, JSON.parse('{"__proto__":{"polluted":true}}'), { constructor: { prototype: { polluted: true } } },
      'taobao', 'jd', 'paid', 'on_sale',
    ),
  },
);

const ORDER_KEYS = ['platform', 'orderId', 'buyer', 'placedAt', 'status', 'statusText', 'paidFen', 'items', 'capturedAt', 'firstSeenAt', 'url'];
const ITEM_KEYS = ['title', 'spec', 'productId', 'skuId', 'outerId', 'quantity', 'priceFen'];
const PRODUCT_KEYS = ['productId', 'skuId', 'title', 'spec', 'outerId', 'priceFen', 'stock', 'sales30d', 'status', 'statusText', 'listedAt'];
const EVIL_KEYS = ['__proto__', 'constructor', 'prototype', 'extra', 'toString', 'hasOwnProperty'];

type Edit = [string, unknown];
const edits = (keys: string[], max: number): fc.Arbitrary<Edit[]> =>
  fc.array(fc.tuple(fc.constantFrom(...keys, ...EVIL_KEYS), fc.option(oddValue, { nil: 'DELETE' })), { maxLength: max });

function edited(base: object, changes: Edit[]): Record<string, unknown> {
  let o = { ...base } as Record<string, unknown>;
  for (const [key, value] of changes) {
    if (value === 'DELETE') delete o[key];
    else o = own(o, key, value);
  }
  return o;
}

/** An order: mostly real, often with some fields or lines broken, sometimes with hundreds of lines. */
const hostileOrder: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: capturedOrder },
  {
    weight: 6,
    arbitrary: fc
      .tuple(capturedOrder, edits(ORDER_KEYS, 3), edits(ITEM_KEYS, 3), fc.constantFrom(1, 1, 1, 2, LIMITS.items, LIMITS.items + 1, 1000))
      .map(([base, orderEdits, itemEdits, lines]) => {
        const line = edited(base.items[0]!, itemEdits);
        const items = lines <= base.items.length ? [line, ...base.items.slice(1)] : Array.from({ length: lines }, () => line);
        return edited({ ...base, items }, orderEdits);
      }),
  },
  { weight: 1, arbitrary: oddValue },
);

/** A product: real, or broken the same ways. */
const hostileProduct: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('731234567890', '731234567891', '12').map((productId) => product({ productId })) },
  { weight: 5, arbitrary: edits(PRODUCT_KEYS, 3).map((changes) => edited(product(), changes)) },
  { weight: 1, arbitrary: oddValue },
);

const rejectedRow = fc.oneof(
  fc.record({ index: fc.nat(5000), key: fc.constantFrom('', '4012'), text: fc.string({ maxLength: 20 }), problems: fc.constant([{ field: 'buyer', problem: 'missing', raw: '' }]) }),
  oddValue,
  fc.constant({ index: 0, key: HUGE, text: '', problems: [] }),
);

type Fuzzed = { message: unknown; sender: SenderLike; what: string };

/** A capture message with its sender: mostly plausible, every part of it sometimes wrong. */
const capture: fc.Arbitrary<Fuzzed> = fc
  .record({
    page: fc.constantFrom(...PLATFORMS),
    kind: fc.constantFrom('orders' as const, 'products' as const),
    claimed: fc.option(fc.constantFrom(...PLATFORMS, 'amazon', 42), { freq: 4 }),
    senderKind: fc.constantFrom('ours', 'ours', 'ours', 'ours', 'ours', 'other-extension', 'no-tab', 'other-host', 'http', 'look-alike', 'other-console'),
    orders: fc.array(hostileOrder, { maxLength: 12 }),
    products: fc.array(hostileProduct, { maxLength: 8 }),
    rejected: fc.array(rejectedRow, { maxLength: 3 }),
    envelope: edits(['platform', 'kind', 'url', 'read', 'records', 'rejected', 'readerVersion', 'drift', 'type'], 2),
    envelopeBroken: fc.boolean(),
  })
  .map(({ page, kind, claimed, senderKind, orders, products, rejected, envelope, envelopeBroken }) => {
    const url = LIST_URLS[page][kind];
    const records = kind === 'orders' ? orders : products;
    const base = { type: 'shoplens/capture-from-content', platform: claimed ?? page, kind, url, read: records.length + rejected.length, records, rejected, readerVersion: 2 };
    const message = envelopeBroken ? edited(base, envelope) : base;
    const other = PLATFORMS[(PLATFORMS.indexOf(page) + 1) % PLATFORMS.length]!;
    const senders: Record<string, SenderLike> = {
      ours: { id: ID, url, tab: { id: 7 } },
      'other-extension': { id: 'x'.repeat(32), url, tab: { id: 7 } },
      'no-tab': { id: ID, url },
      'other-host': { id: ID, url: 'https://evil.example/orders/list', tab: { id: 7 } },
      http: { id: ID, url: url.replace('https:', 'http:'), tab: { id: 7 } },
      'look-alike': { id: ID, url: url.replace('.com/', '.com.evil.cn/'), tab: { id: 7 } },
      'other-console': { id: ID, url: LIST_URLS[other][kind], tab: { id: 7 } },
    };
    return { message, sender: senders[senderKind]!, what: `${senderKind} ${page}/${kind}${claimed ? ` claims ${String(claimed)}` : ''}` };
  });

/** Whole messages beyond any bound, and a 5000-row page that must still be stored. */
function bigMessages(): Fuzzed[] {
  const ours = (platform: PlatformId): SenderLike => ({ id: ID, url: LIST_URLS[platform].orders, tab: { id: 9 } });
  const envelope = (records: unknown[], platform: PlatformId = 'pdd') => ({
    type: 'shoplens/capture-from-content', platform, kind: 'orders', url: LIST_URLS[platform].orders, read: records.length, records, rejected: [],
  });
  const real = order();
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ ...real, orderId: String(10_000_000 + i) }));
  let deep: unknown = 'bottom';
  for (let i = 0; i < 10_000; i++) deep = { deep };
  return [
    { what: '100k rows in one message', message: envelope(rows(100_000)), sender: ours('pdd') },
    { what: '5000 rows (a bench page)', message: envelope(rows(MESSAGE_LIMITS.rows), 'jd'), sender: ours('jd') },
    { what: 'a 10 MB title', message: envelope([{ ...real, items: [{ ...real.items[0]!, title: TEN_MB }] }]), sender: ours('pdd') },
    { what: '20 MB of strings', message: envelope([{ ...real, statusText: TEN_MB }, { ...real, buyer: TEN_MB }]), sender: ours('pdd') },
    { what: 'a million-entry array in a record', message: envelope([{ ...real, items: new Array(1_100_000).fill(0) }]), sender: ours('pdd') },
    { what: 'nested 10,000 deep', message: envelope([deep]), sender: ours('pdd') },
    { what: '100k rejected rows', message: { ...envelope([]), rejected: new Array(100_000).fill({ index: 0, key: '', text: '', problems: [] }) }, sender: ours('pdd') },
  ];
}

/** What the schemas themselves say of a message's records (and capture's one rule more): the keys it must store, how many it rejects. */
function oracle(message: Record<string, unknown>, platform: PlatformId) {
  const schema = message.kind === 'orders' ? OrderSchema : ProductSchema;
  const keys = new Set<string>();
  let bad = (message.rejected as unknown[]).length;
  for (const r of message.records as unknown[]) {
    const parsed = schema.safeParse(r);
    // A captured order needs its buyer's nickname (only an import may lack one: lib/ingest/ingest.ts).
    const noBuyer = parsed.success && message.kind === 'orders' && (parsed.data as { buyer: string }).buyer === '';
    if (parsed.success && !noBuyer) keys.add(keyOf({ ...parsed.data, platform } as never));
    else bad++;
  }
  return { keys, bad };
}

async function derivedTables(db: ShopLensDatabase) {
  const sort = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  const { customers, days, skus } = await readDerived(db);
  return { customers: sort(customers), days: sort(days), skus: sort(skus) };
}
async function rebuilt(db: ShopLensDatabase) {
  const rows = rebuildAggregates(await db.orders.toArray());
  const sort = <T extends { id: string }>(m: Map<string, T>) => [...m.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { customers: sort(rows.customers), days: sort(rows.days), skus: sort(rows.skus) };
}

let n = 0;
const openDb = () => new ShopLensDatabase(`hostile-${SEED}-${n++}`);

/**
 * Sends each message as the background would (isCaptureMessage → handleCapture), checks each answer and its
 * time, and keeps what the schemas say must have been stored. Returns the expected keys.
 */
async function drive(db: ShopLensDatabase, messages: Fuzzed[], log: string[]) {
  const env: CaptureHandlerEnv = { db, runtimeId: ID, now: () => NOW, flush: 'now' };
  const expected = new Set<string>();
  let lastCaptureId = 0;
  for (const { message, sender, what } of messages) {
    log.push(what);
    if (!isCaptureMessage(message)) continue;
    const started = performance.now();
    const reply: CaptureReply = await handleCapture(message, sender, env);
    const took = performance.now() - started;
    expect(took, `${what}: answered in ${Math.round(took)} ms`).toBeLessThan(ANSWER_MS);
    expect(typeof reply.ok, what).toBe('boolean');
    if (!reply.ok) {
      expect(typeof reply.error, what).toBe('string');
      expect(reply.error.length, what).toBeLessThanOrEqual(300);
      continue;
    }
    // Stored: only from our script on a console page, under that page's platform, and exactly what the schemas take.
    const m = message as Record<string, unknown>;
    const platform = PLATFORMS.find((p) => sender.url?.startsWith(new URL(LIST_URLS[p].orders).origin + '/'));
    expect(sender.id, what).toBe(ID);
    expect(platform, what).toBe(m.platform);
    const { keys, bad } = oracle(m, platform!);
    if (reply.saved !== keys.size || reply.rejected !== bad) {
      const logged = await db.captures.get(reply.captureId);
      const stored = (await db.orders.toArray()).map(keyOf).concat((await db.products.toArray()).map(keyOf));
      throw new Error(`${what}: saved ${reply.saved} rejected ${reply.rejected}, the schemas say ${keys.size} and ${bad}; expected keys ${[...keys].join(' ')}; stored ${stored.join(' ')}; logged ${JSON.stringify(logged?.rejectedRows.map((r) => [r.index, r.problems.map((p) => p.field)]))}`.slice(0, 3000));
    }
    expect(reply.captureId, what).toBeGreaterThan(lastCaptureId);
    lastCaptureId = reply.captureId;
    for (const k of keys) expect.soft(k.startsWith(`${platform}|`), what).toBe(true);
    for (const k of keys) expected.add(k);
  }
  return expected;
}

async function checkDatabase(db: ShopLensDatabase, expected: Set<string>) {
  await aggregateStore(db).flush();
  const orders = await db.orders.toArray();
  const products = await db.products.toArray();
  const captures = await db.captures.toArray();
  // Nothing stored that the schemas reject; exactly the records that passed; each within the size a real one has.
  for (const o of orders) expect(OrderSchema.safeParse(o).success, keyOf(o)).toBe(true);
  for (const p of products) expect(ProductSchema.safeParse(p).success, keyOf(p)).toBe(true);
  expect(new Set([...orders, ...products].map(keyOf))).toEqual(expected);
  for (const r of [...orders, ...products]) expect(JSON.stringify(r).length).toBeLessThan(LIMITS.items * 2_000);
  // The capture log: every entry valid, ids rising, pruned to its bound.
  for (const c of captures) expect(CaptureSchema.safeParse(c).success, `capture ${c.id}`).toBe(true);
  expect(captures.length).toBeLessThan(CAPTURE_LOG_LIMIT + PRUNE_EVERY);
  // The derived tables: equal to a rebuild from the orders stored.
  expect(await derivedTables(db)).toEqual(await rebuilt(db));
}

describe('hostile capture messages', () => {
  let failedSeed = true;
  afterAll(() => {
    if (failedSeed) console.error(`hostile-messages: FUZZ_SEED=${SEED} replays this run`);
  });

  it('are each answered in bounded time, never throw, and never store what the schemas reject', async () => {
    let sent = 0;
    const result = await fc.check(
      fc.asyncProperty(fc.array(capture, { minLength: 12, maxLength: 24 }), async (messages) => {
        sent += messages.length;
        const db = openDb();
        const log: string[] = [];
        try {
          const expected = await drive(db, messages, log);
          await checkDatabase(db, expected);
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 125, seed: SEED, endOnFailure: true },
    );
    // The failing messages hold megabytes of text: the report names the seed, the run and the error, not the values.
    if (result.failed) throw new Error(`FUZZ_SEED=${SEED} (run ${result.counterexamplePath}): ${String(result.errorInstance).slice(0, 3000)}`);
    expect(sent).toBeGreaterThan(2000);
    failedSeed = false;
  }, 300_000);

  it('refuses messages beyond any bound with the reason, and still stores a 5000-row page', async () => {
    failedSeed = true;
    const db = openDb();
    try {
      const env: CaptureHandlerEnv = { db, runtimeId: ID, now: () => NOW, flush: 'now' };
      const replies: Record<string, CaptureReply & { ms: number }> = {};
      for (const { what, message, sender } of bigMessages()) {
        const started = performance.now();
        const reply = await handleCapture(message, sender, env);
        replies[what] = { ...reply, ms: performance.now() - started };
      }
      for (const [what, reply] of Object.entries(replies)) {
        if (what.startsWith('5000') || what === 'a 10 MB title') continue;
        expect(reply, what).toMatchObject({ ok: false, error: expect.stringMatching(/^too large|^invalid message/) });
        // Refused before anything heavy: a bound is checked while walking, never after parsing it all.
        expect(reply.ms, what).toBeLessThan(ANSWER_MS / 3);
      }
      expect(replies['100k rows in one message']).toMatchObject({ ok: false, error: 'too large: 100000 rows (at most 5000)' });
      // 10 MB is within a message's bound: the row is rejected by the schema (title ≤ 300), the capture logged.
      expect(replies['a 10 MB title']).toMatchObject({ ok: true, saved: 0, rejected: 1 });
      expect(replies['20 MB of strings']).toMatchObject({ ok: false, error: expect.stringContaining('characters') });
      expect(replies['nested 10,000 deep']).toMatchObject({ ok: false, error: expect.stringContaining('nested deeper') });
      expect(replies['5000 rows (a bench page)']).toMatchObject({ ok: true, saved: MESSAGE_LIMITS.rows, added: MESSAGE_LIMITS.rows, rejected: 0 });
      expect(await db.orders.count()).toBe(MESSAGE_LIMITS.rows);
      expect((await db.orders.toArray()).every((o) => o.platform === 'jd')).toBe(true);
      expect(await derivedTables(db)).toEqual(await rebuilt(db));
    } finally {
      await db.delete();
    }
    failedSeed = false;
  }, 300_000);

  it('a 10 MB title inside a page of good rows rejects that row only, with a clipped reason', async () => {
    const db = openDb();
    try {
      const good = order({ orderId: '4012345678901234567' });
      const bad = order({ orderId: '4012345678901234568', items: [{ ...order().items[0]!, title: HUGE }] });
      const message = { type: 'shoplens/capture-from-content', platform: 'taobao', kind: 'orders', url: LIST_URLS.taobao.orders, read: 2, records: [good, bad], rejected: [] };
      const reply = await handleCapture(message, { id: ID, url: LIST_URLS.taobao.orders, tab: { id: 1 } }, { db, runtimeId: ID, now: () => NOW, flush: 'now' });
      expect(reply).toMatchObject({ ok: true, saved: 1, rejected: 1 });
      const [logged] = await db.captures.toArray();
      expect(logged!.rejectedRows).toEqual([{ index: 1, key: '', text: '', problems: [{ field: 'items.0.title', problem: 'invalid', raw: 'x'.repeat(200) }] }]);
      expect(JSON.stringify(await db.orders.toArray()).length).toBeLessThan(5_000);
    } finally {
      await db.delete();
    }
  });

  it('stores a record claimed as jd from a Taobao page under nothing: the message is refused, naming both', async () => {
    const db = openDb();
    try {
      const message = { type: 'shoplens/capture-from-content', platform: 'jd', kind: 'orders', url: LIST_URLS.taobao.orders, read: 1, records: [order({ platform: 'jd' })], rejected: [] };
      const reply = await handleCapture(message, { id: ID, url: LIST_URLS.taobao.orders, tab: { id: 1 } }, { db, runtimeId: ID, now: () => NOW });
      expect(reply).toEqual({ ok: false, error: 'platform mismatch: the page is taobao, the message says jd' });
      expect(await db.orders.count()).toBe(0);
      expect(await db.captures.count()).toBe(0);
    } finally {
      await db.delete();
    }
  });
});
