import { OrderItemSchema, OrderSchema, type Order, type OrderItem, type PlatformId } from '../../domain';
import { applyDeltasInPlace } from './apply';
import type { AggregateDelta } from './delta';
import type { CustomerDelta } from './delta';
import {
  CUSTOMER_BUCKETS,
  CUSTOMER_JOURNAL_PREFIX,
  CUSTOMER_PREFIX,
  applyCustomerJournal,
  customerBucketId,
  customerBucketOf,
  customerJournalId,
  customerJournalSeq,
  decodeCustomerBucket,
  encodeCustomerBucket,
  encodeCustomerJournal,
} from './customer-buckets';
import { emptyAggregates, type Aggregates, type CustomerStats, type DailyStats, type SkuDay, type SkuLine, type StatusTally } from './schema';
import { dayKeyOf, dayKeyOfNumber, dayNumberOf, dayStartOf } from '../days';

/**
 * The derived tables as they are stored: a row ("shard") per Asia/Shanghai day and platform of orders with
 * that day's share of the day and SKU rows of the platform — the day row, each SKU row's units and revenue of
 * the day — as one JSON string; beside it a row with the digest (content hash) of each order placed that day,
 * and per platform a row listing its SKU rows once (their fields), which the day rows refer to by number; the
 * customers in buckets of their own (customer-buckets.ts). Why:
 * - in Chromium a row costs about as much to write as an order row whatever its size (test/bench/RESULTS.md),
 *   so one row per customer and per SKU made the upkeep cost several times the storing of the orders;
 * - captures bring mostly recent orders, so a day shard gathers the changes of many captures, and the shards
 *   of older days are not rewritten;
 * - a JSON string is cloned in one copy, where an array of tuples is cloned element by element;
 * - numbers and no repeated SKU fields keep a year of a big shop (200k orders) near 12 MB of JSON, read by the
 *   side panel; the digests, which only ingest needs, are in rows of their own.
 * Row `meta` holds the format, the id of the last capture the shards include and the counts of what is stored.
 */

/** Bump when the encoding changes: stored shards of another format are rebuilt from the orders. */
export const SHARD_FORMAT = 9;

/**
 * One stored shard: `id` is `day/YYYY-MM-DD/platform`, `dig/YYYY-MM-DD/platform`, `sku/platform`, `cus/NNNN`
 * (a customer bucket), `cus/j/NNNNNNNN` (the customer journal) or `meta`.
 */
export interface ShardRow {
  id: string;
  json: string;
}

/** What a write of the shards does: rows to put, and ids of rows to delete (journal rows a fold made obsolete). */
export interface ShardWrites {
  put: ShardRow[];
  remove: string[];
}

/**
 * When the customer journal is folded into the buckets (customer-buckets.ts): at a write where it would
 * otherwise reach FOLD_JOURNAL_ROWS rows, or hold more than FOLD_JOURNAL_SHARE of the buckets' bytes. A
 * reader of the customers reads at most that much more, and applying the journal costs about twice as much
 * per byte as decoding buckets (Node, the bench's 200k-order shop: a journal of 16 % of the bytes added ~35 %
 * to the decoding), so while captures come, and until the fold after them, the 客户 tab's decoding takes up
 * to ~1.5× its time at rest; at rest (folded) it reads the buckets alone.
 */
export const FOLD_JOURNAL_ROWS = 64;
export const FOLD_JOURNAL_SHARE = 0.25;

/**
 * How much is stored as of the watermark, kept with the shards so the side panel and the popup never count
 * rows (in Chromium a count walks the index: ~0.4 s per 50k orders): the orders of each platform by status (the
 * day rows' tallies added up) and the product rows of each platform.
 */
export interface StoredCounts {
  orders: Partial<Record<PlatformId, StatusTally>>;
  products: Partial<Record<PlatformId, number>>;
  /**
   * Counted orders without a buyer nickname and their paid amount, per platform (the day rows' noBuyer added
   * up; noBuyerTallies): what the 客户 tab says it leaves out. Absent in rows written before it was kept.
   */
  noBuyer?: Partial<Record<PlatformId, [orders: number, fen: number]>>;
}

/** The `meta` row's content. */
export interface ShardMeta {
  format: number;
  /** Id of the last capture whose records the shards include (0: none). */
  watermark: number;
  /** Absent in rows written before the counts were kept (then they are counted). */
  counts?: StoredCounts;
}

export const META_ID = 'meta';
const DAY_PREFIX = 'day/';
const DIGEST_PREFIX = 'dig/';
export const SKU_PREFIX = 'sku/';

/** The id range of the day shards of the days from `from` to `to` (inclusive), every platform. */
export function dayShardRange(from?: string, to?: string): [string, string] {
  return [DAY_PREFIX + (from ?? ''), DAY_PREFIX + (to ?? '') + '\uffff'];
}

/** Of day shard ids in id (= day) order, the first of each platform: where each platform's captures start. */
export function firstDayShards(ids: Iterable<string>): string[] {
  const firsts = new Map<string, string>();
  for (const id of ids) {
    const platform = id.slice(id.lastIndexOf('/') + 1);
    if (!firsts.has(platform)) firsts.set(platform, id);
  }
  return [...firsts.values()];
}

/** What one day × platform shard holds. */
interface DayContent {
  /** The day row (none when no order was placed that day on the platform). */
  d: DailyStats[];
  /** SKU number (its place in the platform's `sku/` row), units, revenueFen — per SKU row with counted sales that day, flat. */
  s: number[];
}

/** A SKU row's fields as the platform's `sku/` row lists them: [row id, sku, line]. */
type SkuMeta = [string, string, SkuLine];

/** What a digest covers, in a fixed order: every order and line field but when and where it was captured. */
const CAPTURE_FIELDS = new Set(['capturedAt', 'url', 'firstSeenAt']);
const ORDER_KEYS = Object.keys(OrderSchema.shape).filter((k) => !CAPTURE_FIELDS.has(k) && k !== 'items') as (keyof Order)[];
const ITEM_KEYS = Object.keys(OrderItemSchema.shape) as (keyof OrderItem)[];

/** Tags mixed in before a value, outside the range of UTF-16 code units, so "ab"+"c" and "a"+"bc" differ. */
const TAG_STRING = 0x10000;
const TAG_NUMBER = 0x20000;
const TAG_ABSENT = 0x30000;
const TAG_OTHER = 0x40000;
const TAG_ITEMS = 0x50000;

/** cyrb53's two lanes, fed value by value (one digest at a time: JavaScript is single-threaded). */
let lane1 = 0;
let lane2 = 0;
const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);

function mix(unit: number): void {
  lane1 = Math.imul(lane1 ^ unit, 2654435761);
  lane2 = Math.imul(lane2 ^ unit, 1597334677);
}

function mixValue(value: unknown): void {
  if (typeof value === 'string') {
    mix(TAG_STRING + value.length);
    for (let i = 0; i < value.length; i++) mix(value.charCodeAt(i));
  } else if (typeof value === 'number') {
    float[0] = value;
    mix(TAG_NUMBER);
    mix(words[0]!);
    mix(words[1]!);
  } else if (value === undefined) mix(TAG_ABSENT);
  else {
    // Not in the schemas (null, booleans, objects): hashed by their JSON.
    mix(TAG_OTHER);
    mixValue(String(JSON.stringify(value)));
  }
}

/**
 * The content of an order as a hash: every field of the schemas but when and where it was captured
 * (capturedAt, url, firstSeenAt), in the schemas' key order whatever the record's own, each value tagged with
 * its type (and a string with its length). cyrb53 fed the values directly: no copy of the order and no JSON
 * string per order (ingest digests every captured order). Equal digests → the re-capture brings nothing new.
 */
export function orderDigest(order: Order): number {
  lane1 = 0xdeadbeef;
  lane2 = 0x41c6ce57;
  for (const key of ORDER_KEYS) mixValue(order[key]);
  const items = order.items;
  mix(TAG_ITEMS + items.length);
  for (const item of items) for (const key of ITEM_KEYS) mixValue(item[key]);
  let h1 = lane1;
  let h2 = lane2;
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)) % DIGEST_RANGE;
}

/**
 * Digests keep 37 bits (a changed order taken for unchanged: ~1 in 10^11), so a digest and the order's day
 * number fit one double — held as plain numbers, 200k orders add no objects for the collector to trace.
 */
const DIGEST_RANGE = 2 ** 37;
const DAY_RANGE = 2 ** 16;
const dayNumbers = new Map<string, number>();
/** The day number of a `YYYY-MM-DD` key, memoised (a capture's digests share a few days). */
function dayNumberOfKey(day: string): number {
  let n = dayNumbers.get(day);
  if (n === undefined) dayNumbers.set(day, (n = dayNumberOf(dayStartOf(day))));
  return n;
}
const packDigest = (digest: number, day: string) => digest * DAY_RANGE + dayNumberOfKey(day);
const digestOf = (packed: number) => Math.floor(packed / DAY_RANGE);
const dayOf = (packed: number) => dayKeyOfNumber(packed % DAY_RANGE);

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

/** Per day × platform: the ids that have a share in it (may hold ids whose share has gone: skipped when encoding). */
interface DayIndex {
  skus: Set<string>;
  keys: Set<string>;
}

/**
 * The derived tables and order digests in memory, with the shards changed since the last `takeDirty`:
 * ingest applies each capture's deltas and digests here, the store writes the changed shards now and then.
 */
export class ShardedAggregates {
  /** The derived tables, live: the side panel's rows are exactly these. */
  readonly aggregates: Aggregates = emptyAggregates();
  /** Order key → digest and day of the order, packed (packDigest). */
  readonly #digests = new Map<string, number>();
  readonly #days = new Map<string, DayIndex>();
  /** Per platform: SKU row id → its number, and the list the numbers index. Numbers never change. */
  readonly #skuNumbers = new Map<string, Map<string, number>>();
  readonly #skuLists = new Map<string, SkuMeta[]>();
  readonly #dirtyDays = new Set<string>();
  readonly #dirtyDigests = new Set<string>();
  readonly #dirtySkuLists = new Set<string>();
  /** Buckets whose stored row lacks changes (held in the journal, or not yet written): rewritten by the next fold. */
  readonly #unfolded = new Set<number>();
  /** Changes to customers since the last write: the next journal row. */
  #journal: CustomerDelta[] = [];
  /** Journal rows stored (or being written), and their bytes; the number of the next. */
  readonly #journalRows = new Set<string>();
  #journalBytes = 0;
  #nextJournal = 0;
  /** Bytes of each stored bucket row, and their sum (what the journal is measured against). */
  readonly #bucketBytes = new Map<number, number>();
  #bucketBytesTotal = 0;
  /** The next write folds whatever the journal holds (after a rebuild, or a write that failed). */
  #foldNext = false;
  /** Changes in stored journal rows that did not fit the stored buckets (fromRows): the rows have drifted. */
  #journalMismatches = 0;

  #index(shard: string): DayIndex {
    let index = this.#days.get(shard);
    if (!index) this.#days.set(shard, (index = { skus: new Set(), keys: new Set() }));
    return index;
  }

  #skuList(platform: string): [Map<string, number>, SkuMeta[]] {
    let numbers = this.#skuNumbers.get(platform);
    let list = this.#skuLists.get(platform);
    if (!numbers || !list) {
      this.#skuNumbers.set(platform, (numbers = new Map()));
      this.#skuLists.set(platform, (list = []));
    }
    return [numbers, list];
  }

  /**
   * From stored shard rows (meta skipped; digest rows optional: the side panel leaves them out). `skip` leaves
   * customer or SKU rows unbuilt, for a reader that does not need them, and `skip.index` the per-day index
   * that only writing shards needs (a reader's copy is never written). `keepCustomerOrder` leaves out
   * customers' orders (a reader of some days).
   */
  static fromRows(
    rows: Iterable<ShardRow>,
    skip: { customers?: boolean; skus?: boolean; index?: boolean } = {},
    keepCustomerOrder?: (at: number) => boolean,
  ): ShardedAggregates {
    const out = new ShardedAggregates();
    const { customers, days, skus } = out.aggregates;
    const all = [...rows];
    const journal: ShardRow[] = [];
    for (const row of all) {
      if (!row.id.startsWith(SKU_PREFIX)) continue;
      const platform = row.id.slice(SKU_PREFIX.length);
      const [numbers, list] = out.#skuList(platform);
      for (const meta of JSON.parse(row.json) as SkuMeta[]) {
        numbers.set(meta[0], list.length);
        list.push(meta);
      }
    }
    for (const row of all) {
      if (row.id.startsWith(CUSTOMER_PREFIX)) {
        if (row.id.startsWith(CUSTOMER_JOURNAL_PREFIX)) journal.push(row);
        else if (!skip.customers) {
          decodeCustomerBucket(row.json, customers, keepCustomerOrder);
          out.#noteBucket(Number(row.id.slice(CUSTOMER_PREFIX.length)), row.json.length);
        }
        continue;
      }
      if (row.id.startsWith(DIGEST_PREFIX)) {
        const shard = row.id.slice(DIGEST_PREFIX.length);
        const index = out.#index(shard);
        const flat = JSON.parse(row.json) as (string | number)[];
        for (let i = 0; i + 1 < flat.length; i += 2) {
          const key = flat[i] as string;
          out.#digests.set(key, packDigest(flat[i + 1] as number, shard.slice(0, 10)));
          index.keys.add(key);
        }
        continue;
      }
      if (!row.id.startsWith(DAY_PREFIX)) continue;
      const shard = row.id.slice(DAY_PREFIX.length);
      const day = shard.slice(0, 10);
      const platform = shard.slice(11) as PlatformId;
      const content = JSON.parse(row.json) as DayContent;
      const index = skip.index ? undefined : out.#index(shard);
      for (const d of content.d) days.set(d.id, d);
      const list = out.#skuLists.get(platform) ?? [];
      for (let i = 0; !skip.skus && i + 2 < content.s.length; i += 3) {
        const meta = list[content.s[i]!];
        if (!meta) throw new Error(`shard ${row.id}: SKU number ${content.s[i]} is not listed`);
        const [id, sku, line] = meta;
        index?.skus.add(id);
        let skuRow = skus.get(id);
        if (!skuRow) skus.set(id, (skuRow = { id, platform, sku, line, days: [] }));
        skuRow.days.push([day, content.s[i + 1]!, content.s[i + 2]!]);
      }
    }
    for (const row of skus.values()) row.days.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    if (!skip.customers) out.#replayJournal(journal, keepCustomerOrder, !skip.index);
    return out;
  }

  /**
   * Applies the stored journal rows in the order written, and remembers them for the next fold (with `fold`,
   * also which buckets they touched: a reader's copy is never written).
   */
  #replayJournal(rows: ShardRow[], keep: ((at: number) => boolean) | undefined, fold: boolean): void {
    const numbered = rows.map((row) => [customerJournalSeq(row.id), row] as const);
    numbered.sort((a, b) => (a[0] ?? -1) - (b[0] ?? -1));
    const unfolded = this.#unfolded;
    let last = '';
    const touched = (id: string) => {
      if (id !== last) unfolded.add(customerBucketOf((last = id)));
    };
    for (const [seq, row] of numbered) {
      if (seq === undefined) throw new Error(`shard ${row.id}: not a journal row id`);
      this.#journalMismatches += applyCustomerJournal(row.json, this.aggregates, keep, fold ? touched : undefined);
      this.#journalRows.add(row.id);
      this.#journalBytes += row.json.length;
      this.#nextJournal = Math.max(this.#nextJournal, seq + 1);
    }
  }

  #noteBucket(bucket: number, bytes: number): void {
    this.#bucketBytesTotal += bytes - (this.#bucketBytes.get(bucket) ?? 0);
    this.#bucketBytes.set(bucket, bytes);
  }

  /** Customer journal rows stored (or being written): folded into the buckets by a write that folds. */
  get journalRows(): number {
    return this.#journalRows.size;
  }

  /**
   * Changes in the stored customer journal that did not fit the stored buckets (0 unless the rows have
   * drifted from the orders): a load that finds any should rebuild.
   */
  get journalMismatches(): number {
    return this.#journalMismatches;
  }

  /** From derived tables computed in full (rebuildAggregates) and the stored orders' digests; every shard dirty. */
  static fromAggregates(rows: Aggregates, digests: Iterable<DigestEntry>): ShardedAggregates {
    const out = new ShardedAggregates();
    const target = out.aggregates;
    for (const row of rows.days.values()) {
      target.days.set(row.id, row);
      out.#touch(shardOf(row.day, row.platform));
    }
    for (const row of rows.customers.values()) target.customers.set(row.id, row);
    // Every bucket, so a bucket left without customers is written empty rather than left as it was.
    for (let b = 0; b < CUSTOMER_BUCKETS; b++) out.#unfolded.add(b);
    out.#foldNext = true;
    for (const row of rows.skus.values()) {
      target.skus.set(row.id, row);
      for (const [day] of row.days) out.#touch(shardOf(day, row.platform)).skus.add(row.id);
    }
    out.applyDigests(digests);
    return out;
  }

  /** The day shard's index, marked for writing. */
  #touch(shard: string): DayIndex {
    this.#dirtyDays.add(shard);
    return this.#index(shard);
  }

  /** The digest of the stored version of an order, undefined when it is not stored. */
  digest(key: string): number | undefined {
    const packed = this.#digests.get(key);
    return packed === undefined ? undefined : digestOf(packed);
  }

  get orderCount(): number {
    return this.#digests.size;
  }

  /** Records the digests of the orders a committed capture stored. */
  applyDigests(digests: Iterable<DigestEntry>): void {
    for (const [key, digest, day] of digests) {
      const platform = key.slice(0, key.indexOf('|')) as PlatformId;
      const shard = shardOf(day, platform);
      const before = this.#digests.get(key);
      if (before !== undefined && dayOf(before) !== day) {
        const old = shardOf(dayOf(before), platform);
        this.#days.get(old)?.keys.delete(key);
        this.#dirtyDigests.add(old);
      }
      this.#digests.set(key, packDigest(digest, day));
      this.#index(shard).keys.add(key);
      this.#dirtyDigests.add(shard);
    }
  }

  /**
   * Applies a committed capture's deltas to the derived tables. Returns how many did not fit
   * (applyDeltasInPlace: the rows had drifted from the orders).
   */
  applyDeltas(deltas: readonly AggregateDelta[]): number {
    if (deltas.length === 0) return 0;
    // The live maps are the rows: applied in place (new rows added, emptied rows removed).
    const mismatches = applyDeltasInPlace(this.aggregates, deltas);
    let lastDay = '';
    let lastPlatform = '';
    let lastCustomer = '';
    let index: DayIndex | undefined;
    for (const d of deltas) {
      if (d.table === 'customerStats') {
        this.#journal.push(d);
        if (d.id !== lastCustomer) this.#unfolded.add(customerBucketOf((lastCustomer = d.id)));
        continue;
      }
      // An order's deltas share its day: the shard key is built once per run of equal days.
      if (!index || d.day !== lastDay || d.platform !== lastPlatform) {
        lastDay = d.day;
        lastPlatform = d.platform;
        index = this.#touch(shardOf(d.day, d.platform));
      }
      if (d.table === 'skuStats') index.skus.add(d.id);
    }
    return mismatches;
  }

  /**
   * The writes that bring the stored shards up to date with the changes since the last call, and forgets
   * those changes: the changed day, digest and SKU-list rows; the customers' changes as one journal row, or
   * — when the journal has grown (FOLD_JOURNAL_ROWS, FOLD_JOURNAL_SHARE), `fold` asks, or after a rebuild or
   * a failed write — every bucket with a change rewritten and the journal deleted.
   */
  takeWrites(options: { fold?: boolean } = {}): ShardWrites {
    // Day shards first: encoding them numbers new SKU rows, which the platform's sku/ row then lists.
    const put = [...this.#dirtyDays].map((shard) => this.#encodeDay(shard));
    for (const shard of this.#dirtyDigests) put.push(this.#encodeDigests(shard));
    for (const platform of this.#dirtySkuLists) put.push({ id: SKU_PREFIX + platform, json: JSON.stringify(this.#skuLists.get(platform) ?? []) });
    let remove: string[] = [];
    const fold = this.#foldNext || (options.fold === true && this.#unfolded.size > 0);
    const json = fold || this.#journal.length === 0 ? '' : encodeCustomerJournal(this.#journal);
    if (fold || this.#journalRows.size + 1 > FOLD_JOURNAL_ROWS || this.#journalBytes + json.length > FOLD_JOURNAL_SHARE * this.#bucketBytesTotal) {
      if (this.#unfolded.size) {
        // One pass over the customers, each to its bucket if that bucket is written.
        const buckets = new Map<number, CustomerStats[]>([...this.#unfolded].map((b) => [b, []]));
        for (const row of this.aggregates.customers.values()) buckets.get(customerBucketOf(row.id))?.push(row);
        for (const [b, list] of buckets) {
          const row = { id: customerBucketId(b), json: encodeCustomerBucket(list) };
          this.#noteBucket(b, row.json.length);
          put.push(row);
        }
      }
      remove = [...this.#journalRows];
      this.#journalRows.clear();
      this.#journalBytes = 0;
      this.#unfolded.clear();
      this.#foldNext = false;
    } else if (json) {
      const id = customerJournalId(this.#nextJournal++);
      put.push({ id, json });
      this.#journalRows.add(id);
      this.#journalBytes += json.length;
    }
    this.#journal = [];
    this.#dirtyDays.clear();
    this.#dirtyDigests.clear();
    this.#dirtySkuLists.clear();
    return { put, remove };
  }

  /**
   * takeWrites' rows, for a write that deletes nothing: the first write of shards made by fromAggregates (a
   * rebuild into a cleared table). Throws when stored journal rows would have to be deleted.
   */
  takeDirty(): ShardRow[] {
    const { put, remove } = this.takeWrites();
    if (remove.length) throw new Error(`takeDirty: ${remove.length} customer journal rows to delete (use takeWrites)`);
    return put;
  }

  /** The orders stored per platform and status: the day rows' tallies added up. */
  orderTallies(): StoredCounts['orders'] {
    const out: StoredCounts['orders'] = {};
    for (const d of this.aggregates.days.values()) {
      const tally = (out[d.platform] ??= { unpaid: 0, paid: 0, shipped: 0, completed: 0, closed: 0, refunding: 0, refunded: 0 });
      for (const status of Object.keys(tally) as (keyof StatusTally)[]) tally[status] += d.orders[status];
    }
    return out;
  }

  /** The counted orders without a buyer nickname per platform, and their amount: the day rows' noBuyer added up. */
  noBuyerTallies(): NonNullable<StoredCounts['noBuyer']> {
    const out: NonNullable<StoredCounts['noBuyer']> = {};
    for (const d of this.aggregates.days.values()) {
      if (!d.noBuyer) continue;
      const n = (out[d.platform] ??= [0, 0]);
      n[0] += d.noBuyer[0];
      n[1] += d.noBuyer[1];
    }
    return out;
  }

  /** Marks shards changed again (a write that failed). */
  markDirty(ids: Iterable<string>): void {
    for (const id of ids) {
      if (id.startsWith(DAY_PREFIX)) this.#dirtyDays.add(id.slice(DAY_PREFIX.length));
      else if (id.startsWith(DIGEST_PREFIX)) this.#dirtyDigests.add(id.slice(DIGEST_PREFIX.length));
      else if (id.startsWith(SKU_PREFIX)) this.#dirtySkuLists.add(id.slice(SKU_PREFIX.length));
      else if (id.startsWith(CUSTOMER_JOURNAL_PREFIX)) {
        // A journal row not written (its changes are only in memory), or not deleted: folded next time.
        this.#journalRows.add(id);
        this.#foldNext = true;
      } else if (id.startsWith(CUSTOMER_PREFIX)) {
        this.#unfolded.add(Number(id.slice(CUSTOMER_PREFIX.length)));
        this.#foldNext = true;
      }
    }
  }

  get dirtyCount(): number {
    return this.#dirtyDays.size + this.#dirtyDigests.size + this.#dirtySkuLists.size + (this.#journal.length > 0 || this.#foldNext ? 1 : 0);
  }

  #encodeDay(shard: string): ShardRow {
    const { days, skus } = this.aggregates;
    const day = shard.slice(0, 10);
    const platform = shard.slice(11);
    const index = this.#days.get(shard);
    const content: DayContent = { d: [], s: [] };
    const dayRow = days.get(`${day}|${platform}`);
    if (dayRow) content.d.push(dayRow);
    if (index) {
      const [numbers, list] = this.#skuList(platform);
      for (const id of index.skus) {
        const row = skus.get(id);
        const entry = row ? findDay(row.days, day) : undefined;
        if (!row || !entry) {
          index.skus.delete(id);
          continue;
        }
        let n = numbers.get(id);
        if (n === undefined) {
          n = list.length;
          numbers.set(id, n);
          list.push([id, row.sku, row.line]);
          this.#dirtySkuLists.add(platform);
        }
        content.s.push(n, entry[1], entry[2]);
      }
    }
    return { id: DAY_PREFIX + shard, json: JSON.stringify(content) };
  }

  #encodeDigests(shard: string): ShardRow {
    const flat: (string | number)[] = [];
    for (const key of this.#days.get(shard)?.keys ?? []) {
      const packed = this.#digests.get(key);
      if (packed !== undefined && dayOf(packed) === shard.slice(0, 10)) flat.push(key, digestOf(packed));
    }
    return { id: DIGEST_PREFIX + shard, json: JSON.stringify(flat) };
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

/**
 * The derived tables out of stored shard rows (the side panel's read: day, sku/ and cus/ rows); with
 * `keepCustomerOrder`, customers hold only the orders it keeps.
 */
export function aggregatesFromShards(
  rows: Iterable<ShardRow>,
  skip: { customers?: boolean; skus?: boolean } = {},
  keepCustomerOrder?: (at: number) => boolean,
): Aggregates {
  return ShardedAggregates.fromRows(rows, { ...skip, index: true }, keepCustomerOrder).aggregates;
}
