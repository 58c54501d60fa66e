import type { PlatformId, RejectedRow, RowProblem } from '../domain';
import { cellText, idText, ORDER_ID, SCIENTIFIC } from './cells';
import { detectFormat, HEADER_SCAN_ROWS, type ColumnMap } from './detect';
import type { ExportField, ExportKind } from './formats';

/** One data row of an export, reduced to the fields ShopLens reads (cleaned text, never a buyer's contact data). */
export interface ExportRow {
  /** The row's number as a spreadsheet shows it (the first row of the file or sheet is 1). */
  row: number;
  values: Partial<Record<ExportField, string>>;
}

/** A row or order left out of an import: the domain's RejectedRow, with the file it came from and its rows. */
export interface ImportRejectedRow extends RejectedRow {
  file: string;
  /** Spreadsheet row numbers of the rows concerned (`index` is the first of them). */
  rows: number[];
}

/** One recognised table of an export file (a CSV, or one sheet of a workbook). */
export interface ExportTable {
  file: string;
  /** The workbook sheet's name; absent for CSV. */
  sheet?: string;
  kind: ExportKind;
  platform: PlatformId;
  /** Field → the header the file uses for it. */
  columns: ColumnMap['headers'];
  /** Personal-data columns the file has and the import left out (names only). */
  personalColumns: string[];
  /** Spreadsheet row number of the header row. */
  headerRow: number;
  rows: ExportRow[];
  rejected: ImportRejectedRow[];
  /** The file ends inside a quoted cell or a row: it was cut off (its last row is rejected). */
  truncated: boolean;
}

const ID_FIELDS = new Set<ExportField>(['orderId', 'productId', 'skuId', 'outerId']);

/**
 * Turns rows of cells into an ExportTable as they arrive (CSV chunks or a sheet): finds the header among the
 * first rows, then keeps each data row's mapped cells only. Rows without a usable order id are rejected here
 * with the raw value; everything else is checked when the rows become records (lib/domain/parse-row.ts).
 */
export class TableBuilder {
  private map: ColumnMap | undefined;
  /** The mapped fields and their cell indexes, as arrays (walked once per row). */
  private fields: ExportField[] = [];
  private cells: number[] = [];
  private pending: string[][] = [];
  private rowNumber = 0;
  table: ExportTable | undefined;

  constructor(
    readonly file: string,
    readonly sheet?: string,
  ) {}

  /** Rows seen so far (header and blank rows included). */
  get rowsSeen(): number {
    return this.rowNumber;
  }

  /** False once the first rows held no header of a known export: the caller stops and reports it. */
  get hopeless(): boolean {
    return !this.map && this.rowNumber >= HEADER_SCAN_ROWS;
  }

  /** The first non-empty row's cells, trimmed, to show when no header was recognised (headers are no personal data). */
  firstRow(): string[] {
    return (this.pending.find((r) => r.some((c) => c.trim())) ?? []).map((c) => c.trim()).filter(Boolean).slice(0, 12);
  }

  add(cells: string[]): void {
    this.rowNumber++;
    if (!this.map) {
      if (this.rowNumber > HEADER_SCAN_ROWS) return;
      const map = detectFormat(cells);
      if (!map) {
        this.pending.push(cells.slice(0, 40));
        return;
      }
      this.map = map;
      this.pending = [];
      for (const [field, i] of Object.entries(map.index) as [ExportField, number][]) {
        this.fields.push(field);
        this.cells.push(i);
      }
      this.table = {
        file: this.file,
        ...(this.sheet !== undefined && { sheet: this.sheet }),
        kind: map.format.kind,
        platform: map.format.platform,
        columns: map.headers,
        personalColumns: map.personal,
        headerRow: this.rowNumber,
        rows: [],
        rejected: [],
        truncated: false,
      };
      return;
    }
    const table = this.table!;
    const values: ExportRow['values'] = {};
    let any = false;
    for (let f = 0; f < this.fields.length; f++) {
      const field = this.fields[f]!;
      const raw = cells[this.cells[f]!] ?? '';
      const v = ID_FIELDS.has(field) ? idText(raw) : cellText(raw);
      if (v) {
        values[field] = v;
        any = true;
      }
    }
    if (!any) return; // a blank or spacer row
    const problem = orderIdProblem(values.orderId);
    if (problem) {
      table.rejected.push(rejectRow(this.file, this.rowNumber, values, problem));
      return;
    }
    table.rows.push({ row: this.rowNumber, values });
  }

  /** Marks the last data row as cut off (the CSV ended inside a quoted cell). */
  markTruncated(): void {
    const table = this.table;
    if (!table) return;
    table.truncated = true;
    const last = table.rows.pop();
    if (last) {
      const problem: RowProblem = { field: 'row', problem: 'invalid', raw: '文件在这一行中断 (file cut off in this row)' };
      table.rejected.push(rejectRow(this.file, last.row, last.values, problem));
    }
  }
}

function orderIdProblem(id: string | undefined): RowProblem | undefined {
  if (!id) return { field: 'orderId', problem: 'missing', raw: '' };
  if (SCIENTIFIC.test(id) || !ORDER_ID.test(id)) return { field: 'orderId', problem: 'invalid', raw: id.slice(0, 200) };
  return undefined;
}

/** A rejection whose excerpt is made of the fields read (never other cells of the row). */
export function rejectRow(file: string, row: number, values: ExportRow['values'], problem: RowProblem): ImportRejectedRow {
  const text = [values.orderId, values.placedAt, values.title, values.spec, values.price, values.quantity, values.status]
    .filter(Boolean)
    .join(' · ')
    .slice(0, 300);
  return { file, rows: [row], index: row, key: (values.orderId ?? '').slice(0, 100), text, problems: [problem] };
}
