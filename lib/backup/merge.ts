import type { Capture, Order, Product, SkuCode, SkuMatchDecision } from '../domain';
import { PrivacySettingsSchema, type PrivacySettings } from '../privacy';

/**
 * How a restore in MERGE mode combines a row of the backup with the row stored under the same primary key —
 * pure decisions, applied by lib/db/backup.ts in one transaction. Each returns the row to store, or undefined
 * to leave the stored one as it is.
 */

/**
 * Orders and product rows: `combine` is the rule a capture or an import follows for a record seen twice
 * (lib/ingest/merge.ts: the later capture wins, an empty field never overwrites a known one), so an order
 * joins the same way whichever way it came. The first-seen time is the earlier of the two. Undefined when the
 * stored row would not change (merging the same backup twice writes nothing).
 */
export function joinRecord<T extends Order | Product>(stored: T | undefined, incoming: T, combine: (stored: T, incoming: T) => T): T | undefined {
  if (!stored) return incoming;
  // The first-seen time is the earlier of the two as stored; none when neither has one (rows stored before it
  // was kept), rather than the one a merge for a new capture makes up.
  const { firstSeenAt: _made, ...merged } = combine(stored, incoming);
  const firstSeenAt = minDefined(stored.firstSeenAt, incoming.firstSeenAt);
  const row = (firstSeenAt === undefined ? merged : { ...merged, firstSeenAt }) as T;
  return sameValue(row, stored) ? undefined : row;
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

/** Deep equality of two rows as stored (plain JSON-like values; an undefined property counts as absent). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => sameValue(v, (b as unknown[])[i]));
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) if (!sameValue(ao[k], bo[k])) return false;
  return true;
}

/** The seller's match decisions: the later answer wins (one without a time counts as the oldest). */
export function mergeDecision(stored: SkuMatchDecision | undefined, incoming: SkuMatchDecision): SkuMatchDecision | undefined {
  if (!stored) return incoming;
  return (incoming.decidedAt ?? 0) > (stored.decidedAt ?? 0) ? incoming : undefined;
}

/**
 * SKU codes never change once given (design.md §2), so a stored code stays. A code of the backup is added when
 * it is free and none of its keys already has a code here; when the same code names the same SKU the aliases
 * are joined. A code that names another SKU here (two installs gave the same code to different goods) is
 * skipped — `conflict` — and that SKU gets a new code when the background codes what is uncoded.
 */
export function mergeCode(stored: SkuCode | undefined, incoming: SkuCode, codedKeys: ReadonlySet<string>): { row?: SkuCode; conflict?: true } {
  if (stored) {
    if (stored.key !== incoming.key) return { conflict: true };
    const aliases = [...new Set([...stored.aliases, ...incoming.aliases])];
    return aliases.length === stored.aliases.length ? {} : { row: { ...stored, aliases } };
  }
  if (incoming.aliases.some((k) => codedKeys.has(k))) return { conflict: true };
  return { row: incoming };
}

/**
 * Settings rows: the ones set here stay, the backup's fill in what is not set. The privacy row is joined: the
 * forgotten buyers of both are kept (when both were hashed with the same salt; a backup from another install
 * with its own salt keeps this install's salt, and its anonymised orders stay anonymised), the retention set
 * here stays (or the backup's when none is set here).
 */
export function mergeSetting(id: string, stored: unknown, incoming: unknown): unknown {
  if (stored === undefined) return incoming;
  if (id !== 'privacy') return undefined;
  const a = PrivacySettingsSchema.safeParse(stored);
  const b = PrivacySettingsSchema.safeParse(incoming);
  if (!b.success) return undefined;
  if (!a.success) return b.data;
  const joined: PrivacySettings = {
    salt: a.data.salt,
    forgotten: a.data.salt === b.data.salt ? [...new Set([...a.data.forgotten, ...b.data.forgotten])] : a.data.forgotten,
    retentionMonths: a.data.retentionMonths ?? b.data.retentionMonths,
  };
  return JSON.stringify(joined) === JSON.stringify(a.data) ? undefined : joined;
}

/** What identifies a capture in the log across installs (its id is only this install's): when, what and where. */
export function captureIdentity(c: Pick<Capture, 'at' | 'platform' | 'kind' | 'url'>): string {
  return `${c.at}\u0000${c.platform}\u0000${c.kind}\u0000${c.url}`;
}
