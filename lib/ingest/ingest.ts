import {
  ProductSchema,
  checkOrder,
  REJECTED_ROWS_KEPT,
  zodProblems,
  type PlatformId,
  type Capture,
  type Order,
  type Product,
  type RejectedRow,
} from '../domain';
import type { Transaction } from 'dexie';
import type { OrderKey, ProductKey, ShopLensDatabase } from '../db';
import type { CaptureFromContent } from '../messaging/protocol';
import { applyOrderChange, orderDigest, orderKeyOf, type AggregateDelta, type DigestEntry } from '../analytics/derived';
import { dayKeyOf } from '../analytics/days';
import { collectObservations } from '../analytics/sku-codes';
import { aggregateStore } from './aggregate-store';
import { mergeOrder, mergeProduct } from './merge';
import { anonymiseForgotten } from '../db/privacy';

/** How many capture log entries are kept at least; older ones are pruned in an ingest transaction. */
export const CAPTURE_LOG_LIMIT = 300;
/** The log is pruned on every PRUNE_EVERY-th capture. */
export const PRUNE_EVERY = 25;

export interface IngestResult {
  capture: Capture;
  /** Keys (`platform|id…`) of the records saved, for the per-tab badge. */
  keys: string[];
}

/**
 * Checks each record again (the content script is on a third-party page) and splits good from bad. An order
 * that plainly meets the schema takes quickParseOrder's fast path; anything else goes to Zod, which gives the
 * reasons.
 */
function validate(message: CaptureFromContent, at: number, platform: PlatformId) {
  const good = new Map<string, Order | Product>();
  const rejected: RejectedRow[] = [...message.rejected];
  message.records.forEach((input, index) => {
    const parsed = message.kind === 'orders' ? checkOrder(input) : ProductSchema.safeParse(input);
    if (!parsed.success) {
      rejected.push({ index, key: '', text: '', problems: zodProblems(parsed.error.issues, input) });
      return;
    }
    const data: Order | Product = parsed.data;
    // Only an import may bring an order without a buyer nickname (an export file without that column); a
    // console's order list always shows one, so a captured order without it is refused like the readers do.
    if (message.kind === 'orders' && (data as Order).buyer === '') {
      rejected.push({ index, key: (data as Order).orderId.slice(0, 100), text: '', problems: [{ field: 'buyer', problem: 'missing', raw: '' }] });
      return;
    }
    // data is a copy (the fast path's or Zod's): stamped in place rather than copied again.
    // A record is stored only under the platform of the page it came from (the sender's host, when known).
    const record = Object.assign(data, { platform, url: message.url, capturedAt: at });
    good.set(keyOf(record), record);
  });
  return { good: [...good.values()], rejected };
}

/**
 * Asks IndexedDB to commit a read-write transaction whose last request has completed, instead of waiting
 * for it to fall idle (the end of the current task): CPU work that follows overlaps the commit.
 */
function commitNow(tx: Transaction): void {
  try {
    tx.idbtrans.commit();
  } catch {
    // Older engines (no commit()) commit when the transaction falls idle.
  }
}

/** The record's primary key as one string. */
export function keyOf(record: Order | Product): string {
  return 'orderId' in record
    ? `${record.platform}|${record.orderId}`
    : `${record.platform}|${record.productId}|${record.skuId}`;
}

export interface IngestOptions {
  at: number;
  tabId?: number;
  /**
   * 'now' (default): the derived tables and new SKU codes are written before ingestCapture returns. 'later':
   * the store writes them a moment later, many captures at once (the background, where captures come in
   * streams). 'caller': the caller calls the store's flush (the benchmark, which times it).
   */
  flush?: 'now' | 'later' | 'caller';
  /**
   * The platform of the page that sent the capture, from the sender's host (lib/messaging/sender.ts
   * senderPlatform), never from the message: every record and the log entry are stored under it. Unset
   * (tests, the bench): the message's own platform.
   */
  platform?: PlatformId;
}

/** What the ingest transaction hands to the store once it has committed. */
interface Committed {
  capture: Capture;
  deltas: AggregateDelta[];
  digests: DigestEntry[];
  /** The records stored whose SKUs are not all known, for AggregateStore.queueCodes. */
  uncoded?: { orders: Order[]; products: Product[] };
}

/**
 * Stores one capture: validates every record, upserts them in ONE read-write transaction (a later capture
 * updates status, stock and price; a key is never stored twice) and logs the capture with each rejected row
 * and its reason. The derived tables and the SKU codes are kept by the background's AggregateStore
 * (aggregate-store.ts): once the transaction has committed, the capture's changes are applied there, and its
 * records are queued for codes if they show a SKU or alias the known codes do not cover; both are written by
 * the store's flush ('now' by default: before this returns).
 *
 * Orders: each record's digest (content hash) is compared with the stored order's, held in the store, so an
 * order re-captured unchanged is neither read nor written, a new one is written without a read, and only a
 * changed one is read (its stored version is taken out of the derived tables and keeps its firstSeenAt).
 */
export async function ingestCapture(db: ShopLensDatabase, message: CaptureFromContent, meta: IngestOptions): Promise<IngestResult> {
  const platform = meta.platform ?? message.platform;
  const { good, rejected } = validate(message, meta.at, platform);
  // A buyer the seller asked to forget is stored under their anonymous key, never by name (lib/db/privacy.ts).
  if (message.kind === 'orders') await anonymiseForgotten(db, platform, good as Order[]);
  const store = aggregateStore(db);
  const { capture } = await store.exclusive(async () => {
    const state = await store.state();
    // Whether the records show a SKU or alias without its code (then they are queued for the flush, which
    // assigns and writes the codes: AggregateStore.queueCodes).
    const uncoded = (orders: Order[], products: Product[]) => !state.known.allKnown(collectObservations(orders, products));
    // The log entry's id is the next after the last capture the store knows (ingests run one at a time and
    // nothing else writes the log): written with its id, nothing waits for the key generator.
    const logCapture = (added: number): [Capture, Promise<unknown>] => {
      const id = state.watermark + 1;
      const capture: Capture = {
        id,
        platform,
        kind: message.kind,
        url: message.url,
        at: meta.at,
        read: message.read,
        saved: good.length,
        added,
        rejected: rejected.length,
        rejectedRows: rejected.slice(0, REJECTED_ROWS_KEPT),
        ...(meta.tabId !== undefined ? { tabId: meta.tabId } : {}),
        ...(message.readerVersion !== undefined ? { readerVersion: message.readerVersion } : {}),
        ...(message.drift ? { drift: message.drift } : {}),
      };
      // Pruned every PRUNE_EVERY captures (a range delete, no count): the log holds LIMIT to LIMIT + PRUNE_EVERY − 1.
      const pruned = id % PRUNE_EVERY === 0 ? db.captures.where('id').belowOrEqual(id - CAPTURE_LOG_LIMIT).delete() : undefined;
      return [capture, Promise.all([db.captures.put(capture), pruned])];
    };
    // Which orders are new, changed or unchanged, from the digests (no IndexedDB).
    const fresh: Order[] = [];
    const changed: Order[] = [];
    const digests: DigestEntry[] = [];
    if (message.kind === 'orders') {
      for (const order of good as Order[]) {
        const key = orderKeyOf(order);
        const digest = orderDigest(order);
        const before = state.sharded.digest(key);
        if (before === digest) continue;
        // A changed order's digest is taken once merged (mergeOrder may keep stored fields: the digests say what is stored).
        if (before === undefined) {
          digests.push([key, digest, dayKeyOf(order.placedAt)]);
          fresh.push(order);
        } else changed.push(order);
      }
    }
    const tables = [message.kind === 'orders' ? db.orders : db.products, db.captures];
    const committed = await db.transaction('rw', tables, async (tx): Promise<Committed> => {
      if (message.kind === 'orders') {
        const stored = changed.length ? await db.orders.bulkGet(changed.map((o) => [o.platform, o.orderId] as OrderKey)) : [];
        const previous = [...fresh.map(() => undefined), ...stored];
        // A new order is first seen now (set on the checked copy, not copied again); a changed one keeps its date.
        for (const o of fresh) o.firstSeenAt = o.capturedAt;
        const merged = changed.map((o, i) => mergeOrder(stored[i], o));
        for (const o of merged) digests.push([orderKeyOf(o), orderDigest(o), dayKeyOf(o.placedAt)]);
        const written = [...fresh, ...merged];
        // The writes go out first; the SKU check runs while IndexedDB stores them.
        const put = written.length ? db.orders.bulkPut(written) : undefined;
        const [capture, logged] = logCapture(fresh.length);
        const coding = uncoded(written, []);
        await Promise.all([put, logged]);
        // Nothing more to write: the commit is asked for now, and the store's queued deltas are applied and this
        // capture's computed while IndexedDB commits (rather than before it starts).
        commitNow(tx);
        store.drain(state);
        const deltas: AggregateDelta[] = [];
        written.forEach((o, i) => deltas.push(...applyOrderChange(previous[i], o)));
        return { capture, deltas, digests, uncoded: coding ? { orders: written, products: [] } : undefined };
      }
      const products = good as Product[];
      const stored = await db.products.bulkGet(products.map((p) => [p.platform, p.productId, p.skuId] as ProductKey));
      const merged = products.map((p, i) => mergeProduct(stored[i], p));
      const put = db.products.bulkPut(merged);
      const [capture, logged] = logCapture(stored.filter((s) => !s).length);
      store.drain(state);
      const coding = uncoded([], merged);
      await Promise.all([put, logged]);
      return { capture, deltas: [], digests: [], uncoded: coding ? { orders: [], products: merged } : undefined };
    });
    store.applyCommitted(state, committed.capture, committed.deltas, committed.digests);
    if (committed.uncoded) store.queueCodes(state, committed.uncoded.orders, committed.uncoded.products, meta.at);
    return committed;
  }).catch(async (error: unknown) => {
    // A full disk (QuotaExceededError) ends the capture with a plain message and a notice for the 采集 tab;
    // the transaction rolled back, so nothing of it is stored (aggregate-store.ts).
    throw await store.captureFailed(error, message.platform);
  });
  if (meta.flush === 'later') store.scheduleFlush();
  else if (meta.flush !== 'caller') await store.flush();
  return { capture, keys: good.map(keyOf) };
}
