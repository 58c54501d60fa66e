import { PLATFORM_IDS, checkOrder, zodProblems, type Order, type PlatformId, type RejectedRow } from '../domain';
import type { ShopLensDatabase } from '../db';
import { IMPORT_REJECTED_KEPT, ImportStoreError, storeImport, type ImportPlatformPart } from '../ingest/import';
import {
  IMPORT_MAX_ORDERS,
  ImportCancelSchema,
  ImportChunkSchema,
  ImportCommitSchema,
  type ImportCommit,
  type ImportReply,
} from './import-protocol';
import { isExtensionPage, type SenderLike } from './sender';

/** Imports staged at once (a second panel may import while one is open); the oldest is dropped beyond it. */
export const MAX_STAGED_IMPORTS = 2;
/** A staging untouched this long is dropped (the panel was closed between two chunks). */
export const STAGING_IDLE_MS = 5 * 60_000;

interface Staging {
  next: number;
  orders: Order[];
  /** Orders the check refused, with the platform they claimed (when it is one). */
  refused: { platform: PlatformId | undefined; row: RejectedRow }[];
  /** Orders received, refused included. */
  received: number;
  touched: number;
}

export interface ImportReceiver {
  /**
   * The reply to an import message (a chunk, the commit or a cancel), or undefined when the message is none of
   * these (the background's other handlers try it). Never rejects.
   */
  handle(message: unknown, sender: SenderLike, runtimeId: string): Promise<ImportReply> | undefined;
  /** Import ids staged now (tests). */
  staged(): string[];
}

const IMPORT_TYPES = new Set(['shoplens/import-chunk', 'shoplens/import-commit', 'shoplens/import-cancel']);

/**
 * The background's side of an import (protocol: import-protocol.ts): stages the chunks of each import in
 * memory, checking every order against OrderSchema as it arrives, and on the commit stores them all with
 * storeImport — one transaction, the derived tables and SKU codes kept by the AggregateStore. Nothing is
 * stored before the commit: a cancel, a chunk out of order, an oversized import or a background restart
 * (the staging is in memory) leaves the database as it was.
 */
export function importReceiver(db: ShopLensDatabase, clock: () => number = Date.now): ImportReceiver {
  const stagings = new Map<string, Staging>();

  function sweep(now: number): void {
    for (const [id, s] of stagings) if (now - s.touched > STAGING_IDLE_MS) stagings.delete(id);
  }

  function chunk(importId: string, seq: number, orders: unknown[]): ImportReply {
    const now = clock();
    let s = stagings.get(importId);
    if (!s) {
      if (seq !== 0) return { ok: false, error: 'unknown-import' };
      if (stagings.size >= MAX_STAGED_IMPORTS) stagings.delete(stagings.keys().next().value!);
      stagings.set(importId, (s = { next: 0, orders: [], refused: [], received: 0, touched: now }));
    }
    if (seq !== s.next) {
      stagings.delete(importId);
      return { ok: false, error: 'out-of-order' };
    }
    if (s.received + orders.length > IMPORT_MAX_ORDERS) {
      stagings.delete(importId);
      return { ok: false, error: 'too-large' };
    }
    for (const input of orders) {
      const index = s.received++;
      const parsed = checkOrder(input);
      if (parsed.success) s.orders.push(parsed.data);
      else {
        const claimed = (input as { platform?: unknown } | null)?.platform;
        const orderId = (input as { orderId?: unknown } | null)?.orderId;
        s.refused.push({
          platform: PLATFORM_IDS.includes(claimed as PlatformId) ? (claimed as PlatformId) : undefined,
          row: { index, key: typeof orderId === 'string' ? orderId.slice(0, 100) : '', text: '', problems: zodProblems(parsed.error.issues, input).slice(0, 20) },
        });
      }
    }
    s.next++;
    s.touched = now;
    return { ok: true };
  }

  async function commit(message: ImportCommit): Promise<ImportReply> {
    const s = stagings.get(message.importId);
    if (!s) return { ok: false, error: 'unknown-import' };
    stagings.delete(message.importId);
    if (s.next !== message.chunks || s.received !== message.orders) return { ok: false, error: 'out-of-order' };
    const parts: ImportPlatformPart[] = message.parts.map((p) => ({ ...p, rejectedRows: [...p.rejectedRows] }));
    // Orders the background refused are logged with their platform's part (the first part when they claim none).
    for (const { platform, row } of s.refused) {
      let part = parts.find((p) => p.platform === platform) ?? parts[0];
      if (!part) parts.push((part = { platform: platform ?? 'taobao', files: [], read: 0, rejected: 0, rejectedRows: [] }));
      part.rejected++;
      if (part.rejectedRows.length < IMPORT_REJECTED_KEPT) part.rejectedRows.push(row);
    }
    try {
      const outcome = await storeImport(db, s.orders, { at: clock(), parts });
      return {
        ok: true,
        added: outcome.added,
        updated: outcome.updated,
        unchanged: outcome.unchanged,
        refused: s.refused.length,
        captureIds: outcome.captures.map((c) => c.id!),
        ...(outcome.derivedError !== undefined && { derivedError: outcome.derivedError }),
      };
    } catch (error) {
      if (error instanceof ImportStoreError) return { ok: false, error: error.code, detail: error.message };
      return { ok: false, error: 'failed', detail: String(error).slice(0, 300) };
    }
  }

  return {
    handle(message, sender, runtimeId) {
      const type = (message as { type?: unknown } | null | undefined)?.type;
      if (typeof type !== 'string' || !IMPORT_TYPES.has(type)) return undefined;
      if (!isExtensionPage(sender, runtimeId)) return Promise.resolve({ ok: false, error: 'sender' });
      sweep(clock());
      if (type === 'shoplens/import-chunk') {
        const parsed = ImportChunkSchema.safeParse(message);
        if (!parsed.success) return Promise.resolve({ ok: false, error: 'malformed' });
        return Promise.resolve(chunk(parsed.data.importId, parsed.data.seq, parsed.data.orders));
      }
      if (type === 'shoplens/import-commit') {
        const parsed = ImportCommitSchema.safeParse(message);
        if (!parsed.success) return Promise.resolve({ ok: false, error: 'malformed' });
        return commit(parsed.data);
      }
      const parsed = ImportCancelSchema.safeParse(message);
      if (!parsed.success) return Promise.resolve({ ok: false, error: 'malformed' });
      stagings.delete(parsed.data.importId);
      return Promise.resolve({ ok: true });
    },
    staged: () => [...stagings.keys()],
  };
}
