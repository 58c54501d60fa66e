import type { ShardProblem } from '../analytics/derived';
import type { PlatformId } from '../domain';
import type { ShopLensDatabase } from './database';

/**
 * What the background's AggregateStore (lib/ingest/aggregate-store.ts) tells the 采集 tab about the derived
 * tables and the disk, as `settings` rows: the last time it found the shards damaged and rebuilt them from the
 * orders, and the last time a write failed because the disk (the browser's quota) was full.
 */
export const DERIVED_HEAL_ID = 'derived-heal';
export const STORAGE_FULL_ID = 'storage-full';

/** Problems kept in the notice (the first ones found; `total` says how many there were). */
const KEPT_PROBLEMS = 20;

/** The shards were found damaged at `at` and rebuilt from the orders. */
export interface HealNotice {
  at: number;
  problems: ShardProblem[];
  total: number;
}

/** What was being written when the disk was found full. */
export type StorageOperation = 'capture' | 'flush';

/** A write failed for want of space at `at`: the operation ended, nothing of it was stored. */
export interface StorageFullNotice {
  at: number;
  operation: StorageOperation;
  platform?: PlatformId;
}

export function healNotice(at: number, problems: readonly ShardProblem[]): HealNotice {
  return { at, problems: problems.slice(0, KEPT_PROBLEMS), total: problems.length };
}

/** The last heal and the last full disk recorded (liveQuery-safe: reads `settings` only). */
export async function readStoreNotices(db: ShopLensDatabase): Promise<{ heal?: HealNotice; storageFull?: StorageFullNotice }> {
  const [heal, full] = await db.settings.bulkGet([DERIVED_HEAL_ID, STORAGE_FULL_ID]);
  const h = heal?.value as Partial<HealNotice> | undefined;
  const f = full?.value as Partial<StorageFullNotice> | undefined;
  return {
    ...(h && typeof h.at === 'number' && Array.isArray(h.problems) ? { heal: { at: h.at, problems: h.problems, total: typeof h.total === 'number' ? h.total : h.problems.length } } : {}),
    ...(f && typeof f.at === 'number' && (f.operation === 'capture' || f.operation === 'flush') ? { storageFull: f as StorageFullNotice } : {}),
  };
}

/** Forgets the heal notice (the seller has read it). */
export async function dismissHealNotice(db: ShopLensDatabase): Promise<void> {
  await db.settings.delete(DERIVED_HEAL_ID);
}

/**
 * True when `error` is, or was caused by, IndexedDB's QuotaExceededError (the origin's quota or the disk is
 * full): as a DOMException, as Dexie's error of that name, or inside Dexie's AbortError (`inner`) or BulkError
 * (`failures`).
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  const failures = Array.isArray(e.failures) ? e.failures : e.failures && typeof e.failures === 'object' ? Object.values(e.failures) : [];
  return failures.some((f) => isQuotaError(f, depth + 1));
}

/**
 * The error a capture or flush ends with when the disk is full: says so plainly (the capture reply carries its
 * message to the page; the 采集 tab shows the stored notice in the seller's language).
 */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(
    readonly operation: StorageOperation,
    /** The error IndexedDB gave. */
    readonly original: unknown,
  ) {
    super(
      operation === 'capture'
        ? '磁盘空间不足（QuotaExceededError）：本次采集未保存，数据库保持不变。请释放磁盘空间后刷新该页面。Disk full: this capture was not stored.'
        : '磁盘空间不足（QuotaExceededError）：统计表未能写入，将在下次采集时重试。Disk full: the derived tables were not written.',
    );
  }
}

/**
 * Records a full disk for the 采集 tab. Best effort: the failed transaction has rolled back, which usually
 * frees room for this one small row, but when it cannot be written either the failure is still reported by
 * the operation's own error.
 */
export async function recordStorageFull(db: ShopLensDatabase, notice: StorageFullNotice): Promise<void> {
  try {
    await db.settings.put({ id: STORAGE_FULL_ID, value: notice });
  } catch {
    // Still full: the capture reply says so.
  }
}
