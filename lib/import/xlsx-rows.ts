import readXlsxFile from 'read-excel-file/universal';

/** A workbook sheet as rows of cell text. */
export interface SheetRows {
  sheet: string;
  rows: string[][];
}

/**
 * An xlsx workbook → each sheet's rows as text, by read-excel-file (README: why this reader). Numbers keep the
 * text the file stores (`parseNumber`), so amounts and ids are never rounded through a float; dates (cells with
 * a date format) become `YYYY-MM-DD HH:mm:ss` wall-clock text, which lib/domain reads as Asia/Shanghai time.
 * Rejects (throws) for a damaged zip; the caller turns that into a reason.
 */
export async function readXlsxRows(buffer: ArrayBuffer): Promise<SheetRows[]> {
  const sheets = await readXlsxFile(buffer, { parseNumber: (s: string) => s, trim: false });
  return sheets.map(({ sheet, data }) => ({ sheet, rows: data.map((row) => row.map(cellString)) }));
}

function cellString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return wallClock(value);
  return String(value);
}

/**
 * read-excel-file gives a date cell as the UTC instant of its wall-clock reading: print that reading back, to
 * the nearest second (a day fraction in binary floating point comes back as 00:22:00.999 for 00:22:01).
 */
function wallClock(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const d = new Date(Math.round(date.getTime() / 1000) * 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}
