import type { Order, PlatformId } from '../domain';
import { applyAggregateDeltas, deltaIds } from './aggregates-apply';
import type { AggregateDelta } from './aggregates-delta';
import {
  emptyAggregates,
  type Aggregates,
  type CustomerOrder,
  type CustomerStats,
  type DailyStats,
  type SkuDay,
  type SkuLine,
  type SkuStats,
} from './aggregates-schema';
import { dayKeyOf } from './kpi-days';
import { isMaskedBuyer } from './order-policy';

/**
 * The derived tables as they are stored: one row ("shard") per Asia/Shanghai day and platform of orders,
 * holding that day's share of every derived row of the platform as one JSON string — the day row, each
 * customer's counted orders of the day, each SKU row's units and revenue of the day — plus the digest
 * (content hash) of each order placed that day. Why:
 * - in Chromium a row costs about as much to write as an order row whatever its size (test/bench/RESULTS.md),
 *   so one row per customer and per SKU made the upkeep cost several times the storing of the orders;
 * - captures bring mostly recent orders, so a day shard gathers the changes of many captures, and the shards
 *   of older days are not rewritten;
 * - a JSON string is cloned in one copy, where an array of tuples is cloned element by element.
 * The digests let ingest tell, without reading an order, whether a capture brings anything new about it.
 * Row `meta` holds the format and the id of the last capture the shards include.
 */

/** Bump when the encoding changes: stored shards of another format are rebuilt from the orders. */
export const SHARD_FORMAT = 2;

/** One stored shard: `id` is `day/YYYY-MM-DD/platform` (or `meta`), `json` its content. */
export interface ShardRow {
  id: string;
  json: string;
}

/** The `meta` row's content. */
export interface ShardMeta {
  format: number;
  /** Id of the last capture whose records the shards include (0: none). */
  watermark: number;
}

export const META_ID = 'meta';
const DAY_PREFIX = 'day/';

/** The shard id of a day and platform (`shard` elsewhere here is `YYYY-MM-DD/platform`). */
export function dayShardId(day: string, platform: PlatformId): string {
  return `${DAY_PREFIX}${day}/${platform}`;
}

/** The id range of the shards of the days from `from` to `to` (inclusive), every platform. */
export function dayShardRange(from?: string, to?: string): [string, string] {
  return [DAY_PREFIX + (from ?? ''), DAY_PREFIX + (to ?? '') + '\uffff'];
}

/** What one day × platform shard holds. */
interface DayContent {
  /** The day row (none when no order was placed that day on the platform). */
  d: DailyStats[];
  /** [customer id, placedAt, paidFen] per counted order of the day. */
  c: [string, number, number][];
  /** [SKU row id, platform, sku, line, units, revenueFen] per SKU row with counted sales that day. */
  s: [string, PlatformId, string, SkuLine, number, number][];
  /** [order key, digest] per order placed that day. */
  o: (string | number)[];
}

/** cyrb53: a fast 53-bit string hash (public domain, bryc). Collisions ~1 in 2^53 for unrelated strings. */
export function hashString(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The content of an order as a hash: everything but when and where it was captured (capturedAt, url,
 * firstSeenAt). Equal digests → the re-capture brings nothing new. Unequal digests for equal content (a
 * field order changed by an upgrade) only cost a read: the caller then compares the stored version.
 */
export function orderDigest(order: Order): number {
  const { capturedAt: _c, url: _u, firstSeenAt: _f, ...content } = order;
  return hashString(JSON.stringify(content));
}

/** `${platform}|${orderId}`: an order's key in the digests (ingest.ts keyOf). */
export function orderKeyOf(order: Pick<Order, 'platform' | 'orderId'>): string {
  return `${order.platform}|${order.orderId}`;
}

/** A digest as ingest records it: order key, digest, day the order was placed. */
export type DigestEntry = [key: string, digest: number, day: string];

/** The order digests of stored orders (a rebuild). */
export function digestsOf(orders: Iterable<Order>): DigestEntry[] {
  const out: DigestEntry[] = [];
  for (const o of orders) out.push([orderKeyOf(o), orderDigest(o), dayKeyOf(o.placedAt)]);
  return out;
}

/** Per day: the ids that have a share in it (may hold ids whose share has gone: they are skipped when encoding). */
interface DayIndex {
  customers: Set<string>;
  skus: Set<string>;
  keys: Set<string>;
}

const byTimeThenFen = (a: CustomerOrder, b: CustomerOrder) => a[0] - b[0] || a[1] - b[1];

/**
 * The derived tables and order digests in memory, with the days changed since the last `takeDirty`: ingest
 * applies each capture's deltas here (`apply`), the store writes the changed day shards now and then.
 */
export class ShardedAggregates {
  /** The derived tables, live: the side panel's rows are exactly these. */
  readonly aggregates: Aggregates = emptyAggregates();
  /** Order key → digest and the shard (`day/platform`) of the order. */
  readonly #digests = new Map<string, [number, string]>();
  readonly #days = new Map<string, DayIndex>();
  readonly #dirty = new Set<string>();

  #index(day: string): DayIndex {
    let index = this.#days.get(day);
    if (!index) this.#days.set(day, (index = { customers: new Set(), skus: new Set(), keys: new Set() }));
    return index;
  }

  /** From stored shard rows (meta skipped). */
  static fromRows(rows: Iterable<ShardRow>): ShardedAggregates {
    const out = new ShardedAggregates();
    const { customers, days, skus } = out.aggregates;
    for (const row of rows) {
      if (!row.id.startsWith(DAY_PREFIX)) continue;
      const shard = row.id.slice(DAY_PREFIX.length);
      const day = shard.slice(0, 10);
      const content = JSON.parse(row.json) as DayContent;
      const index = out.#index(shard);
      for (const d of content.d) days.set(d.id, d);
      for (const [id, at, fen] of content.c) {
        index.customers.add(id);
        let customer = customers.get(id);
        if (!customer) {
          const cut = id.indexOf('|');
          const buyer = id.slice(cut + 1);
          customer = { id, platform: id.slice(0, cut) as PlatformId, buyer, masked: isMaskedBuyer(buyer), orders: [], orderCount: 0, totalFen: 0, firstAt: at, lastAt: at };
          customers.set(id, customer);
        }
        customer.orders.push([at, fen]);
      }
      for (const [id, platform, sku, line, units, revenueFen] of content.s) {
        index.skus.add(id);
        let row = skus.get(id);
        if (!row) skus.set(id, (row = { id, platform, sku, line, days: [] }));
        row.days.push([day, units, revenueFen]);
      }
      for (let i = 0; i + 1 < content.o.length; i += 2) {
        const key = content.o[i] as string;
        out.#digests.set(key, [content.o[i + 1] as number, shard]);
        index.keys.add(key);
      }
    }
    for (const c of customers.values()) {
      c.orders.sort(byTimeThenFen);
      c.orderCount = c.orders.length;
      c.totalFen = c.orders.reduce((sum, [, fen]) => sum + fen, 0);
      c.firstAt = c.orders[0]![0];
      c.lastAt = c.orders[c.orders.length - 1]![0];
    }
    for (const s of skus.values()) s.days.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return out;
  }

  /** From derived tables computed in full (rebuildAggregates) and the stored orders' digests; every day dirty. */
  static fromAggregates(rows: Aggregates, digests: Iterable<DigestEntry>): ShardedAggregates {
    const out = new ShardedAggregates();
    const target = out.aggregates;
    for (const row of rows.days.values()) {
      target.days.set(row.id, row);
      const shard = shardOf(row.day, row.platform);
      out.#index(shard);
      out.#dirty.add(shard);
    }
    for (const row of rows.customers.values()) {
      target.customers.set(row.id, row);
      for (const [at] of row.orders) out.#index(shardOf(dayKeyOf(at), row.platform)).customers.add(row.id);
    }
    for (const row of rows.skus.values()) {
      target.skus.set(row.id, row);
      for (const [day] of row.days) out.#index(shardOf(day, row.platform)).skus.add(row.id);
    }
    for (const [key, digest, day] of digests) {
      const shard = shardOf(day, key.slice(0, key.indexOf('|')) as PlatformId);
      out.#digests.set(key, [digest, shard]);
      out.#index(shard).keys.add(key);
      out.#dirty.add(shard);
    }
    return out;
  }

  /** The digest of the stored version of an order, undefined when it is not stored. */
  digest(key: string): number | undefined {
    return this.#digests.get(key)?.[0];
  }

  get orderCount(): number {
    return this.#digests.size;
  }

  /** Records the digests of the orders a committed capture stored. */
  applyDigests(digests: readonly DigestEntry[]): void {
    for (const [key, digest, day] of digests) {
      const shard = shardOf(day, key.slice(0, key.indexOf('|')) as PlatformId);
      const before = this.#digests.get(key);
      if (before && before[1] !== shard) {
        this.#days.get(before[1])?.keys.delete(key);
        this.#dirty.add(before[1]);
      }
      this.#digests.set(key, [digest, shard]);
      this.#index(shard).keys.add(key);
      this.#dirty.add(shard);
    }
  }

  /**
   * Applies a committed capture's deltas to the derived tables. Returns how many did not fit
   * (applyAggregateDeltas `mismatches`: the rows had drifted from the orders).
   */
  applyDeltas(deltas: readonly AggregateDelta[]): number {
    if (deltas.length === 0) return 0;
    const live = this.aggregates;
    const ids = deltaIds([...deltas]);
    const rows = emptyAggregates();
    for (const id of ids.customers) {
      const row = live.customers.get(id);
      if (row) rows.customers.set(id, row);
    }
    for (const id of ids.days) {
      const row = live.days.get(id);
      if (row) rows.days.set(id, row);
    }
    for (const id of ids.skus) {
      const row = live.skus.get(id);
      if (row) rows.skus.set(id, row);
    }
    const writes = applyAggregateDeltas(rows, [...deltas]);
    for (const row of writes.customers.put) live.customers.set(row.id, row);
    for (const id of writes.customers.delete) live.customers.delete(id);
    for (const row of writes.days.put) live.days.set(row.id, row);
    for (const id of writes.days.delete) live.days.delete(id);
    for (const row of writes.skus.put) live.skus.set(row.id, row);
    for (const id of writes.skus.delete) live.skus.delete(id);
    for (const d of deltas) {
      const shard = shardOf(d.table === 'customerStats' ? dayKeyOf(d.at) : d.day, d.platform);
      const index = this.#index(shard);
      if (d.table === 'customerStats') index.customers.add(d.id);
      else if (d.table === 'skuStats') index.skus.add(d.id);
      this.#dirty.add(shard);
    }
    return writes.mismatches;
  }

  /** The stored rows of the days changed since the last call, and forgets them. */
  takeDirty(): ShardRow[] {
    const rows = [...this.#dirty].map((shard) => this.#encode(shard));
    this.#dirty.clear();
    return rows;
  }

  /** Marks shards changed again (a write that failed). */
  markDirty(ids: Iterable<string>): void {
    for (const id of ids) if (id.startsWith(DAY_PREFIX)) this.#dirty.add(id.slice(DAY_PREFIX.length));
  }

  get dirtyCount(): number {
    return this.#dirty.size;
  }

  #encode(shard: string): ShardRow {
    const { customers, days, skus } = this.aggregates;
    const day = shard.slice(0, 10);
    const index = this.#days.get(shard);
    const content: DayContent = { d: [], c: [], s: [], o: [] };
    const dayRow = days.get(`${day}|${shard.slice(11)}`);
    if (dayRow) content.d.push(dayRow);
    if (index) {
      for (const id of index.customers) {
        const row = customers.get(id);
        let found = false;
        if (row) {
          for (const [at, fen] of row.orders) {
            if (dayKeyOf(at) !== day) continue;
            content.c.push([id, at, fen]);
            found = true;
          }
        }
        if (!found) index.customers.delete(id);
      }
      for (const id of index.skus) {
        const row = skus.get(id);
        const entry = row ? findDay(row.days, day) : undefined;
        if (row && entry) content.s.push([id, row.platform, row.sku, row.line, entry[1], entry[2]]);
        else index.skus.delete(id);
      }
      for (const key of index.keys) {
        const digest = this.#digests.get(key);
        if (digest && digest[1] === shard) content.o.push(key, digest[0]);
      }
    }
    return { id: DAY_PREFIX + shard, json: JSON.stringify(content) };
  }
}

/** `YYYY-MM-DD/platform`: a shard's id without its prefix, the key of the in-memory index. */
function shardOf(day: string, platform: PlatformId): string {
  return `${day}/${platform}`;
}

function findDay(list: SkuDay[], day: string): SkuDay | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]![0] < day) lo = mid + 1;
    else hi = mid;
  }
  return list[lo]?.[0] === day ? list[lo] : undefined;
}

/** The derived tables out of stored shard rows (the side panel's read). */
export function aggregatesFromShards(rows: Iterable<ShardRow>): Aggregates {
  return ShardedAggregates.fromRows(rows).aggregates;
}
