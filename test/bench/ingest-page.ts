/**
 * Runs inside an extension page of the built extension (bundled by test/bench/ingest.ts), so IndexedDB is the
 * browser's real one: ingests the newest orders of the big shop capture by capture through ingestCapture, or
 * stores the same rows with a raw Dexie bulkPut, each variant into a fresh database prepared the same way.
 */
import './zod-jitless';
import { Dexie } from 'dexie';
import { SCHEMA_V2, SCHEMA_V3, ShopLensDatabase, readDerived } from '../../lib/db';
import { FLUSH_MAX_DELAY_MS, aggregateStore } from '../../lib/ingest/aggregate-store';
import type { Order, PlatformId } from '../../lib/domain';
import { ingestCapture } from '../../lib/ingest/ingest';
import type { CaptureFromContent } from '../../lib/messaging/protocol';
import { BENCH_NOW, bigShop } from './big-shop';
import { JS_SPEED_ORDERS, digestPassesMs } from './js-speed';



const URLS: Record<PlatformId, string> = {
  taobao: 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
  douyin: 'https://fxg.jinritemai.com/ffa/morder/order/list',
  jd: 'https://shop.jd.com/jdm/trade/orders/order-list',
  pdd: 'https://mms.pinduoduo.com/orders/list',
};

/**
 * The big shop's orders, newest first, each as JSON text: strings are not walked by the garbage collector, so
 * the benchmark's own inputs do not slow the collections the measured code causes (the background holds no
 * such heap: captures arrive as messages and are gone once stored).
 */
let newest: string[] = [];

/**
 * What the database holds when the timed captures come in:
 * - `empty`: nothing (a first capture of the whole catalogue: every SKU gets its code on the way);
 * - `history`: the HISTORY orders before the timed ones (a seller who has captured before: most SKUs known);
 * - `recapture`: the timed orders themselves, captured once already; the timed run captures the same pages
 *   again, with every RECAPTURE_CHANGED-th order changed (status moved on), as revisiting the console does.
 */
export type Scenario = 'empty' | 'history' | 'recapture';
export const HISTORY = 40_000;
export const RECAPTURE_CHANGED = 10;

/**
 * Orders `skip` … `skip + count` of the newest cut into captures of `batch` rows as the consoles list them: one
 * platform per capture (a page shows one console), newest first, one platform's pages after another.
 */
function capturesOf(count: number, batch: number, skip = 0): CaptureFromContent[] {
  if (newest.length < skip + count) {
    newest = bigShop()
      .orders.sort((a, b) => b.placedAt - a.placedAt)
      .slice(0, count + HISTORY)
      .map((o) => JSON.stringify(o));
  }
  const chosen = newest.slice(skip, skip + count).map((text) => JSON.parse(text) as Order);
  const out: CaptureFromContent[] = [];
  for (const platform of Object.keys(URLS) as PlatformId[]) {
    const mine = chosen.filter((o) => o.platform === platform);
    for (let i = 0; i < mine.length; i += batch) {
      const records = mine.slice(i, i + batch);
      out.push({ type: 'shoplens/capture-from-content', platform, kind: 'orders', url: URLS[platform], read: records.length, records, rejected: [] });
    }
  }
  return out;
}

const NEXT_STATUS: Partial<Record<Order['status'], Order['status']>> = { unpaid: 'paid', paid: 'shipped', shipped: 'completed', completed: 'refunded' };

/** The same captures with every RECAPTURE_CHANGED-th order moved on to its next status. */
function revisited(captures: CaptureFromContent[]): CaptureFromContent[] {
  let i = 0;
  return captures.map((c) => ({
    ...c,
    records: (c.records as Order[]).map((o) => (i++ % RECAPTURE_CHANGED === 0 && NEXT_STATUS[o.status] ? { ...o, status: NEXT_STATUS[o.status]! } : o)),
  }));
}

let seq = 0;

/** A profiler harness may set `beforeTimed` to start profiling right before the timed captures. */
export const gate: { beforeTimed?: () => Promise<void> } = {};
(globalThis as unknown as { __shoplensIngestGate: typeof gate }).__shoplensIngestGate = gate;

/**
 * How much ingest time passes between writes of the derived tables: FLUSH_MAX_DELAY_MS (a stream of captures),
 * or 0 to write after every capture, as the background does when captures come more than FLUSH_QUIET_MS apart
 * (a person paging through orders). A harness sets it before a run.
 */
export const flushPolicy: { everyMs: number } = { everyMs: FLUSH_MAX_DELAY_MS };
(globalThis as unknown as { __shoplensIngestFlush: typeof flushPolicy }).__shoplensIngestFlush = flushPolicy;

function evalAllowed(): boolean {
  try {
    return typeof new Function('return 1') === 'function';
  } catch {
    return false;
  }
}

/** One scenario's run: both variants, capture by capture. */
export interface IngestRun {
  batch: number;
  scenario: Scenario;
  /** Orders in the database afterwards. */
  rows: number;
  /** Order rows in the timed captures. */
  timed: number;
  captures: number;
  /** Time of the raw bulkPuts and of the ingests (with the flushes of the derived tables), summed over the captures. */
  rawMs: number;
  ingestMs: number;
  /** Times the ingest variant wrote the derived tables (every FLUSH_MAX_DELAY_MS of ingest time, and at the end). */
  flushes: number;
  /** Of ingestMs, the time spent in those writes. */
  flushMs: number;
  /**
   * SKU code rows the ingest variant wrote during the timed captures, and the time a raw bulkPut of the same
   * rows takes (into a table with the `skuCodes` schema, in the batches the flushes wrote them in): what any
   * implementation of the data model must write on top of the orders.
   */
  codeRows: number;
  codeRowsMs: number;
  /** Whether the page may eval (Zod's JIT): false in the extension, whose CSP forbids it. */
  evalAllowed: boolean;
  /** Rows in the derived tables and SKU codes afterwards, to show the upkeep ran. */
  tables: Record<string, number>;
}

/**
 * Stores `count` orders in captures of `batch` rows into two fresh databases prepared as `scenario` says —
 * one with the `orders` table alone (raw bulkPut), one the extension's (ingestCapture) — alternating capture by
 * capture, which goes first too, so both variants see the same machine at the same moments (on a shared
 * machine, speed drifts by ±30 % within a minute). The ingest variant writes the derived tables as the
 * background's timer does in a stream of captures: whenever FLUSH_MAX_DELAY_MS of ingest time has passed since
 * the last write, and once at the end; those writes are timed with it.
 */
async function run(batch: number, count: number, scenario: Scenario = 'empty'): Promise<IngestRun> {
  // Leave the task of the harness's Runtime.evaluate (exempt from CSP), so evalAllowed sees the page's rules.
  await new Promise((resolve) => setTimeout(resolve, 0));
  let captures = capturesOf(count, batch);
  const stamp = `${batch}-${Date.now()}-${seq++}`;
  const raw = new Dexie(`bench-raw-${stamp}`);
  raw.version(1).stores({ orders: SCHEMA_V2.orders });
  const db = new ShopLensDatabase(`bench-ingest-${stamp}`);
  await Promise.all([raw.open(), db.open()]);
  const store = aggregateStore(db);
  const before = scenario === 'history' ? capturesOf(HISTORY, 1000, count) : scenario === 'recapture' ? captures : [];
  for (let i = 0; i < before.length; i++) {
    await raw.table('orders').bulkPut(before[i]!.records);
    await ingestCapture(db, before[i]!, { at: BENCH_NOW - 86_400_000 + i * 1000, flush: 'caller' });
  }
  await store.flush();
  if (scenario === 'recapture') captures = revisited(captures);
  // The timed captures as text, parsed (untimed) right before each is stored: the inputs do not sit on the
  // heap as objects, and each variant gets its own copy, as a message would give it.
  const texts = captures.map((c) => JSON.stringify(c));
  const timed = captures.reduce((a, c) => a + c.records.length, 0);
  captures = [];
  await gate.beforeTimed?.();
  let rawMs = 0;
  let ingestMs = 0;
  let sinceFlush = 0;
  let flushes = 0;
  let flushMs = 0;
  const timeRaw = async (c: CaptureFromContent) => {
    const t = performance.now();
    await raw.table('orders').bulkPut(c.records);
    rawMs += performance.now() - t;
  };
  const timeIngest = async (c: CaptureFromContent, at: number) => {
    const t = performance.now();
    await ingestCapture(db, c, { at, flush: 'caller' });
    if (sinceFlush + performance.now() - t >= flushPolicy.everyMs) {
      const f = performance.now();
      await store.flush();
      flushMs += performance.now() - f;
      flushes++;
    }
    const took = performance.now() - t;
    ingestMs += took;
    sinceFlush = sinceFlush + took >= flushPolicy.everyMs ? 0 : sinceFlush + took;
  };
  for (let i = 0; i < texts.length; i++) {
    const forRaw = JSON.parse(texts[i]!) as CaptureFromContent;
    const forIngest = JSON.parse(texts[i]!) as CaptureFromContent;
    if (i % 2 === 0) {
      await timeRaw(forRaw);
      await timeIngest(forIngest, BENCH_NOW + i * 1000);
    } else {
      await timeIngest(forIngest, BENCH_NOW + i * 1000);
      await timeRaw(forRaw);
    }
  }
  // The captures have stopped: the write the background makes FOLD_IDLE_MS later folds the customer journal.
  const t = performance.now();
  await store.flush({ fold: true });
  ingestMs += performance.now() - t;
  flushMs += performance.now() - t;
  flushes++;
  // The code rows written during the timed captures (assignedAt: the latest capture a flush coded), batch by batch.
  const written = await db.skuCodes.filter((c) => c.assignedAt >= BENCH_NOW).toArray();
  const batches = new Map<number, typeof written>();
  for (const c of written) batches.set(c.assignedAt, [...(batches.get(c.assignedAt) ?? []), c]);
  const codesRaw = new Dexie(`bench-raw-codes-${stamp}`);
  codesRaw.version(1).stores({ skuCodes: SCHEMA_V3.skuCodes });
  await codesRaw.open();
  let codeRowsMs = 0;
  for (const batch of batches.values()) {
    const t = performance.now();
    await codesRaw.table('skuCodes').bulkPut(batch);
    codeRowsMs += performance.now() - t;
  }
  codesRaw.close();
  await Dexie.delete(codesRaw.name);
  const rows = await db.orders.count();
  const derived = await readDerived(db);
  const tables = {
    customer: derived.customers.length,
    day: derived.days.length,
    SKU: derived.skus.length,
    'SKU code': await db.skuCodes.count(),
    'shard rows': await db.aggregateShards.count(),
  };
  raw.close();
  db.close();
  await Promise.all([Dexie.delete(raw.name), Dexie.delete(db.name)]);
  return { batch, scenario, rows, timed, captures: texts.length, rawMs, ingestMs, flushes, flushMs, codeRows: written.length, codeRowsMs, evalAllowed: evalAllowed(), tables };
}

(globalThis as unknown as { __shoplensIngestBench: typeof run }).__shoplensIngestBench = run;

/** js-speed.ts's workload over the newest JS_SPEED_ORDERS orders, in this page. */
function jsSpeed(): number {
  capturesOf(JS_SPEED_ORDERS, 1000);
  return digestPassesMs(newest.slice(0, JS_SPEED_ORDERS).map((text) => JSON.parse(text) as Order));
}
(globalThis as unknown as { __shoplensJsSpeed: typeof jsSpeed }).__shoplensJsSpeed = jsSpeed;
