/**
 * Runs in a page of real Chromium (bundled by test/bench/heal-check.ts): stores the big shop (200k orders) and
 * its shards, then times what a load of the background's AggregateStore does — read the shard rows, decode
 * them, the consistency checks of lib/analytics/derived/check.ts, and the candidate comparisons with the
 * orders table (a count of its rows; one day's orders read through the placedAt index and compared) — so the load-time
 * check is chosen by measurement (README "Derived tables that heal").
 */
import './zod-jitless';
import { ShopLensDatabase } from '../../lib/db';
import { checkDaySample, checkShards, decodeShards, dayShardRange } from '../../lib/analytics/derived';
import { dayStartOf } from '../../lib/analytics/days';
import { aggregateStore } from '../../lib/ingest/aggregate-store';
import { bigShop } from './big-shop';

const CHUNK = 5_000;

export interface HealCheckTimes {
  orders: number;
  shardRows: number;
  /** One whole load of a new store (what the first capture after a background start waits for), ms. */
  loadMs: number[];
  readRowsMs: number[];
  decodeMs: number[];
  checkMs: number[];
  countMs: number[];
  dayReadMs: number[];
  /** checkDaySample over the day read (rebuild of its orders and the comparison), ms. */
  dayCompareMs: number[];
  dayOrders: number;
  seedMs: number;
}

async function run(): Promise<HealCheckTimes> {
  const t0 = performance.now();
  const name = `heal-check-${Date.now()}`;
  let db = new ShopLensDatabase(name);
  await db.open();
  const { orders } = bigShop();
  for (let i = 0; i < orders.length; i += CHUNK) await db.orders.bulkPut(orders.slice(i, i + CHUNK));
  await aggregateStore(db).reset();
  await aggregateStore(db).state();
  const seedMs = performance.now() - t0;
  db.close();
  const out: HealCheckTimes = { orders: orders.length, shardRows: 0, loadMs: [], readRowsMs: [], decodeMs: [], checkMs: [], countMs: [], dayReadMs: [], dayCompareMs: [], dayOrders: 0, seedMs };
  for (let i = 0; i < 5; i++) {
    db = new ShopLensDatabase(name);
    await db.open();
    let t = performance.now();
    await aggregateStore(db).state();
    out.loadMs.push(performance.now() - t);
    db.close();
    db = new ShopLensDatabase(name);
    await db.open();
    t = performance.now();
    const rows = await db.aggregateShards.toArray();
    out.readRowsMs.push(performance.now() - t);
    out.shardRows = rows.length;
    t = performance.now();
    const decoded = decodeShards(rows);
    out.decodeMs.push(performance.now() - t);
    t = performance.now();
    const problems = checkShards({ sharded: decoded.sharded!, meta: decoded.meta, buckets: decoded.buckets });
    out.checkMs.push(performance.now() - t);
    if (problems.length) throw new Error(JSON.stringify(problems));
    t = performance.now();
    await db.orders.count();
    out.countMs.push(performance.now() - t);
    // A day in the middle of the year, every platform.
    const [lower, upper] = dayShardRange();
    const ids = await db.aggregateShards.where('id').between(lower, upper).primaryKeys();
    const day = String(ids[Math.floor(ids.length / 2)]).slice(4, 14);
    t = performance.now();
    const start = dayStartOf(day);
    const dayOrders = await db.orders.where('placedAt').between(start, start + 86_400_000, true, false).toArray();
    out.dayReadMs.push(performance.now() - t);
    out.dayOrders = dayOrders.length;
    t = performance.now();
    const sampled = checkDaySample(decoded.sharded!, day, 'taobao', dayOrders);
    out.dayCompareMs.push(performance.now() - t);
    if (sampled.length) throw new Error(JSON.stringify(sampled));
    db.close();
  }
  await new ShopLensDatabase(name).delete();
  return out;
}

(globalThis as unknown as { __shoplensHealCheck: typeof run }).__shoplensHealCheck = run;
