/**
 * Runs inside an extension page of the built extension (bundled by test/bench/ingest.ts), so IndexedDB is the
 * browser's real one: ingests the newest orders of the big shop capture by capture through ingestCapture, or
 * stores the same rows with a raw Dexie bulkPut, each variant into a fresh database.
 */
import './zod-jitless';
import { Dexie } from 'dexie';
import { SCHEMA_V2, ShopLensDatabase } from '../../lib/db';
import type { Order, PlatformId } from '../../lib/domain';
import { ingestCapture } from '../../lib/ingest/ingest';
import type { CaptureFromContent } from '../../lib/messaging/protocol';
import { BENCH_NOW, bigShop } from './big-shop';

export type Variant = 'raw' | 'ingest';

export interface IngestRun {
  variant: Variant;
  batch: number;
  rows: number;
  captures: number;
  ms: number;
  /** Whether the page may eval (Zod's JIT): false in the extension, whose CSP forbids it. */
  evalAllowed: boolean;
  /** Rows in the derived tables and SKU codes afterwards (ingest only), to show the upkeep ran. */
  tables?: Record<string, number>;
}

const URLS: Record<PlatformId, string> = {
  taobao: 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
  douyin: 'https://fxg.jinritemai.com/ffa/morder/order/list',
  jd: 'https://shop.jd.com/jdm/trade/orders/order-list',
  pdd: 'https://mms.pinduoduo.com/orders/list',
};

/** The orders chosen last time: only these stay in memory (the whole shop on the heap would slow every GC). */
let newest: Order[] = [];

/**
 * The `count` newest orders of the big shop cut into captures of `batch` rows as the consoles list them: one
 * platform per capture (a page shows one console), newest first, one platform's pages after another.
 */
function capturesOf(count: number, batch: number): CaptureFromContent[] {
  if (newest.length !== count) newest = bigShop().orders.sort((a, b) => b.placedAt - a.placedAt).slice(0, count);
  const chosen = newest;
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

let seq = 0;

function evalAllowed(): boolean {
  try {
    return typeof new Function('return 1') === 'function';
  } catch {
    return false;
  }
}

/** Stores `count` orders in captures of `batch` rows into a fresh database and returns the time it took. */
async function run(variant: Variant, batch: number, count: number): Promise<IngestRun> {
  // Leave the task of the harness's Runtime.evaluate (exempt from CSP), so evalAllowed sees the page's rules.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const captures = capturesOf(count, batch);
  const name = `bench-${variant}-${batch}-${Date.now()}-${seq++}`;
  const db = variant === 'ingest' ? new ShopLensDatabase(name) : new Dexie(name);
  if (variant === 'raw') db.version(1).stores({ orders: SCHEMA_V2.orders });
  await db.open();
  const t = performance.now();
  if (db instanceof ShopLensDatabase) {
    for (let i = 0; i < captures.length; i++) await ingestCapture(db, captures[i]!, { at: BENCH_NOW + i * 1000 });
  } else {
    for (const c of captures) await db.table('orders').bulkPut(c.records);
  }
  const ms = performance.now() - t;
  const rows = await db.table('orders').count();
  let tables: Record<string, number> | undefined;
  if (db instanceof ShopLensDatabase) {
    tables = { customerStats: await db.customerStats.count(), dailyStats: await db.dailyStats.count(), skuStats: await db.skuStats.count(), skuCodes: await db.skuCodes.count() };
  }
  db.close();
  await Dexie.delete(name);
  return { variant, batch, rows, captures: captures.length, ms, evalAllowed: evalAllowed(), ...(tables ? { tables } : {}) };
}

(globalThis as unknown as { __shoplensIngestBench: typeof run }).__shoplensIngestBench = run;
