import type { TextEncodingName } from './decode';
import type { ImportError } from './errors';
import { assembleGroup, OrderGrouper, type ImportNote } from './assemble';
import type { ExportKind } from './formats';
import { readExportFile, type ImportData, type ImportProgress, type ReadOptions } from './read-file';
import { toOrderRecord, type ImportedOrder } from './records';
import type { ImportRejectedRow } from './table';
import type { PlatformId } from '../domain';

export interface ImportFile {
  name: string;
  data: ImportData;
  /** The file's modification time (File.lastModified): what the records' capturedAt says. Default: now. */
  lastModified?: number;
}

/** What one file gave: its tables, or why it could not be read. */
export type FileReport =
  | {
      name: string;
      ok: true;
      container: 'csv' | 'xlsx';
      encoding?: TextEncodingName;
      tables: {
        kind: ExportKind;
        platform: PlatformId;
        sheet?: string;
        rows: number;
        rejected: number;
        columns: Partial<Record<string, string>>;
        personalColumns: string[];
        truncated: boolean;
      }[];
    }
  | { name: string; ok: false; error: ImportError };

export interface ParsedImport {
  /** True when the signal stopped it: then `orders` is empty — nothing of a cancelled import is kept. */
  aborted: boolean;
  files: FileReport[];
  /** Valid orders, ready to merge (buyer '' where the export has none). */
  orders: ImportedOrder[];
  /** Rows and orders left out, with reasons, files and spreadsheet row numbers. */
  rejected: ImportRejectedRow[];
  notes: ImportNote[];
}

export interface ParseFilesOptions extends Omit<ReadOptions, 'name' | 'onProgress'> {
  /** Reading each file, then checking the orders of all of them. */
  onProgress?: (progress: ImportProgress) => void;
  /** The time used when a file has no lastModified. Default Date.now(). */
  now?: number;
}

/**
 * Several export files (one import) → orders ready to store: each file read in chunks (readExportFile), the
 * tables of all files assembled together (a Taobao 订单报表 with its 宝贝报表), every order passed through
 * parseOrderRow. Never throws; a file that cannot be read is reported with its reason and the others go on.
 * `capturedAt` of an order is the newest lastModified of its files.
 */
export async function parseExportFiles(files: readonly ImportFile[], options: ParseFilesOptions = {}): Promise<ParsedImport> {
  const reports: FileReport[] = [];
  const tables = [];
  const aborted = (): ParsedImport => ({ aborted: true, files: reports, orders: [], rejected: [], notes: [] });
  for (const f of files) {
    if (options.signal?.aborted) return aborted();
    const result = await readExportFile(f.data, { ...options, name: f.name });
    if (!result.ok) {
      if (result.error.code === 'aborted') return aborted();
      reports.push({ name: f.name, ok: false, error: result.error });
      continue;
    }
    tables.push(...result.tables);
    reports.push({
      name: f.name,
      ok: true,
      container: result.container,
      ...(result.encoding && { encoding: result.encoding }),
      tables: result.tables.map((t) => ({
        kind: t.kind,
        platform: t.platform,
        ...(t.sheet !== undefined && { sheet: t.sheet }),
        rows: t.rows.length,
        rejected: t.rejected.length,
        columns: t.columns,
        personalColumns: t.personalColumns,
        truncated: t.truncated,
      })),
    });
  }
  // Orders are put together and checked in slices too, so the last step of a 100k-row import never holds the thread.
  const slice = options.chunkOrders ?? 2000;
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const grouper = new OrderGrouper();
  for (const table of tables) {
    for (let start = 0; start < table.rows.length; start += slice * 10) {
      for (const row of table.rows.slice(start, start + slice * 10)) grouper.add(table, row);
      await pause();
      if (options.signal?.aborted) return aborted();
    }
  }
  const { groups, notes } = grouper.result();
  const now = options.now ?? Date.now();
  const modified = new Map(files.map((f) => [f.name, f.lastModified ?? now]));
  const orders: ImportedOrder[] = [];
  const rejected: ImportRejectedRow[] = tables.flatMap((t) => t.rejected);
  for (let start = 0; start < groups.length; start += slice) {
    for (const g of groups.slice(start, start + slice)) {
      const order = assembleGroup(g);
      const capturedAt = Math.max(...order.files.map((name) => modified.get(name) ?? now));
      const result = toOrderRecord(order, { capturedAt, url: `import:${order.files.join(',')}` });
      if (result.ok) orders.push(result.record);
      else rejected.push(result.rejected);
    }
    options.onProgress?.({ phase: 'check', orders: Math.min(start + slice, groups.length), ordersTotal: groups.length });
    if (start + slice < groups.length) {
      await pause();
      if (options.signal?.aborted) return aborted();
    }
  }
  return { aborted: false, files: reports, orders, rejected, notes };
}
