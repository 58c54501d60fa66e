import { readCsvRows } from './csv-rows';
import { decodeText, replacementShare, type TextEncodingName } from './decode';
import type { ImportError } from './errors';
import { sniffContainer } from './sniff';
import { TableBuilder, type ExportTable } from './table';
import { readXlsxRows } from './xlsx-rows';

/** What an import is given for one file: a File/Blob in the panel, bytes in Node tests and the bench. */
export type ImportData = Blob | ArrayBuffer | Uint8Array;

/**
 * How far an import is: reading a file (rows and bytes of that file), then checking the orders of all files
 * (assembled and parsed, `orders` of `ordersTotal`).
 */
export type ImportProgress = ReadProgress | CheckProgress;

export interface CheckProgress {
  phase: 'check';
  orders: number;
  ordersTotal: number;
}

export interface ReadProgress {
  phase: 'read';
  /** The file being read. */
  file: string;
  /** Rows of this file read so far (header and blank rows included). */
  rows: number;
  /** How far into this file, in bytes (estimated from the text position for CSV). */
  bytesDone: number;
  bytesTotal: number;
}

export interface ReadOptions {
  /** The file's name, for messages and rejected rows only — never used to guess its kind. */
  name?: string;
  /** Larger files are refused before they are read. Default DEFAULT_MAX_IMPORT_BYTES. */
  maxBytes?: number;
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
  /** CSV characters parsed between two pauses. Default 128k characters (~300–1000 rows). */
  chunkChars?: number;
  /** Rows of a sheet mapped, or orders checked, between two pauses. Default 5000 rows, 2000 orders. */
  chunkRows?: number;
  chunkOrders?: number;
  /** How to give the thread back between chunks. Default a macrotask (setTimeout 0). */
  pause?: () => Promise<void>;
}

export type ReadResult =
  | { ok: true; file: string; container: 'csv' | 'xlsx'; encoding?: TextEncodingName; tables: ExportTable[] }
  | { ok: false; file: string; error: ImportError };

/** 200 MB: a year of a busy shop's orders as CSV is well below it; a larger file is no export. */
export const DEFAULT_MAX_IMPORT_BYTES = 200 * 1024 * 1024;

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads one export file into tables of mapped rows: detects the container (CSV or xlsx) and the text encoding
 * from the bytes, the platform and kind from the header row, and keeps only the columns ShopLens reads. Works
 * in chunks with progress and stops on the signal. Never throws: a damaged, binary, oversized or unknown file
 * gives `{ ok: false, error }` with the reason.
 */
export async function readExportFile(data: ImportData, options: ReadOptions = {}): Promise<ReadResult> {
  const file = options.name ?? '';
  const fail = (error: ImportError): ReadResult => ({ ok: false, file, error });
  try {
    const size = data instanceof Uint8Array || data instanceof ArrayBuffer ? data.byteLength : data.size;
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
    if (size > maxBytes) return fail({ code: 'too-large', bytes: size, maxBytes });
    if (size === 0) return fail({ code: 'empty' });
    let bytes: Uint8Array;
    try {
      bytes = await bytesOf(data);
    } catch (e) {
      return fail({ code: 'unreadable', detail: messageOf(e) });
    }
    if (options.signal?.aborted) return fail({ code: 'aborted' });
    // Said at once: a workbook is unzipped and parsed in one go before its first rows can be counted.
    options.onProgress?.({ phase: 'read', file, rows: 0, bytesDone: 0, bytesTotal: size });
    const container = sniffContainer(bytes.subarray(0, 4096));
    if (container === 'empty') return fail({ code: 'empty' });
    if (container === 'xls') return fail({ code: 'xls' });
    if (container === 'binary') return fail({ code: 'binary' });
    if (container === 'xlsx') return await readWorkbook(bytes, file, options, fail);
    return await readCsv(bytes, file, options, fail);
  } catch (e) {
    return fail({ code: 'damaged', detail: messageOf(e) });
  }
}

async function readCsv(bytes: Uint8Array, file: string, options: ReadOptions, fail: (e: ImportError) => ReadResult): Promise<ReadResult> {
  const { text, encoding } = decodeText(bytes);
  if (replacementShare(text.slice(0, 65536)) > 0.05) return fail({ code: 'bad-encoding' });
  const builder = new TableBuilder(file);
  const total = bytes.byteLength;
  const outcome = await readCsvRows(text, {
    chunkChars: options.chunkChars ?? 128 * 1024,
    signal: options.signal,
    pause: options.pause ?? macrotask,
    onRows(rows, cursor) {
      for (const cells of rows) {
        builder.add(cells);
        if (builder.hopeless) return false;
      }
      options.onProgress?.({ phase: 'read', file, rows: builder.rowsSeen, bytesDone: Math.round((cursor / Math.max(1, text.length)) * total), bytesTotal: total });
    },
  });
  if (outcome.aborted) return fail({ code: 'aborted' });
  if (!builder.table) return fail(notAnExport(builder));
  if (outcome.truncated) builder.markTruncated();
  return { ok: true, file, container: 'csv', encoding, tables: [builder.table] };
}

async function readWorkbook(bytes: Uint8Array, file: string, options: ReadOptions, fail: (e: ImportError) => ReadResult): Promise<ReadResult> {
  let sheets;
  try {
    sheets = await readXlsxRows(bytes.slice().buffer);
  } catch (e) {
    return fail({ code: 'damaged', detail: messageOf(e) });
  }
  const total = bytes.byteLength;
  const chunkRows = options.chunkRows ?? 5000;
  const pause = options.pause ?? macrotask;
  const tables: ExportTable[] = [];
  let firstUnknown: TableBuilder | undefined;
  let rowsDone = 0;
  const rowsTotal = sheets.reduce((n, s) => n + s.rows.length, 0);
  for (const { sheet, rows } of sheets) {
    const builder = new TableBuilder(file, sheet);
    for (let i = 0; i < rows.length; i++) {
      builder.add(rows[i]!);
      if (builder.hopeless) break;
      if ((i + 1) % chunkRows === 0) {
        options.onProgress?.({ phase: 'read', file, rows: rowsDone + i + 1, bytesDone: Math.round(((rowsDone + i + 1) / rowsTotal) * total), bytesTotal: total });
        await pause();
        if (options.signal?.aborted) return fail({ code: 'aborted' });
      }
    }
    rowsDone += rows.length;
    if (builder.table) tables.push(builder.table);
    else firstUnknown ??= builder;
  }
  options.onProgress?.({ phase: 'read', file, rows: rowsDone, bytesDone: total, bytesTotal: total });
  if (tables.length === 0) return fail(firstUnknown ? notAnExport(firstUnknown) : { code: 'empty' });
  return { ok: true, file, container: 'xlsx', tables };
}

function notAnExport(builder: TableBuilder): ImportError {
  return { code: 'not-an-export', firstRow: builder.firstRow().map((c) => c.slice(0, 30)) };
}

async function bytesOf(data: ImportData): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(await data.arrayBuffer());
}

function messageOf(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, 200);
}
