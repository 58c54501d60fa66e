import type { Transaction } from 'dexie';
import { applyOrderChange, orderDigest, orderKeyOf, type AggregateDelta, type DigestEntry } from '../analytics/derived';
import { dayKeyOf } from '../analytics/days';
import { collectObservations } from '../analytics/sku-codes';
import { LIMITS, type Capture, type Order, type PlatformId, type RejectedRow } from '../domain';
import type { OrderKey, ShopLensDatabase } from '../db';
import { aggregateStore } from './aggregate-store';
import { CAPTURE_LOG_LIMIT, PRUNE_EVERY } from './ingest';
import { mergeOrder } from './merge';
import { anonymiseForgotten } from '../db/privacy';

/** Rejected rows kept on one capture-log entry (the entry counts them all). */
export const IMPORT_REJECTED_KEPT = 200;

/** What an import says about one platform's part, for its capture-log entry. */
export interface ImportPlatformPart {
  platform: PlatformId;
  /** The files of this platform (their names go into the entry's url: `import:a.csv, b.xlsx`). */
  files: string[];
  /** Data rows read from those files (rejected rows included). */
  read: number;
  /** Rows and orders left out, all of them counted; the first IMPORT_REJECTED_KEPT are kept on the entry. */
  rejected: number;
  rejectedRows: RejectedRow[];
}

export interface ImportMeta {
  /** When the import is stored. An order's capturedAt later than this (a file dated in the future) is brought down to it. */
  at: number;
  parts: ImportPlatformPart[];
}

export interface ImportOutcome {
  /** Orders new to the database. */
  added: number;
  /** Orders stored before that the import changed (after the merge rules, lib/ingest/merge.ts). */
  updated: number;
  /** Orders stored before that the import left as they were (the same data, or older than what is stored). */
  unchanged: number;
  /** The capture-log entries, one per platform. */
  captures: Capture[];
  /**
   * Set when the orders are stored but writing the derived tables failed (a full disk): they are right in the
   * background's memory and written with the next flush, or rebuilt from the orders when it restarts.
   */
  derivedError?: string;
}

/** Why an import was not stored (nothing of it was): the disk is full, or another write failure. */
export class ImportStoreError extends Error {
  constructor(
    readonly code: 'quota' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'ImportStoreError';
  }
}

/** True for an IndexedDB write refused for lack of space (Dexie's wrapper, an aborted transaction's inner error, or the DOMException). */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown; message?: string } | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.name === 'QuotaExceededError' || /QuotaExceeded/i.test(e.message ?? '')) return true;
    e = e.inner as typeof e;
  }
  return false;
}

function commitNow(tx: Transaction): void {
  try {
    tx.idbtrans.commit();
  } catch {
    // Older engines commit when the transaction falls idle.
  }
}

/**
 * Stores the orders of one import (validated: OrderSchema, buyer '' allowed) in ONE read-write transaction
 * with its capture-log entries — all of it or, on any failure (QuotaExceededError included), none of it —
 * and keeps the derived tables and SKU codes right through the background's AggregateStore, as ingestCapture
 * does for a capture: the digests it holds tell new orders (written without a read) from stored ones (read,
 * merged by mergeOrder, written only if the merge changed them); the changes go to the store as deltas once
 * the transaction has committed, and the store's flush writes the derived tables and new SKU codes before
 * this returns. Importing the same files again changes nothing and logs entries saying so.
 */
export async function storeImport(db: ShopLensDatabase, orders: readonly Order[], meta: ImportMeta): Promise<ImportOutcome> {
  const store = aggregateStore(db);
  // One version per order: the later of two listings of the same order in one import wins, by the merge rules.
  const incoming = new Map<string, Order>();
  for (const o of orders) {
    const record = o.capturedAt > meta.at ? { ...o, capturedAt: meta.at } : o;
    const key = orderKeyOf(record);
    const earlier = incoming.get(key);
    incoming.set(key, earlier ? mergeOrder(earlier, record) : record);
  }
  // A buyer the seller asked to forget is stored under their anonymous key, never by name (lib/db/privacy.ts).
  for (const platform of new Set([...incoming.values()].map((o) => o.platform))) {
    await anonymiseForgotten(db, platform, [...incoming.values()].filter((o) => o.platform === platform));
  }
  const outcome = await store.exclusive(async () => {
    const state = await store.state();
    const fresh: Order[] = [];
    const candidates: Order[] = [];
    const digests: DigestEntry[] = [];
    let unchanged = 0;
    for (const [key, order] of incoming) {
      const digest = orderDigest(order);
      const before = state.sharded.digest(key);
      if (before === digest) unchanged++;
      else if (before === undefined) {
        fresh.push({ ...order, firstSeenAt: meta.at });
        digests.push([key, digest, dayKeyOf(order.placedAt)]);
      } else candidates.push(order);
    }
    const platforms = [...new Set([...meta.parts.map((p) => p.platform), ...[...incoming.values()].map((o) => o.platform)])];
    const captures: Capture[] = platforms.map((platform, i) => {
      const part = meta.parts.find((p) => p.platform === platform);
      const mine = [...incoming.values()].filter((o) => o.platform === platform).length;
      return {
        id: state.watermark + 1 + i,
        platform,
        kind: 'orders',
        url: `import:${(part?.files ?? []).join(', ')}`.slice(0, LIMITS.url),
        at: meta.at,
        read: part?.read ?? mine,
        saved: mine,
        added: fresh.filter((o) => o.platform === platform).length,
        rejected: part?.rejected ?? 0,
        rejectedRows: (part?.rejectedRows ?? []).slice(0, IMPORT_REJECTED_KEPT),
      };
    });
    let committed: { written: Order[]; deltas: AggregateDelta[]; updated: number };
    try {
      committed = await db.transaction('rw', [db.orders, db.captures], async (tx) => {
        const stored = candidates.length ? await db.orders.bulkGet(candidates.map((o) => [o.platform, o.orderId] as OrderKey)) : [];
        const changed: Order[] = [];
        const previous: (Order | undefined)[] = [];
        candidates.forEach((o, i) => {
          const before = stored[i];
          const merged = mergeOrder(before, o);
          const digest = orderDigest(merged);
          if (before && digest === orderDigest(before)) {
            unchanged++;
            return;
          }
          changed.push(merged);
          previous.push(before);
          digests.push([orderKeyOf(merged), digest, dayKeyOf(merged.placedAt)]);
        });
        const written = [...fresh, ...changed];
        const last = captures.length ? captures[captures.length - 1]!.id! : state.watermark;
        const prune = captures.some((c) => c.id! % PRUNE_EVERY === 0);
        await Promise.all([
          written.length ? db.orders.bulkPut(written) : undefined,
          captures.length ? db.captures.bulkPut(captures) : undefined,
          prune ? db.captures.where('id').belowOrEqual(last - CAPTURE_LOG_LIMIT).delete() : undefined,
        ]);
        commitNow(tx);
        const deltas: AggregateDelta[] = [];
        fresh.forEach((o) => deltas.push(...applyOrderChange(undefined, o)));
        changed.forEach((o, i) => deltas.push(...applyOrderChange(previous[i], o)));
        return { written, deltas, updated: changed.length };
      });
    } catch (error) {
      if (isQuotaError(error)) throw new ImportStoreError('quota', messageOf(error));
      throw new ImportStoreError('failed', messageOf(error));
    }
    // Committed: the store takes in the changes (deltas and digests with the first entry, the watermark with the last).
    captures.forEach((c, i) => store.applyCommitted(state, c, i === 0 ? committed.deltas : [], i === 0 ? digests : []));
    if (committed.written.length && !state.known.allKnown(collectObservations(committed.written, []))) {
      store.queueCodes(state, committed.written, [], meta.at);
    }
    return { added: fresh.length, updated: committed.updated, unchanged, captures };
  });
  try {
    await store.flush();
    return outcome;
  } catch (error) {
    return { ...outcome, derivedError: messageOf(error) };
  }
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300);
}
