import type { AggregateDelta } from '../analytics/aggregates-delta';
import { META_ID, SHARD_FORMAT, ShardedAggregates, type DigestEntry, type ShardMeta, type ShardRow } from '../analytics/aggregates-shards';
import { KnownSkus } from '../analytics/sku-codes/known';
import type { SkuCode } from '../domain';
import { fillShards, shardMetaRow, type ShopLensDatabase } from '../db';

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
}

/**
 * Keeps the derived tables for one database (design.md §5), write-behind. Ingest stores the orders and logs
 * the capture in its transaction (nothing else: in Chromium every extra row costs about an order row), then
 * applies the capture's changes to the tables held here in memory; the changed shards are written a moment
 * later in one small transaction, many captures at once. Crash-safe by the capture log: the shards record the
 * last capture they include, and when a load finds them behind the log (the background was stopped between
 * a capture and its flush), or of another format, or missing, they are rebuilt from the orders.
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
    if (!this.#distrust && meta?.format === SHARD_FORMAT && meta.watermark === lastCapture) {
      return { sharded: ShardedAggregates.fromRows(rows), known, watermark: lastCapture, flushed: lastCapture, drifted: false, pending: [] };
    }
    this.#distrust = false;
    return { ...(await this.#rebuildNow()), known };
  }

  async #rebuildNow(): Promise<Omit<StoreState, 'known'>> {
    const db = this.#db;
    return db.transaction('rw', [db.orders, db.captures, db.aggregateShards], async (tx) => {
      const sharded = await fillShards(tx);
      const last = ((await db.captures.orderBy('id').lastKey()) as number | undefined) ?? 0;
      return { sharded, watermark: last, flushed: last, drifted: false, pending: [] };
    });
  }

  /**
   * Forgets everything held in memory, after the database was changed other than through ingest (data
   * deleted, a backup restored): the next capture reads the codes again and rebuilds the derived tables and
   * digests from the orders. Unwritten shard changes are dropped with the rest.
   */
  reset(): Promise<void> {
    return this.exclusive(async () => {
      if (this.#timer !== undefined) clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#pendingSince = undefined;
      this.#state = undefined;
      this.#distrust = true;
    });
  }

  /**
   * Takes in a committed capture: the digests of the orders it stored and the codes it stored at once (the
   * next capture is checked against them), its deltas queued for `drain`; `captureId` is now included. Call
   * inside `exclusive`, right after the transaction.
   */
  applyCommitted(state: StoreState, captureId: number, deltas: AggregateDelta[], digests: DigestEntry[], codes: SkuCode[]): void {
    if (codes.length) state.known.add(codes);
    state.sharded.applyDigests(digests);
    if (deltas.length) state.pending.push(deltas);
    state.watermark = captureId;
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
        Object.assign(state, await this.#rebuildNow());
        return;
      }
      if (state.flushed === state.watermark && state.sharded.dirtyCount === 0) return;
      const rows: ShardRow[] = state.sharded.takeDirty();
      const watermark = state.watermark;
      try {
        await this.#db.aggregateShards.bulkPut([...rows, shardMetaRow(watermark)]);
        state.flushed = watermark;
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
