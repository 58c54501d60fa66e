import Papa from 'papaparse';
import { formatCell } from './cells';
import type { Column, ExportLang, Exporter } from './columns';

/** The UTF-8 byte order mark: Excel on Chinese Windows reads the file as UTF-8 only when it starts with one. */
export const BOM = '\uFEFF';
/** Rows end with CRLF, as RFC 4180 and Excel expect. */
export const CRLF = '\r\n';

/**
 * Cells → CSV text by papaparse, which quotes what needs quoting (commas, quotes, CR/LF in scraped titles,
 * leading or trailing spaces). Neutralisation is done per column kind in cells.ts, not by papaparse's
 * `escapeFormulae`, because that one would also neutralise the negative amounts we write as numbers; every
 * neutralised cell (it starts with `'`) is quoted, as OWASP asks.
 */
function unparse(cells: string[][]): string {
  if (cells.length === 0) return '';
  return (
    Papa.unparse(cells, {
      newline: CRLF,
      escapeFormulae: false,
      quotes: (value: unknown) => typeof value === 'string' && value.startsWith("'"),
    }) + CRLF
  );
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
  const cells = [headerCells(exporter.columns, lang)];
  for (const rec of records) for (const row of exporter.rows(rec)) cells.push(rowCells(exporter.columns, row, lang));
  return BOM + unparse(cells);
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
  /** Records per chunk (default 1000). */
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
  const { lang = 'zh', chunkSize = 1000, total, signal } = options;
  const size = Math.max(1, Math.floor(chunkSize));
  signal?.throwIfAborted();
  let prefix = BOM + unparse([headerCells(exporter.columns, lang)]);
  let cells: string[][] = [];
  let inChunk = 0;
  let done = 0;
  let rows = 0;
  for await (const rec of source) {
    for (const row of exporter.rows(rec)) cells.push(rowCells(exporter.columns, row, lang));
    done++;
    if (++inChunk === size) {
      rows += cells.length;
      yield { text: prefix + unparse(cells), done, total, rows };
      signal?.throwIfAborted();
      prefix = '';
      cells = [];
      inChunk = 0;
    }
  }
  if (inChunk > 0 || prefix) yield { text: prefix + unparse(cells), done, total, rows: rows + cells.length };
}
