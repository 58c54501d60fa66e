import { z } from 'zod';
import { CaptureSchema, EPOCH_MAX_MS, EPOCH_MIN_MS, OrderSchema, ProductSchema, SkuCodeSchema, SkuMatchDecisionSchema, checkOrder } from '../domain';

/**
 * The backup file (数据 → 备份): JSON Lines, one JSON object a line, UTF-8, so a 200k-order shop is written and
 * read a page at a time and never held as one string.
 *
 *   line 1      {"format":"shoplens-backup","version":2,"appVersion":"0.1.0","createdAt":1767196800000}
 *   lines 2…n-1 {"t":"orders","r":{…an order as stored…}}   (t: orders, products, skuCodes, skuMatchDecisions,
 *                                                            settings, captures; r: the row as stored)
 *   line n      {"t":"end","counts":{"orders":200000,…}}     (how many rows of each table came before it)
 *
 * The last line makes a cut-off file (a download stopped half way) fail as such instead of restoring part of a
 * shop. The derived tables (`aggregateShards`) are not in the file: the background rebuilds them from the orders.
 * Every line is checked with the same Zod schemas as a capture (lib/domain), so a restore stores nothing the
 * database would not take from a capture.
 */
export const BACKUP_FORMAT = 'shoplens-backup';
/** The format written now. A change to the lines adds a version and a step to MIGRATIONS. */
export const BACKUP_VERSION = 2;
/** Longest line read (an order with many lines is a few kB; a capture with 5000 rejected rows ~2 MB). */
export const MAX_LINE_CHARS = 8 * 1024 * 1024;

export const BACKUP_TABLES = ['orders', 'products', 'skuCodes', 'skuMatchDecisions', 'settings', 'captures'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];
export type BackupCounts = Record<BackupTable, number>;

const epochMs = z.number().int().min(EPOCH_MIN_MS).max(EPOCH_MAX_MS);

export const BackupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  appVersion: z.string().max(40),
  createdAt: epochMs,
});
export type BackupHeader = z.infer<typeof BackupHeaderSchema>;

/** A stored setting row: `value` is checked by its own schema when it is read (lib/settings, lib/db/privacy). */
export const SettingRowSchema = z.object({ id: z.string().min(1).max(100), value: z.unknown() });

/** Each table's rows as the current version stores them (captures keep their id: the log's order). */
export const ROW_SCHEMAS = {
  orders: OrderSchema,
  products: ProductSchema,
  skuCodes: SkuCodeSchema,
  skuMatchDecisions: SkuMatchDecisionSchema,
  settings: SettingRowSchema,
  captures: CaptureSchema.extend({ id: z.number().int().positive() }),
} as const;

export type BackupRows = { [T in BackupTable]: z.infer<(typeof ROW_SCHEMAS)[T]>[] };

const count = z.number().int().nonnegative();
export const BackupEndSchema = z.object({
  t: z.literal('end'),
  counts: z.object(Object.fromEntries(BACKUP_TABLES.map((t) => [t, count])) as Record<BackupTable, typeof count>),
});

export const emptyCounts = (): BackupCounts => Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as BackupCounts;
export const emptyRows = (): BackupRows => Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as BackupRows;

/** The first line of a backup made now. */
export function headerLine(appVersion: string, createdAt: number): string {
  const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, appVersion, createdAt };
  return JSON.stringify(header) + '\n';
}

/** Rows of one table as lines of the file (each ends with a newline). */
export function rowLines(table: BackupTable, rows: readonly unknown[]): string {
  let out = '';
  for (const r of rows) out += JSON.stringify({ t: table, r }) + '\n';
  return out;
}

export function endLine(counts: BackupCounts): string {
  return JSON.stringify({ t: 'end', counts }) + '\n';
}

/**
 * One step from a format version to the next, applied to each record line (`{t, r}`) of an older file before
 * it is checked with the current schemas. Version 1 is the records as the database's first schema stored them:
 * SKU codes without `aliases` (added with the database's version 2: every key that led to the code, the key
 * itself first) and the capture log without `added` (records new to the database; unknown then, so 0 —
 * the counts are only shown in the log). No release wrote version 1 — the step exists so that the path an
 * older file takes is tested (test/lib/db/backup.test.ts writes a version-1 file); the next real change to
 * the lines adds version 3 here.
 */
export const MIGRATIONS: Record<number, (line: { t: string; r: unknown }) => { t: string; r: unknown }> = {
  1: (line) => {
    if (line.t === 'skuCodes' && isObject(line.r) && !('aliases' in line.r) && typeof line.r.key === 'string') {
      return { t: line.t, r: { ...line.r, aliases: [line.r.key] } };
    }
    if (line.t === 'captures' && isObject(line.r) && !('added' in line.r)) return { t: line.t, r: { ...line.r, added: 0 } };
    return line;
  },
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Why a file cannot be restored; `line` is 1-based (0: the file as a whole). The UI words each kind. */
export type BackupProblem =
  | { kind: 'empty'; line: 0 }
  | { kind: 'not-backup'; line: 1 }
  | { kind: 'newer'; line: 1; version: number }
  | { kind: 'json'; line: number }
  | { kind: 'too-long'; line: number }
  | { kind: 'unknown-line'; line: number }
  | { kind: 'invalid'; line: number; table: BackupTable; detail: string }
  | { kind: 'after-end'; line: number }
  | { kind: 'truncated'; line: number }
  | { kind: 'count-mismatch'; line: number; table: BackupTable; expected: number; found: number }
  | { kind: 'duplicate'; line: number; table: BackupTable; key: string };

export class BackupFileError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`backup file, line ${problem.line}: ${problem.kind}${'detail' in problem ? ` (${problem.detail})` : ''}`);
    this.name = 'BackupFileError';
  }
}

/** The primary key of a row of each table, as text (to find duplicates within a file). */
export const ROW_KEY: { [T in BackupTable]: (r: BackupRows[T][number]) => string } = {
  orders: (o) => `${o.platform}\u0000${o.orderId}`,
  products: (p) => `${p.platform}\u0000${p.productId}\u0000${p.skuId}`,
  skuCodes: (c) => c.code,
  skuMatchDecisions: (d) => `${d.a}\u0000${d.b}`,
  settings: (s) => s.id,
  captures: (c) => String(c.id),
};

/** The first issues of a Zod error as one line: `items.0.quantity: Too small…`. */
function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`)
    .join('; ')
    .slice(0, 300);
}

/**
 * Reads a backup line by line: the header, every record (migrated from the file's version, then checked),
 * the end line with its counts. Throws BackupFileError at the first bad line; `finish()` checks that the file
 * ended where its last line says. Pure: the caller feeds it lines (lib/db/backup.ts reads them from a file).
 */
export class BackupReader {
  header: BackupHeader | undefined;
  readonly rows: BackupRows = emptyRows();
  #line = 0;
  #ended = false;
  readonly #seen = new Map<BackupTable, Set<string>>(BACKUP_TABLES.map((t) => [t, new Set()]));

  /** Lines read so far. */
  get lines(): number {
    return this.#line;
  }

  push(text: string): void {
    const line = ++this.#line;
    if (text.length > MAX_LINE_CHARS) throw new BackupFileError({ kind: line === 1 ? 'not-backup' : 'too-long', line } as BackupProblem);
    if (text.trim() === '') {
      if (line === 1) throw new BackupFileError({ kind: 'not-backup', line: 1 });
      return; // a blank line (the newline after the end line, an editor's extra line)
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new BackupFileError(line === 1 ? { kind: 'not-backup', line: 1 } : { kind: 'json', line });
    }
    if (line === 1) return this.#readHeader(value);
    if (this.#ended) throw new BackupFileError({ kind: 'after-end', line });
    if (!isObject(value) || typeof value.t !== 'string') throw new BackupFileError({ kind: 'unknown-line', line });
    if (value.t === 'end') return this.#readEnd(value, line);
    let rec = { t: value.t, r: value.r };
    for (let v = this.header!.version; v < BACKUP_VERSION; v++) rec = MIGRATIONS[v]!(rec);
    const table = rec.t as BackupTable;
    if (!(BACKUP_TABLES as readonly string[]).includes(table)) throw new BackupFileError({ kind: 'unknown-line', line });
    // Orders, most of a file, take the capture path's fast check first (the same copy Zod would give, for a row
    // that plainly meets the schema); anything else goes to Zod, which gives the reason.
    const parsed = table === 'orders' ? checkOrder(rec.r) : ROW_SCHEMAS[table].safeParse(rec.r);
    if (!parsed.success) throw new BackupFileError({ kind: 'invalid', line, table, detail: describe(parsed.error) });
    const data: unknown = parsed.data;
    const key = (ROW_KEY[table] as (r: unknown) => string)(data);
    const seen = this.#seen.get(table)!;
    if (seen.has(key)) throw new BackupFileError({ kind: 'duplicate', line, table, key: key.replace(/\u0000/g, ' ') });
    seen.add(key);
    (this.rows[table] as unknown[]).push(data);
  }

  #readHeader(value: unknown): void {
    const header = BackupHeaderSchema.safeParse(value);
    if (!header.success) throw new BackupFileError({ kind: 'not-backup', line: 1 });
    if (header.data.version > BACKUP_VERSION) throw new BackupFileError({ kind: 'newer', line: 1, version: header.data.version });
    this.header = header.data;
  }

  #readEnd(value: unknown, line: number): void {
    const end = BackupEndSchema.safeParse(value);
    if (!end.success) throw new BackupFileError({ kind: 'unknown-line', line });
    for (const t of BACKUP_TABLES) {
      const found = this.rows[t].length;
      if (found !== end.data.counts[t]) throw new BackupFileError({ kind: 'count-mismatch', line, table: t, expected: end.data.counts[t], found });
    }
    this.#ended = true;
  }

  /** The file's rows, once its last line has been read; throws when the file stopped before its end line. */
  finish(): { header: BackupHeader; rows: BackupRows } {
    if (this.#line === 0) throw new BackupFileError({ kind: 'empty', line: 0 });
    if (!this.#ended) throw new BackupFileError({ kind: 'truncated', line: this.#line });
    return { header: this.header!, rows: this.rows };
  }
}

/** Splits text arriving in chunks into lines (LF or CRLF), calling `onLine` for each whole line. */
export class LineSplitter {
  #rest = '';
  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: string): void {
    let text = this.#rest + chunk;
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      this.onLine(text.slice(start, end));
      start = nl + 1;
    }
    text = text.slice(start);
    // A line without its newline yet: kept for the next chunk, unless it is already too long to be a line.
    if (text.length > MAX_LINE_CHARS) this.onLine(text);
    this.#rest = text.length > MAX_LINE_CHARS ? '' : text;
  }

  end(): void {
    if (this.#rest !== '') this.onLine(this.#rest);
    this.#rest = '';
  }
}
