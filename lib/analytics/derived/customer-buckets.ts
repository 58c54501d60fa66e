import type { PlatformId } from '../../domain';
import { isMaskedBuyer } from '../order-policy';
import { applyDeltasInPlace } from './apply';
import type { CustomerDelta } from './delta';
import type { Aggregates, CustomerOrder, CustomerStats } from './schema';

/**
 * The customer rows as they are stored: every customer's counted orders ([placedAt, paidFen], the whole
 * history, so lifetime orders and spend come with the RFM window's), in CUSTOMER_BUCKETS rows chosen by a hash
 * of the customer id, and the changes since the buckets were last written in journal rows after them (below).
 * Why buckets, not day shards or a row per customer:
 * - the 客户 tab reads every customer; from day shards that meant reading and decoding a year of days (the
 *   customer id repeated with every order); here each id is written once, ~3.7 MB of JSON for the bench's
 *   47k customers and 200k orders, read in 256 rows (~15 KB each, under the 64 KB above which Chromium's
 *   IndexedDB stores a value as a blob);
 * - in Chromium a row costs about as much to write as an order row (test/bench/RESULTS.md), so a row per
 *   customer made upkeep dear.
 * Why the journal: between two writes in a stream of captures (every 2 s) the captures touch customers in
 * nearly every bucket, so writing buckets rewrote nearly all of them each time — with 1024 buckets (format 7)
 * ~1000 rows and every customer's JSON per write; a person paging (a write after each capture) rewrote the
 * ~50 buckets of the page's buyers. A journal row is one row per write, its size that of the changes. The
 * buckets are rewritten ("folded", only those with changes) when the journal has grown, and once captures
 * stop — so there are few folds, and 256 buckets (a fold writes 256 rows, not 1024) suit them better than
 * more, smaller rows. Ingest bench A/B in one run (history, 20k orders, 3 runs each, machine at load 13–18):
 * the writes of the derived tables took 18 % (50-row captures) / 24 % (1000-row) of ingest time with 1024
 * buckets and no journal, 6 % / 11 % with the journal and 256 buckets (medians).
 */
export const CUSTOMER_PREFIX = 'cus/';
export const CUSTOMER_BUCKETS = 256;

/** FNV-1a of the id, to a bucket: spreads customers evenly and never changes for an id. */
export function customerBucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % CUSTOMER_BUCKETS;
}

/** The stored row id of a bucket: `cus/0007`. */
export function customerBucketId(bucket: number): string {
  return CUSTOMER_PREFIX + String(bucket).padStart(4, '0');
}

/** A bucket's JSON: per customer its id, its order count, then placedAt and paidFen of each order, all flat. */
export function encodeCustomerBucket(rows: Iterable<CustomerStats>): string {
  const flat: (string | number)[] = [];
  for (const row of rows) {
    flat.push(row.id, row.orders.length);
    for (const [at, fen] of row.orders) flat.push(at, fen);
  }
  return JSON.stringify(flat);
}

/**
 * Decodes bucket rows into `into` (customer id → row), each row complete (orders sorted as stored, counts,
 * totals, first and last order). `keep` leaves out orders (say, outside a range of days); a customer left
 * with none is not added.
 */
export function decodeCustomerBucket(json: string, into: Map<string, CustomerStats>, keep?: (at: number) => boolean): void {
  const flat = JSON.parse(json) as (string | number)[];
  for (let i = 0; i < flat.length; ) {
    const id = flat[i] as string;
    const n = flat[i + 1] as number;
    const orders: CustomerOrder[] = [];
    let totalFen = 0;
    for (let k = 0, j = i + 2; k < n; k++, j += 2) {
      const at = flat[j] as number;
      if (keep && !keep(at)) continue;
      const fen = flat[j + 1] as number;
      orders.push([at, fen]);
      totalFen += fen;
    }
    i += 2 + 2 * n;
    if (!orders.length) continue;
    const bar = id.indexOf('|');
    const buyer = id.slice(bar + 1);
    into.set(id, {
      id,
      platform: id.slice(0, bar) as PlatformId,
      buyer,
      masked: isMaskedBuyer(buyer),
      orders,
      orderCount: orders.length,
      totalFen,
      firstAt: orders[0]![0],
      lastAt: orders[orders.length - 1]![0],
    });
  }
}

/**
 * The customer journal: rows `cus/j/NNNNNNNN` (after every bucket in id order, numbered in the order written),
 * each the customers' changes of one write of the shards — an order in or out of a customer's list — since the
 * buckets were last written. A reader applies them to the buckets in order (applyDeltasInPlace, as the
 * background applied them); the background folds them into the buckets now and then (shards.ts takeWrites:
 * FOLD_JOURNAL_ROWS, FOLD_JOURNAL_SHARE; lib/ingest/aggregate-store.ts FOLD_IDLE_MS).
 */
export const CUSTOMER_JOURNAL_PREFIX = `${CUSTOMER_PREFIX}j/`;

/** The id of journal row `seq`: `cus/j/00000012` (ids sort as the numbers do). */
export function customerJournalId(seq: number): string {
  return CUSTOMER_JOURNAL_PREFIX + String(seq).padStart(8, '0');
}

/** The number of a journal row id, or undefined for any other id. */
export function customerJournalSeq(id: string): number | undefined {
  if (!id.startsWith(CUSTOMER_JOURNAL_PREFIX)) return undefined;
  const seq = Number(id.slice(CUSTOMER_JOURNAL_PREFIX.length));
  return Number.isInteger(seq) && seq >= 0 ? seq : undefined;
}

/** Whether a row id is a customer bucket's (`cus/NNNN`), not the journal's. */
export function isCustomerBucketId(id: string): boolean {
  return id.startsWith(CUSTOMER_PREFIX) && !id.startsWith(CUSTOMER_JOURNAL_PREFIX);
}

/** A journal row's JSON: per change the customer id, placedAt, paidFen and the sign (1 in, -1 out), all flat. */
export function encodeCustomerJournal(deltas: readonly CustomerDelta[]): string {
  const flat: (string | number)[] = [];
  for (const d of deltas) flat.push(d.id, d.at, d.fen, d.sign);
  return JSON.stringify(flat);
}

/**
 * Applies a journal row to the customers of `into` (decoded from the buckets and the journal rows before it);
 * `keep` leaves out orders as decodeCustomerBucket does. Returns the changes that did not fit (an order taken
 * out that the customer does not have): 0 unless the stored rows have drifted. Each change calls `touched`
 * with its customer id (the background marks the customer's bucket for the next fold).
 */
export function applyCustomerJournal(json: string, into: Aggregates, keep?: (at: number) => boolean, touched?: (id: string) => void): number {
  const flat = JSON.parse(json) as (string | number)[];
  const deltas: CustomerDelta[] = [];
  for (let i = 0; i + 3 < flat.length; i += 4) {
    const id = flat[i] as string;
    const at = flat[i + 1] as number;
    const sign = flat[i + 3] === -1 ? -1 : 1;
    touched?.(id);
    if (keep && !keep(at)) continue;
    const bar = id.indexOf('|');
    deltas.push({ table: 'customerStats', id, platform: id.slice(0, bar) as PlatformId, buyer: id.slice(bar + 1), at, fen: flat[i + 2] as number, sign });
  }
  return applyDeltasInPlace(into, deltas);
}
