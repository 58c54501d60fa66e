import { headerKey } from './cells';
import { EXPORT_FORMATS, isPersonalColumn, type ExportField, type ExportFormat } from './formats';

/** A header row recognised as one export format: the cell index of each field it reads. */
export interface ColumnMap {
  format: ExportFormat;
  /** Field → index of its cell in a row. */
  index: Partial<Record<ExportField, number>>;
  /** Field → the header as the file writes it (trimmed), for the summary. */
  headers: Partial<Record<ExportField, string>>;
  /** Headers of personal-data columns present in the file and never read. */
  personal: string[];
}

/** Headers that rule a format out: a 订单报表 never has per-line quantities, whose presence means item lines. */
const EXCLUDED: Partial<Record<ExportFormat['kind'], readonly string[]>> = {
  'taobao-orders': ['购买数量'],
};

/**
 * Which export a header row belongs to: every format whose required columns are all present is a candidate,
 * and the one reading the most columns wins (a 宝贝报表 with a 买家会员名 column still reads as item lines).
 * Undefined when no format fits — the file is not an order export ShopLens knows.
 */
export function detectFormat(header: readonly string[]): ColumnMap | undefined {
  const keys = header.map(headerKey);
  const position = new Map<string, number>();
  keys.forEach((k, i) => {
    if (k && !position.has(k)) position.set(k, i);
  });
  let best: { map: ColumnMap; score: number } | undefined;
  for (const format of EXPORT_FORMATS) {
    if (EXCLUDED[format.kind]?.some((h) => position.has(headerKey(h)))) continue;
    const index: ColumnMap['index'] = {};
    const headers: ColumnMap['headers'] = {};
    for (const [field, names] of Object.entries(format.columns) as [ExportField, readonly string[]][]) {
      const at = names.map((n) => position.get(headerKey(n))).find((i) => i !== undefined);
      if (at === undefined) continue;
      index[field] = at;
      headers[field] = header[at]!.trim();
    }
    if (!format.required.every((f) => index[f] !== undefined)) continue;
    const score = Object.keys(index).length;
    if (!best || score > best.score) {
      const personal = header.map((h) => h.trim()).filter((h) => isPersonalColumn(h));
      best = { map: { format, index, headers, personal }, score };
    }
  }
  return best?.map;
}

/** How many leading rows may come before the header (a title line, an export note). */
export const HEADER_SCAN_ROWS = 10;
