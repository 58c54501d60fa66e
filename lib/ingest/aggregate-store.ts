import { META_ID, SHARD_FORMAT, ShardedAggregates, type AggregateDelta, type DigestEntry, type ShardMeta, type ShardRow, type StoredCounts } from '../analytics/derived';
import { KnownSkus, collectObservations } from '../analytics/sku-codes';
import type { Capture, Order, Product, SkuCode } from '../domain';
import { fillShards, shardMetaRow, type ShopLensDatabase } from '../db';
import { loadSettings } from '../settings';

/** How long after the last capture the shards are written, and the longest they stay unwritten while captures keep coming. */
export const FLUSH_QUIET_MS = 300;
export const FLUSH_MAX_DELAY_MS = 2000;

/** What the background holds between captures: the derived tables, the order digests and the known SKU codes. */
export interface StoreState {
  sharded: ShardedAggregates;
  known: KnownSkus;
  /** Id of the last capture applied in memory. */
  watermark: number;
  /** Id of the last capture the stored shards include. */
  flushed: number;
  /** A delta did not fit (the rows had drifted): rebuild from the orders at the next flush. */
  drifted: boolean;
  /** Deltas of committed captures not yet applied to `sharded` (see `drain`). */
  pending: AggregateDelta[][];
  /** Committed records that showed a SKU or alias without its code: coded at the next flush (see `queueCodes`). */
  uncoded: CodeWork;
  /** Product rows per platform as of `watermark` (the orders' counts are the day rows'): written with the shards. */
  products: StoredCounts['products'];
}

/** Records waiting for their SKU codes, and the time of the latest capture among them (the codes' assignedAt). */
export interface CodeWork {
  orders: Order[];
  products: Product[];
  at: number;
}

const noCodeWork = (): CodeWork => ({ orders: [], products: [], at: -Infinity });

/**
 * Keeps the derived tables and the SKU codes for one database (design.md §5), write-behind. Ingest stores the
 * orders and logs the capture in its transaction (nothing else: in Chromium every extra row costs about an
 * order row), then applies the capture's changes to the tables held here in memory and queues records with
 * uncoded SKUs; the changed shards and the new codes are written a moment later in one transaction, many
 * captures at once. Crash-safe by the capture log: the shards record the last capture they include, and when
 * a load finds them behind the log (the background was stopped between a capture and its flush), or of
 * another format, or missing, they are rebuilt from the orders and every uncoded SKU gets its code.
 *
 * Ingests and flushes run one at a time (`exclusive`). Everything that writes orders must go through ingest,
 * or call `reset()` after: the digests are trusted to tell which orders are stored.
 */
export class AggregateStore {
  readonly #db: ShopLensDatabase;
  #state: Promise<StoreState> | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pendingSince: number | undefined;
  /** Set by `reset`: the next load rebuilds from the orders whatever the shards say. */
  #distrust = false;
  /** Called after a flush wrote the shards (the background then refreshes the stored urgent list: lib/db/urgent.ts). */
  onFlushed: (() => void) | undefined;

  constructor(db: ShopLensDatabase) {
    this.#db = db;
  }

  /** Runs `fn` after every ingest and flush queued before it, and before any queued after it. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn, fn);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** The state, read from the shards on first use (or rebuilt from the orders if they cannot be trusted). */
  state(): Promise<StoreState> {
    this.#state ??= this.#load().catch((error: unknown) => {
      this.#state = undefined;
      throw error;
    });
    return this.#state;
  }

  async #load(): Promise<StoreState> {
    const db = this.#db;
    const [rows, last, codes] = await db.transaction('r', [db.aggregateShards, db.captures, db.skuCodes], () =>
      Promise.all([db.aggregateShards.toArray(), db.captures.orderBy('id').lastKey(), db.skuCodes.toArray()]),
    );
    const known = new KnownSkus(codes);
    const metaRow = rows.find((r) => r.id === META_ID);
    const meta = metaRow ? (JSON.parse(metaRow.json) as ShardMeta) : undefined;
    const lastCapture = (last as number | undefined) ?? 0;
    if (!this.#distrust && meta?.format === SHARD_FORMAT && meta.counts && meta.watermark === lastCapture) {
      const sharded = ShardedAggregates.fromRows(rows);
      return { sharded, known, watermark: lastCapture, flushed: lastCapture, drifted: false, pending: [], uncoded: noCodeWork(), products: meta.counts.products };
    }
    this.#distrust = false;
    return { ...(await this.#rebuildNow(known)), known };
  }

  /**
   * Rebuilds the shards from the orders, and codes every SKU of the stored orders and products that has no
   * code (the codes of captures after the last flush were never written): what a flush would have written.
   */
  async #rebuildNow(known: KnownSkus): Promise<Omit<StoreState, 'known'>> {
    const db = this.#db;
    const tables = [db.orders, db.products, db.captures, db.aggregateShards, db.skuCodes, db.settings];
    const [state, codes] = await db.transaction('rw', tables, async (tx): Promise<[Omit<StoreState, 'known'>, SkuCode[]]> => {
      const { sharded, orders, products } = await fillShards(tx);
      const last = ((await db.captures.orderBy('id').lastKey()) as number | undefined) ?? 0;
      const work = { orders, products: await db.products.toArray(), at: Date.now() };
      const codes = known.allKnown(collectObservations(work.orders, work.products)) ? [] : await this.#storeCodes(known, work);
      return [{ sharded, watermark: last, flushed: last, drifted: false, pending: [], uncoded: noCodeWork(), products }, codes];
    });
    known.add(codes);
    return state;
  }

  /**
   * Assigns codes to the SKUs of `work` that lack one and stores them (in the caller's transaction, which
   * must include skuCodes and settings); returns them for `known.add` once that transaction has committed.
   */
  async #storeCodes(known: KnownSkus, work: CodeWork): Promise<SkuCode[]> {
    const { settings } = await loadSettings(this.#db);
    const { added, updated } = known.assign(work.orders, work.products, settings, work.at);
    const codes = [...added, ...updated];
    if (codes.length) await this.#db.skuCodes.bulkPut(codes);
    return codes;
  }

  /**
   * Forgets everything held in memory, after the database was changed other than through ingest (data
   * deleted, a backup restored): the next capture reads the codes again and rebuilds the derived tables and
   * digests from the orders. Unwritten shard changes are dropped with the rest. The `meta` row goes too: its
   * counts no longer hold, so readers count (lib/db readCounts) until the rebuild writes it again.
   */
  reset(): Promise<void> {
    return this.exclusive(async () => {
      if (this.#timer !== undefined) clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#pendingSince = undefined;
      this.#state = undefined;
      this.#distrust = true;
      await this.#db.aggregateShards.delete(META_ID);
    });
  }

  /**
   * Takes in a committed capture: the digests of the orders it stored, its deltas queued for `drain`, the
   * product rows it added counted; the capture is now included. Call inside `exclusive`, right after the
   * transaction.
   */
  applyCommitted(state: StoreState, capture: Capture, deltas: AggregateDelta[], digests: DigestEntry[]): void {
    state.sharded.applyDigests(digests);
    if (deltas.length) state.pending.push(deltas);
    if (capture.kind === 'products') state.products[capture.platform] = (state.products[capture.platform] ?? 0) + capture.added;
    state.watermark = capture.id!;
  }

  /**
   * Queues committed records whose SKUs are not all known (KnownSkus.allKnown) for their codes, assigned and
   * written by the next flush: one assignment and one write for a stream of captures instead of one per
   * capture — a first capture of a catalogue brings a new SKU every few orders, and in Chromium a code row
   * costs about what an order row does. The codes go in the flush's transaction with the shards' watermark,
   * so shards that vouch for a capture vouch for its codes, and a load that finds the shards behind codes
   * what was missed (#rebuildNow). Call inside `exclusive`, right after the transaction.
   */
  queueCodes(state: StoreState, orders: readonly Order[], products: readonly Product[], at: number): void {
    for (const o of orders) state.uncoded.orders.push(o);
    for (const p of products) state.uncoded.products.push(p);
    state.uncoded.at = Math.max(state.uncoded.at, at);
  }

  /**
   * Applies the queued deltas to the derived tables in memory. Ingest calls it while IndexedDB stores the
   * next capture's rows — CPU work done while the page would otherwise wait — and a flush before writing.
   */
  drain(state: StoreState): void {
    for (const deltas of state.pending) if (state.sharded.applyDeltas(deltas) > 0) state.drifted = true;
    state.pending = [];
  }

  /** Writes the shards soon: FLUSH_QUIET_MS after the last capture, at most FLUSH_MAX_DELAY_MS after the first unwritten one. */
  scheduleFlush(now = Date.now()): void {
    this.#pendingSince ??= now;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    const wait = Math.max(0, Math.min(FLUSH_QUIET_MS, this.#pendingSince + FLUSH_MAX_DELAY_MS - now));
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.flush().catch(() => undefined);
    }, wait);
  }

  /** Writes every changed shard and the watermark now (after queued ingests), in one transaction. */
  flush(): Promise<void> {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pendingSince = undefined;
    return this.exclusive(async () => {
      if (!this.#state) return;
      const state = await this.state();
      this.drain(state);
      if (state.drifted) {
        Object.assign(state, await this.#rebuildNow(state.known));
        this.onFlushed?.();
        return;
      }
      const work = state.uncoded;
      const coding = work.orders.length + work.products.length > 0;
      if (state.flushed === state.watermark && state.sharded.dirtyCount === 0 && !coding) return;
      const rows: ShardRow[] = state.sharded.takeDirty();
      const watermark = state.watermark;
      const db = this.#db;
      try {
        const codes = await db.transaction('rw', [db.aggregateShards, db.skuCodes, db.settings], async () => {
          const [, codes] = await Promise.all([
            db.aggregateShards.bulkPut([...rows, shardMetaRow(watermark, { orders: state.sharded.orderTallies(), noBuyer: state.sharded.noBuyerTallies(), products: { ...state.products } })]),
            coding ? this.#storeCodes(state.known, work) : [],
          ]);
          return codes;
        });
        state.known.add(codes);
        state.uncoded = noCodeWork();
        state.flushed = watermark;
        this.onFlushed?.();
      } catch (error) {
        state.sharded.markDirty(rows.map((r) => r.id));
        throw error;
      }
    });
  }
}

const stores = new WeakMap<ShopLensDatabase, AggregateStore>();

/** The one store of a database object (the background's, or a test's). */
export function aggregateStore(db: ShopLensDatabase): AggregateStore {
  let store = stores.get(db);
  if (!store) stores.set(db, (store = new AggregateStore(db)));
  return store;
}
