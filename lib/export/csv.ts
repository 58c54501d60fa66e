import Papa from 'papaparse';
import { formatCell } from './cells';
import type { Column, ExportLang, Exporter } from './columns';

/** The UTF-8 byte order mark: Excel on Chinese Windows reads the file as UTF-8 only when it starts with one. */
export const BOM = '\uFEFF';
/** Rows end with CRLF, as RFC 4180 and Excel expect. */
export const CRLF = '\r\n';

/**
 * Cells → CSV text by papaparse, which escapes quotes and quotes what needs it (commas, quotes, CR/LF in
 * scraped titles). Text columns are always quoted (`quoted`), so every neutralised cell is quoted as OWASP
 * asks; numbers never are, so a spreadsheet reads them as numbers. Neutralisation is done per column kind in
 * cells.ts, not by papaparse's `escapeFormulae`, which would also neutralise negative amounts written as numbers.
 */
function unparse(cells: string[][], quoted: boolean[]): string {
  if (cells.length === 0) return '';
  return Papa.unparse(cells, { newline: CRLF, escapeFormulae: false, quotes: quoted }) + CRLF;
}

/** Which columns are quoted whatever their content: the text ones (the header, our own words, only as needed). */
function quotedColumns<Row>(columns: readonly Column<Row>[]): boolean[] {
  return columns.map((c) => c.kind === 'text');
}

/** The header row's cells in the file's language. */
export function headerCells<Row>(columns: readonly Column<Row>[], lang: ExportLang): string[] {
  return columns.map((c) => formatCell('text', c[lang]));
}

/** One row's cells. */
export function rowCells<Row>(columns: readonly Column<Row>[], row: Row, lang: ExportLang): string[] {
  return columns.map((c) => formatCell(c.kind, c.value(row, lang), c.digits));
}

/** A whole file in one string (BOM, header, rows) — for the small tables; big ones go through csvChunks. */
export function toCsv<Rec, Row>(exporter: Exporter<Rec, Row>, records: Iterable<Rec>, lang: ExportLang = 'zh'): string {
  const cells: string[][] = [];
  for (const rec of records) for (const row of exporter.rows(rec)) cells.push(rowCells(exporter.columns, row, lang));
  const header = headerCells(exporter.columns, lang);
  return BOM + unparse([header], header.map(() => false)) + unparse(cells, quotedColumns(exporter.columns));
}

/** One piece of a file being written, with how far the export is (in records of the source). */
export interface CsvChunk {
  text: string;
  /** Records of the source read so far. */
  done: number;
  /** Records the caller said the source holds; undefined when unknown. */
  total: number | undefined;
  /** Data rows written so far (an order with three lines is three rows). */
  rows: number;
}

export interface ChunkOptions {
  lang?: ExportLang;
  /** Records per chunk (default 500: about 25 ms of work per chunk for orders of two or three lines). */
  chunkSize?: number;
  /** How many records the source holds, for the progress bar; unknown when absent. */
  total?: number;
  /** Checked between chunks: an abort stops the export with the signal's reason (an AbortError). */
  signal?: AbortSignal;
}

/**
 * The file in chunks of `chunkSize` records, so 200k orders are written in pieces the UI can draw between
 * (components/export yields to the event loop after each) and cancel. The first chunk carries the BOM and the
 * header; the chunks joined are exactly what toCsv gives. The source may be an async iterable (a database read
 * page by page) or a plain one.
 */
export async function* csvChunks<Rec, Row>(
  exporter: Exporter<Rec, Row>,
  source: Iterable<Rec> | AsyncIterable<Rec>,
  options: ChunkOptions = {},
): AsyncGenerator<CsvChunk> {
  const { lang = 'zh', chunkSize = 500, total, signal } = options;
  const size = Math.max(1, Math.floor(chunkSize));
  signal?.throwIfAborted();
  const header = headerCells(exporter.columns, lang);
  const quoted = quotedColumns(exporter.columns);
  let prefix = BOM + unparse([header], header.map(() => false));
  let cells: string[][] = [];
  let inChunk = 0;
  let done = 0;
  let rows = 0;
  for await (const rec of source) {
    for (const row of exporter.rows(rec)) cells.push(rowCells(exporter.columns, row, lang));
    done++;
    if (++inChunk === size) {
      rows += cells.length;
      yield { text: prefix + unparse(cells, quoted), done, total, rows };
      signal?.throwIfAborted();
      prefix = '';
      cells = [];
      inChunk = 0;
    }
  }
  if (inChunk > 0 || prefix) yield { text: prefix + unparse(cells, quoted), done, total, rows: rows + cells.length };
}
