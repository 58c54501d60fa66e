import type { CellKind, CellValue } from './cells';

/** The UI language of a file: its headers and the words in its cells. */
export type ExportLang = 'zh' | 'en';

/** A phrase in both languages (what lib/analytics reasons and labels carry). */
export interface Bilingual {
  zh: string;
  en: string;
}

/** One CSV column: its header in both languages, the kind of its values and how to read one from a row. */
export interface Column<Row> {
  zh: string;
  en: string;
  kind: CellKind;
  /** Decimals of a `decimal` column (default 1). */
  digits?: number;
  value(row: Row, lang: ExportLang): CellValue;
}

/**
 * What one exported file holds. `Rec` is what the caller has (an order, a capture); `rows` turns it into the
 * file's rows (one per order line, one per rejected row), so progress counts what the caller counted.
 */
export interface Exporter<Rec, Row = Rec> {
  /** Stable id, used in tests and English file names (`stock-warnings`). */
  id: string;
  /** What the file holds, for its name: `库存预警` / `Stock warnings`. */
  title: Bilingual;
  columns: readonly Column<Row>[];
  rows(rec: Rec): Iterable<Row>;
}

/** A column whose value is a fixed function of the row, the common case. */
export function col<Row>(
  zh: string,
  en: string,
  kind: CellKind,
  value: (row: Row, lang: ExportLang) => CellValue,
  digits?: number,
): Column<Row> {
  return digits === undefined ? { zh, en, kind, value } : { zh, en, kind, value, digits };
}

/** The rows of an exporter whose records are its rows. */
export function* self<T>(rec: T): Iterable<T> {
  yield rec;
}

/** A bilingual phrase in the file's language. */
export function say(b: Bilingual, lang: ExportLang): string {
  return b[lang];
}
