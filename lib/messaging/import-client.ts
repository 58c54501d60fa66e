import type { PlatformId, RejectedRow } from '../domain';
import type { ImportedOrder, ImportRejectedRow, ParsedImport } from '../import';
import { IMPORT_CHUNK_ORDERS, type ImportCommit, type ImportReply } from './import-protocol';

/** How far sending is: orders handed to the background, then 'store' while it writes them (not cancellable). */
export interface SendProgress {
  phase: 'send' | 'store';
  sent: number;
  total: number;
}

export interface SendImportOptions {
  /** runtime.sendMessage, or a test's direct call of the receiver. */
  send(message: unknown): Promise<unknown>;
  signal?: AbortSignal;
  onProgress?(progress: SendProgress): void;
  importId?: string;
  chunkOrders?: number;
}

/** The reply when the signal stopped the import before its commit (the background's staging was dropped). */
export const CANCELLED: ImportReply = { ok: false, error: 'aborted' };

/**
 * Sends a parsed import to the background in chunks and commits it (import-protocol.ts). Cancelling before
 * the commit tells the background to drop what it staged and resolves to `{ ok: false, error: 'aborted' }`;
 * once the commit is sent the import runs to its end (one transaction: all of it or nothing).
 */
export async function sendImport(parsed: ParsedImport, options: SendImportOptions): Promise<ImportReply> {
  const { send, signal, onProgress } = options;
  const size = options.chunkOrders ?? IMPORT_CHUNK_ORDERS;
  const importId = options.importId ?? newImportId();
  const orders = parsed.orders;
  const cancel = async () => {
    await send({ type: 'shoplens/import-cancel', importId }).catch(() => undefined);
    return CANCELLED;
  };
  let chunks = 0;
  for (let start = 0; start < orders.length || chunks === 0; start += size) {
    if (signal?.aborted) return cancel();
    let reply: ImportReply;
    try {
      reply = asReply(await send({ type: 'shoplens/import-chunk', importId, seq: chunks, orders: orders.slice(start, start + size) }));
    } catch (error) {
      // Nothing is stored before the commit: the background dropped the staging or never had it.
      return { ok: false, error: 'failed', detail: messageOf(error) };
    }
    chunks++;
    if (!reply.ok) return reply;
    onProgress?.({ phase: 'send', sent: Math.min(start + size, orders.length), total: orders.length });
  }
  if (signal?.aborted) return cancel();
  onProgress?.({ phase: 'store', sent: orders.length, total: orders.length });
  const commit: ImportCommit = { type: 'shoplens/import-commit', importId, chunks, orders: orders.length, parts: importParts(parsed) };
  try {
    return asReply(await send(commit));
  } catch (error) {
    return { ok: false, error: 'no-reply', detail: messageOf(error) };
  }
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}

function asReply(reply: unknown): ImportReply {
  if (reply && typeof reply === 'object' && typeof (reply as { ok?: unknown }).ok === 'boolean') return reply as ImportReply;
  return { ok: false, error: 'failed', detail: 'no reply from the background' };
}

function newImportId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  return c?.randomUUID ? c.randomUUID() : `imp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Per platform, what the capture log keeps of an import: its files, the data rows read, and the rejected rows
 * (each as the log's RejectedRow: `index` + 1 is the spreadsheet row, the text starts with the file's name).
 */
export function importParts(parsed: Pick<ParsedImport, 'files' | 'rejected' | 'orders'>): ImportCommit['parts'] {
  const platformOf = new Map<string, PlatformId>();
  const parts = new Map<PlatformId, ImportCommit['parts'][number]>();
  const part = (platform: PlatformId) => {
    let p = parts.get(platform);
    if (!p) parts.set(platform, (p = { platform, files: [], read: 0, rejected: 0, rejectedRows: [] }));
    return p;
  };
  for (const f of parsed.files) {
    if (!f.ok) continue;
    for (const t of f.tables) {
      platformOf.set(f.name, t.platform);
      const p = part(t.platform);
      if (!p.files.includes(f.name)) p.files.push(f.name);
      p.read += t.rows + t.rejected;
    }
  }
  for (const r of parsed.rejected) {
    const platform = rejectedPlatform(r, platformOf);
    if (!platform) continue;
    const p = part(platform);
    p.rejected++;
    if (p.rejectedRows.length < 200) p.rejectedRows.push(logRow(r));
  }
  // Orders of a platform no file reported (not expected: every order comes from a file) still get their entry.
  for (const o of parsed.orders as readonly ImportedOrder[]) if (!parts.has(o.platform)) part(o.platform);
  return [...parts.values()];
}

function rejectedPlatform(r: ImportRejectedRow, platformOf: Map<string, PlatformId>): PlatformId | undefined {
  const exact = platformOf.get(r.file);
  if (exact) return exact;
  for (const [name, platform] of platformOf) if (r.file.startsWith(name)) return platform;
  return undefined;
}

function logRow(r: ImportRejectedRow): RejectedRow {
  const text = `${r.file}${r.text ? ` · ${r.text}` : ''}`;
  return {
    index: Math.max(0, (r.rows[0] ?? r.index) - 1),
    key: r.key.slice(0, 100),
    text: text.slice(0, 300),
    problems: r.problems.slice(0, 20).map((p) => ({ ...p, raw: p.raw.slice(0, 200) })),
  };
}
