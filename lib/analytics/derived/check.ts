import { ORDER_STATUSES, PLATFORM_IDS, type Order, type PlatformId } from '../../domain';
import { dayKeyOf } from '../days';
import { isCountedStatus } from '../order-policy';
import { CUSTOMER_BUCKETS, CUSTOMER_PREFIX } from './customer-buckets';
import { dailyStatsId } from './keys';
import { rebuildAggregates } from './rebuild';
import { META_ID, SHARD_FORMAT, ShardedAggregates, type ShardMeta, type ShardRow } from './shards';

/**
 * Is what the shards say still what the orders say? A check cheap enough for every load of the shards and
 * every write of them (the background's AggregateStore, lib/ingest), finding the damage the shards can
 * suffer — a row whose JSON no longer parses, a row lost — before it stops captures or changes the numbers
 * (a lost digest row makes the next capture of those orders count them again: GMV doubled without a sign).
 *
 * What it compares, all from what the load has decoded anyway, plus one count of the orders table:
 * - every row decodes (JSON, and every SKU number a day row uses is in its platform's `sku/` list);
 * - digests (one per stored order) = orders in the day rows' tallies = rows in the orders table: a lost
 *   digest row, a lost day row or an order written behind the store's back each break one of the two;
 * - per platform, the day rows' tallies = the counts `meta` stored with them (a day row lost with its digest
 *   row breaks this one);
 * - per platform, the customers' orders and amount = the day rows' buyer lists and counted amount less the
 *   orders without a buyer (both count the counted orders with a buyer), and every customer bucket is there;
 * - one day × platform picked at random, its day row and SKU sales = a rebuild from that day's orders (one
 *   day of the bench's shop is ~560 orders, ~27 ms to read in Chromium under load): a row changed in a way
 *   that keeps every total is found over a few loads rather than never.
 * Costs measured on the bench's 200k-order shop: README "Derived tables that heal" (test/bench/heal-check.ts).
 */

/** One thing found wrong with the stored shards. */
export type ShardProblem =
  /** A row whose JSON does not parse, or that names a SKU its platform's list lacks. */
  | { kind: 'unreadable'; row: string }
  /** Shards without their `meta` row (not after a reset: that leaves a marker, see `RESET_WATERMARK`). */
  | { kind: 'meta-missing' }
  /** The stored orders (digests) and the orders the day rows count differ. */
  | { kind: 'digests'; digests: number; dayOrders: number }
  /** The orders table holds another number of orders than the shards know of. */
  | { kind: 'orders'; digests: number; orders: number }
  /** A platform's orders in the day rows differ from the counts stored with them. */
  | { kind: 'counts'; platform: PlatformId; stored: number; dayOrders: number }
  /**
   * A platform's customers hold another number of orders than its day rows' buyer lists, or another amount
   * than its day rows' counted orders with a buyer (fen, when the counts agree).
   */
  | { kind: 'customers'; platform: PlatformId; customerOrders: number; dayOrders: number; customerFen?: number; dayFen?: number }
  /** Customer bucket rows are missing. */
  | { kind: 'buckets'; found: number; expected: number }
  /** Changes of captures did not fit the rows they change (applyDeltasInPlace: the rows had drifted). */
  | { kind: 'deltas'; mismatches: number }
  /** The sampled day's day row or SKU sales differ from a rebuild of that day's orders. */
  | { kind: 'sample'; day: string; platform: PlatformId; what: 'day' | 'skus' };

const COUNTED = ORDER_STATUSES.filter(isCountedStatus);

/** `meta.watermark` after a reset (data changed behind the store's back): rebuild, nothing is damaged. */
export const RESET_WATERMARK = -1;

/** The `meta` row's content, or undefined when its JSON does not parse or is not a meta object. */
export function parseShardMeta(json: string): ShardMeta | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const meta = value as Partial<ShardMeta>;
  if (typeof meta.format !== 'number' || typeof meta.watermark !== 'number') return undefined;
  if (meta.counts !== undefined && (typeof meta.counts !== 'object' || meta.counts === null || typeof meta.counts.orders !== 'object' || typeof meta.counts.products !== 'object'))
    return undefined;
  return meta as ShardMeta;
}

/** What `decodeShards` found: the decoded shards and meta, or the rows that could not be decoded. */
export interface DecodedShards {
  /** The meta row's content; undefined when there is none or it is unreadable (then a problem says so). */
  meta: ShardMeta | undefined;
  /** Undefined when a row could not be decoded. */
  sharded: ShardedAggregates | undefined;
  /** Customer bucket rows read. */
  buckets: number;
  problems: ShardProblem[];
}

/**
 * Decodes every stored shard row (the background's load) without throwing: a row that cannot be decoded is
 * a problem, named by its id. The rows are parsed once (fromRows); only when that fails is each parsed
 * again to find which.
 */
export function decodeShards(rows: readonly ShardRow[]): DecodedShards {
  const problems: ShardProblem[] = [];
  const metaRow = rows.find((r) => r.id === META_ID);
  const meta = metaRow ? parseShardMeta(metaRow.json) : undefined;
  if (metaRow && !meta) problems.push({ kind: 'unreadable', row: META_ID });
  if (!metaRow && rows.length > 0) problems.push({ kind: 'meta-missing' });
  const buckets = rows.reduce((n, r) => (isBucketId(r.id) ? n + 1 : n), 0);
  try {
    return { meta, sharded: ShardedAggregates.fromRows(rows), buckets, problems };
  } catch (error) {
    const named = /^shard (\S+):/.exec(error instanceof Error ? error.message : '')?.[1];
    const bad = rows.filter((r) => r.id !== META_ID && !parses(r.json)).map((r) => r.id);
    for (const row of bad.length ? bad : [named ?? '?']) problems.push({ kind: 'unreadable', row });
    return { meta, sharded: undefined, buckets, problems };
  }
}

/** `cus/0007`: a customer bucket (not any other row under cus/). */
const BUCKET_ID = new RegExp(`^${CUSTOMER_PREFIX}\\d+$`);
const isBucketId = (id: string) => BUCKET_ID.test(id);

function parses(json: string): boolean {
  try {
    JSON.parse(json);
    return true;
  } catch {
    return false;
  }
}

/**
 * The consistency checks over decoded shards (see the top of this file). `orders`: the rows of the orders
 * table, when counted; `buckets`: customer bucket rows read, when all rows were (a load; the flush leaves it
 * out). `customers: false` leaves out the customer check, the one that walks every day's buyers (~20 ms for
 * the bench's 200k-order shop in Node, against ~1 ms for the rest): a load runs it, the check after each
 * flush does not. Empty when everything agrees.
 */
export function checkShards(input: { sharded: ShardedAggregates; meta?: ShardMeta; buckets?: number; orders?: number; customers?: boolean }): ShardProblem[] {
  const { sharded, meta } = input;
  const problems: ShardProblem[] = [];
  const tallies = sharded.orderTallies();
  const byPlatform = new Map<PlatformId, number>();
  let dayOrders = 0;
  for (const p of PLATFORM_IDS) {
    const t = tallies[p];
    const n = t ? Object.values(t).reduce((a, b) => a + b, 0) : 0;
    byPlatform.set(p, n);
    dayOrders += n;
  }
  // Customer journal rows that did not fit the buckets they change (a bucket lost or rewritten under them).
  if (sharded.journalMismatches > 0) problems.push({ kind: 'deltas', mismatches: sharded.journalMismatches });
  const digests = sharded.orderCount;
  if (digests !== dayOrders) problems.push({ kind: 'digests', digests, dayOrders });
  if (input.orders !== undefined && input.orders !== digests) problems.push({ kind: 'orders', digests, orders: input.orders });
  if (meta?.counts) {
    for (const p of PLATFORM_IDS) {
      const stored = meta.counts.orders[p];
      const n = stored ? Object.values(stored).reduce((a, b) => a + b, 0) : 0;
      if (n !== byPlatform.get(p)) problems.push({ kind: 'counts', platform: p, stored: n, dayOrders: byPlatform.get(p)! });
    }
  }
  if (input.customers === false) return problems;
  const { customers, days } = sharded.aggregates;
  const customerOrders = new Map<PlatformId, number>();
  const customerFen = new Map<PlatformId, number>();
  for (const c of customers.values()) {
    customerOrders.set(c.platform, (customerOrders.get(c.platform) ?? 0) + c.orderCount);
    customerFen.set(c.platform, (customerFen.get(c.platform) ?? 0) + c.totalFen);
  }
  const buyerOrders = new Map<PlatformId, number>();
  const buyerFen = new Map<PlatformId, number>();
  for (const d of days.values()) {
    let n = 0;
    for (const b of d.buyers) n += b[1];
    buyerOrders.set(d.platform, (buyerOrders.get(d.platform) ?? 0) + n);
    // The counted orders' amount minus those without a buyer: what the customers' totals add up to.
    let fen = -(d.noBuyer?.[1] ?? 0);
    for (const status of COUNTED) fen += d.fen[status];
    buyerFen.set(d.platform, (buyerFen.get(d.platform) ?? 0) + fen);
  }
  for (const p of PLATFORM_IDS) {
    const c = customerOrders.get(p) ?? 0;
    const d = buyerOrders.get(p) ?? 0;
    const cf = customerFen.get(p) ?? 0;
    const df = buyerFen.get(p) ?? 0;
    if (c !== d) problems.push({ kind: 'customers', platform: p, customerOrders: c, dayOrders: d });
    else if (cf !== df) problems.push({ kind: 'customers', platform: p, customerOrders: c, dayOrders: d, customerFen: cf, dayFen: df });
  }
  if (input.buckets !== undefined && digests > 0 && input.buckets !== CUSTOMER_BUCKETS) problems.push({ kind: 'buckets', found: input.buckets, expected: CUSTOMER_BUCKETS });
  return problems;
}

/** Whether shards with this meta may be used as they are (else rebuilt): the current format, counts kept, up to `lastCapture`. */
export function isCurrentMeta(meta: ShardMeta | undefined, lastCapture: number): meta is ShardMeta {
  return meta?.format === SHARD_FORMAT && meta.counts !== undefined && meta.watermark === lastCapture;
}

/** A day × platform to compare with its orders (checkDaySample): one of the day rows, by `random` in [0, 1). */
export function pickSampleDay(sharded: ShardedAggregates, random: number): { day: string; platform: PlatformId } | undefined {
  const { days } = sharded.aggregates;
  if (days.size === 0) return undefined;
  const target = Math.min(days.size - 1, Math.floor(random * days.size));
  let i = 0;
  for (const d of days.values()) if (i++ === target) return { day: d.day, platform: d.platform };
  return undefined;
}

/**
 * Compares one day × platform of the shards with a rebuild from that day's orders (`orders`: those placed that
 * Asia/Shanghai day; other platforms' are skipped): the day row, and the units and revenue of every SKU row
 * that day.
 */
export function checkDaySample(sharded: ShardedAggregates, day: string, platform: PlatformId, orders: readonly Order[]): ShardProblem[] {
  const truth = rebuildAggregates(orders.filter((o) => o.platform === platform && dayKeyOf(o.placedAt) === day));
  const id = dailyStatsId(day, platform);
  const problems: ShardProblem[] = [];
  if (canonical(sharded.aggregates.days.get(id)) !== canonical(truth.days.get(id))) problems.push({ kind: 'sample', day, platform, what: 'day' });
  const sales = (skus: Iterable<{ id: string; platform: PlatformId; days: [string, number, number][] }>) => {
    const out: string[] = [];
    for (const row of skus) {
      if (row.platform !== platform) continue;
      const entry = row.days.find((d) => d[0] === day);
      if (entry) out.push(`${row.id}\u0000${entry[1]}\u0000${entry[2]}`);
    }
    return out.sort().join('\n');
  };
  if (sales(sharded.aggregates.skus.values()) !== sales(truth.skus.values())) problems.push({ kind: 'sample', day, platform, what: 'skus' });
  return problems;
}

/** JSON with object keys sorted and buyer lists in order: rows equal in content give the same string. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  ) ?? 'undefined';
}
