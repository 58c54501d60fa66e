/**
 * Runs inside an extension page of the built extension (bundled by test/bench/panel-open.ts): stores the big
 * shop (big-shop.ts, 200k orders, 5k SKUs) in the extension's own `shoplens` database in the stored format —
 * orders, products and the capture log written directly in chunks, then the derived tables and SKU codes
 * built by lib/ingest's own rebuild (AggregateStore after `reset`: what the background writes when it finds
 * the shards behind the capture log) — so the side panel opens on what a year of captures leaves behind,
 * without the hour of captures that would take.
 */
import './zod-jitless';
import { ShopLensDatabase } from '../../lib/db';
import type { Capture, Order, PlatformId, Product } from '../../lib/domain';
import { aggregateStore } from '../../lib/ingest/aggregate-store';
import { BENCH_NOW, bigShop } from './big-shop';

const DAY_MS = 86_400_000;
/** Rows per bulkPut (README: chunks of ~1000 for imports; larger here, as nothing else waits on the page). */
const CHUNK = 5_000;
/** The captures a year of browsing the consoles makes (50 rows each, as the research's shop was stored). */
const CAPTURES = 4_103;
/** The capture log keeps the latest CAPTURE_LOG_LIMIT (lib/ingest/ingest.ts). */
const LOG_KEPT = 300;

const URLS: Record<PlatformId, string> = {
  taobao: 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
  douyin: 'https://fxg.jinritemai.com/ffa/morder/order/list',
  jd: 'https://shop.jd.com/jdm/trade/orders/order-list',
  pdd: 'https://mms.pinduoduo.com/orders/list',
};
const PLATFORMS = Object.keys(URLS) as PlatformId[];

/** The kept end of the capture log: 50-row order pages, every fifth with one rejected row and its reason. */
function captureLog(now: number): Capture[] {
  const out: Capture[] = [];
  for (let id = CAPTURES - LOG_KEPT + 1; id <= CAPTURES; id++) {
    const platform = PLATFORMS[id % PLATFORMS.length]!;
    const rejected = id % 5 === 0 ? 1 : 0;
    out.push({
      id,
      platform,
      kind: 'orders',
      url: URLS[platform],
      at: now - (CAPTURES - id) * 60_000,
      read: 50,
      saved: 50 - rejected,
      added: 10,
      rejected,
      rejectedRows: rejected
        ? [{ index: 7, key: `40000000000${id}`, text: `订单编号：40000000000${id} 实收款：— 交易成功`, problems: [{ field: 'paidFen', problem: 'missing', raw: '—' }] }]
        : [],
      readerVersion: 1,
    });
  }
  return out;
}

export interface SeedResult {
  orders: number;
  products: number;
  /** Rows of every table afterwards, to show the rebuild ran. */
  tables: Record<string, number>;
  ms: number;
}

/**
 * Replaces the database's contents with the big shop moved forward by whole days so that its newest day is
 * today (the panel reads "now" from the clock): the 7/30/90-day windows and customer recency see the shop as
 * of its last day, as they would for a seller who captured it.
 */
async function seed(): Promise<SeedResult> {
  const started = performance.now();
  const now = Date.now();
  const shift = Math.floor((now - BENCH_NOW) / DAY_MS) * DAY_MS + DAY_MS;
  const { orders, products } = bigShop();
  const capturedAt = now - 3_600_000;
  const movedOrders: Order[] = orders.map((o) => ({ ...o, placedAt: o.placedAt + shift, capturedAt, firstSeenAt: o.placedAt + shift + 3_600_000 }));
  const movedProducts: Product[] = products.map((p) => ({ ...p, listedAt: p.listedAt === undefined ? undefined : p.listedAt + shift, capturedAt, firstSeenAt: capturedAt - 300 * DAY_MS }));
  const db = new ShopLensDatabase();
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
  for (let i = 0; i < movedProducts.length; i += CHUNK) await db.products.bulkPut(movedProducts.slice(i, i + CHUNK));
  for (let i = 0; i < movedOrders.length; i += CHUNK) await db.orders.bulkPut(movedOrders.slice(i, i + CHUNK));
  await db.captures.bulkPut(captureLog(capturedAt));
  // The shards and codes as the background writes them after finding the shards behind the log.
  const store = aggregateStore(db);
  await store.reset();
  await store.state();
  const tables: Record<string, number> = {};
  for (const table of db.tables) tables[table.name] = await table.count();
  db.close();
  return { orders: movedOrders.length, products: movedProducts.length, tables, ms: performance.now() - started };
}

(globalThis as unknown as { __shoplensSeedBigShop: typeof seed }).__shoplensSeedBigShop = seed;
