import {
  META_ID,
  RESET_WATERMARK,
  SHARD_FORMAT,
  checkDaySample,
  checkShards,
  decodeShards,
  isCurrentMeta,
  parseShardMeta,
  pickSampleDay,
  type AggregateDelta,
  type DigestEntry,
  type ShardProblem,
  type ShardRow,
  type ShardedAggregates,
  type StoredCounts,
} from '../analytics/derived';
import { dayStartOf } from '../analytics/days';
import { KnownSkus, collectObservations } from '../analytics/sku-codes';
import type { Capture, Order, Product, SkuCode } from '../domain';
import {
  DERIVED_HEAL_ID,
  STORAGE_FULL_ID,
  StorageFullError,
  fillShards,
  healNotice,
  isQuotaError,
  recordStorageFull,
  shardMetaRow,
  type ShopLensDatabase,
  type StorageOperation,
} from '../db';
import type { PlatformId } from '../domain';
import { loadSettings } from '../settings';

/** How long after the last capture the shards are written, and the longest they stay unwritten while captures keep coming. */
export const FLUSH_QUIET_MS = 300;
export const FLUSH_MAX_DELAY_MS = 2000;
/**
 * How long after a write that left a customer journal (derived/customer-buckets.ts), with no capture since,
 * the journal is folded into the buckets: readers then read the buckets alone again. Longer than a seller
 * takes to page through a console list, so paging adds journal rows and folds once at the end.
 */
export const FOLD_IDLE_MS = 10_000;
/** After a flush failed (a full disk), when it is tried again if no capture comes first. */
export const FLUSH_RETRY_MS = 30_000;
const DAY_MS = 86_400_000;

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
  /** What made `drifted` true (recorded with the rebuild for the 采集 tab). */
  problems: ShardProblem[];
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
 * Self-healing (derived/check.ts): a load decodes the shards without throwing and checks them against each
 * other and against the number of stored orders, and every flush checks the tables in memory; a row that does
 * not decode or totals that disagree make it rebuild from the orders — captures go on — and record a notice
 * (lib/db store-notices.ts) that the 采集 tab shows. A full disk (QuotaExceededError) ends the capture or the
 * flush with StorageFullError and a stored notice; the failed transaction rolled back, so the orders, the
 * capture log and the shards still agree, and the unwritten shards are written by a later flush.
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
  /** A full disk was recorded (STORAGE_FULL_ID) since the last successful write of the shards. */
  #fullNoted = false;
  /** Called after a flush wrote the shards (the background then refreshes the stored urgent list: lib/db/urgent.ts). */
  onFlushed: (() => void) | undefined;
  /** FOLD_IDLE_MS, for this store (a test shortens it). */
  foldIdleMs = FOLD_IDLE_MS;

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
    const [rows, last, codes, orders] = await db.transaction('r', [db.aggregateShards, db.captures, db.skuCodes, db.orders], () =>
      Promise.all([db.aggregateShards.toArray(), db.captures.orderBy('id').lastKey(), db.skuCodes.toArray(), db.orders.count()]),
    );
    const known = new KnownSkus(codes);
    const lastCapture = (last as number | undefined) ?? 0;
    const problems = this.#distrust ? [] : this.#loadProblems(rows);
    const metaRow = rows.find((r) => r.id === META_ID);
    if (!this.#distrust && !problems.length && metaRow) {
      const meta = parseShardMeta(metaRow.json);
      if (isCurrentMeta(meta, lastCapture)) {
        const decoded = decodeShards(rows);
        if (decoded.sharded) problems.push(...checkShards({ sharded: decoded.sharded, meta, buckets: decoded.buckets, orders }));
        else problems.push(...decoded.problems);
        if (decoded.sharded && !problems.length) problems.push(...(await this.#sampleDay(decoded.sharded)));
        if (!problems.length) {
          const sharded = decoded.sharded!;
          return { sharded, known, watermark: lastCapture, flushed: lastCapture, drifted: false, problems: [], pending: [], uncoded: noCodeWork(), products: meta.counts!.products };
        }
      }
    }
    this.#distrust = false;
    return { ...(await this.#rebuildNow(known, problems)), known };
  }

  /** One day × platform at random compared with a rebuild from its orders (derived/check.ts checkDaySample). */
  async #sampleDay(sharded: ShardedAggregates): Promise<ShardProblem[]> {
    const sample = pickSampleDay(sharded, Math.random());
    if (!sample) return [];
    const start = dayStartOf(sample.day);
    const orders = await this.#db.orders.where('placedAt').between(start, start + DAY_MS, true, false).toArray();
    return checkDaySample(sharded, sample.day, sample.platform, orders);
  }

  /**
   * What is wrong with the stored shards before they are decoded: a `meta` row that does not parse, or shards
   * without one (a reset leaves a marker instead). None for an empty table (a new or cleared database), a
   * meta of another format or behind the capture log (rebuilt without a notice: an upgrade, a background
   * stopped before its flush).
   */
  #loadProblems(rows: readonly ShardRow[]): ShardProblem[] {
    const metaRow = rows.find((r) => r.id === META_ID);
    if (!metaRow) return rows.length ? [{ kind: 'meta-missing' }] : [];
    return parseShardMeta(metaRow.json) ? [] : [{ kind: 'unreadable', row: META_ID }];
  }

  /**
   * Rebuilds the shards from the orders, and codes every SKU of the stored orders and products that has no
   * code (the codes of captures after the last flush were never written): what a flush would have written.
   */
  async #rebuildNow(known: KnownSkus, problems: readonly ShardProblem[] = []): Promise<Omit<StoreState, 'known'>> {
    const db = this.#db;
    const tables = [db.orders, db.products, db.captures, db.aggregateShards, db.skuCodes, db.settings];
    const [state, codes] = await db.transaction('rw', tables, async (tx): Promise<[Omit<StoreState, 'known'>, SkuCode[]]> => {
      const { sharded, orders, products } = await fillShards(tx);
      const last = ((await db.captures.orderBy('id').lastKey()) as number | undefined) ?? 0;
      const work = { orders, products: await db.products.toArray(), at: Date.now() };
      const codes = known.allKnown(collectObservations(work.orders, work.products)) ? [] : await this.#storeCodes(known, work);
      // What was found wrong is recorded with the rebuild that mends it; a full disk noted before is over.
      if (problems.length) await db.settings.put({ id: DERIVED_HEAL_ID, value: healNotice(Date.now(), problems) });
      if (this.#fullNoted) await db.settings.delete(STORAGE_FULL_ID);
      return [{ sharded, watermark: last, flushed: last, drifted: false, problems: [], pending: [], uncoded: noCodeWork(), products }, codes];
    });
    this.#fullNoted = false;
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
   * digests from the orders. Unwritten shard changes are dropped with the rest. The `meta` row loses its
   * counts, which no longer hold, so readers count (lib/db readCounts) until the rebuild writes it again; its
   * watermark RESET_WATERMARK tells a later load (a new background) that nothing is damaged.
   */
  reset(): Promise<void> {
    return this.exclusive(async () => {
      if (this.#timer !== undefined) clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#pendingSince = undefined;
      this.#state = undefined;
      this.#distrust = true;
      await this.#db.aggregateShards.put({ id: META_ID, json: JSON.stringify({ format: SHARD_FORMAT, watermark: RESET_WATERMARK }) });
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
    let mismatches = 0;
    for (const deltas of state.pending) mismatches += state.sharded.applyDeltas(deltas);
    state.pending = [];
    if (mismatches > 0) {
      state.drifted = true;
      state.problems.push({ kind: 'deltas', mismatches });
    }
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

  /**
   * Writes every changed shard and the watermark now (after queued ingests), in one transaction; with `fold`,
   * the customer journal is folded into the buckets (ShardedAggregates.takeWrites).
   */
  flush(options: { fold?: boolean } = {}): Promise<void> {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pendingSince = undefined;
    return this.exclusive(async () => {
      if (!this.#state) return;
      const state = await this.state();
      this.drain(state);
      if (state.drifted) {
        await this.#rebuildInto(state, 'flush');
        return;
      }
      const work = state.uncoded;
      const coding = work.orders.length + work.products.length > 0;
      const fold = options.fold === true;
      if (state.flushed === state.watermark && state.sharded.dirtyCount === 0 && !coding && !(fold && state.sharded.journalRows > 0)) return;
      const { put: rows, remove } = state.sharded.takeWrites({ fold });
      const watermark = state.watermark;
      const db = this.#db;
      try {
        const codes = await db.transaction('rw', [db.aggregateShards, db.skuCodes, db.settings], async () => {
          const [, codes] = await Promise.all([
            db.aggregateShards.bulkPut([...rows, shardMetaRow(watermark, { orders: state.sharded.orderTallies(), noBuyer: state.sharded.noBuyerTallies(), products: { ...state.products } })]),
            coding ? this.#storeCodes(state.known, work) : [],
            remove.length ? db.aggregateShards.bulkDelete(remove) : undefined,
          ]);
          return codes;
        });
        state.known.add(codes);
        state.uncoded = noCodeWork();
        state.flushed = watermark;
      } catch (error) {
        state.sharded.markDirty([...rows.map((r) => r.id), ...remove]);
        throw await this.#failed(error, 'flush');
      }
      if (this.#fullNoted) {
        this.#fullNoted = false;
        await db.settings.delete(STORAGE_FULL_ID).catch(() => (this.#fullNoted = true));
      }
      // The tables in memory must still agree with themselves (derived/check.ts: the totals, ~1 ms); if not,
      // rebuilt now. The customers are checked by the next load.
      const problems = checkShards({ sharded: state.sharded, customers: false });
      if (problems.length) {
        state.problems.push(...problems);
        await this.#rebuildInto(state, 'flush');
        return;
      }
      if (state.sharded.journalRows > 0) this.#foldWhenIdle();
      this.onFlushed?.();
    });
  }

  /** Rebuilds the held state from the orders, recording its problems; a full disk ends it as a flush's would. */
  async #rebuildInto(state: StoreState, operation: StorageOperation): Promise<void> {
    try {
      Object.assign(state, await this.#rebuildNow(state.known, state.problems));
    } catch (error) {
      throw await this.#failed(error, operation);
    }
    this.onFlushed?.();
  }

  /**
   * The error an operation ends with: for a full disk, StorageFullError after recording the notice for the
   * 采集 tab (and, for a flush, a retry later: the shards stay behind the log meanwhile, which readers and the
   * next load allow for); any other error as it is.
   */
  async #failed(error: unknown, operation: StorageOperation, platform?: PlatformId): Promise<unknown> {
    if (!isQuotaError(error) || error instanceof StorageFullError) return error;
    await recordStorageFull(this.#db, { at: Date.now(), operation, ...(platform ? { platform } : {}) });
    this.#fullNoted = true;
    if (operation === 'flush') this.#retryLater();
    return new StorageFullError(operation, error);
  }

  /** Folds the customer journal `foldIdleMs` from now, unless a capture (scheduleFlush) or a flush comes first. */
  #foldWhenIdle(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.flush({ fold: true }).catch(() => undefined);
    }, this.foldIdleMs);
  }

  /** Tries the flush again FLUSH_RETRY_MS from now, unless a capture schedules one sooner. */
  #retryLater(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.flush().catch(() => undefined);
    }, FLUSH_RETRY_MS);
  }

  /**
   * For ingest: the error a capture ends with (StorageFullError for a full disk, with its notice recorded);
   * call when the capture's transaction, or the load before it, failed.
   */
  captureFailed(error: unknown, platform: PlatformId): Promise<unknown> {
    return this.#failed(error, 'capture', platform);
  }
}

const stores = new WeakMap<ShopLensDatabase, AggregateStore>();

/** The one store of a database object (the background's, or a test's). */
export function aggregateStore(db: ShopLensDatabase): AggregateStore {
  let store = stores.get(db);
  if (!store) stores.set(db, (store = new AggregateStore(db)));
  return store;
}
