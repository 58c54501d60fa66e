/**
 * Import of the consoles' export files (lib/import), timed in Node against baselines measured in the same run:
 * papaparse alone over the same decoded text (plus the decode), and read-excel-file alone over the same
 * workbook. A 100k-row file per CSV flavour (JD in GBK with lines grouped into orders, Douyin in UTF-8 with a
 * BOM and tab-prefixed cells) and a 20k-row PDD workbook; also the longest stretch between two pauses (what
 * the panel's thread is held for at most). `npx tsx test/bench/import.ts` runs it alone; `npm run bench` runs it with the Chromium import (import-chromium.ts).
 */
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import { decodeText, parseExportFiles, type ParsedImport } from '../../lib/import';
import * as S from '../lib/import/sample-exports';
import { median, ms, times, type Timing } from './timing';
import { loadavg } from 'node:os';

export interface ImportCase {
  name: string;
  rows: number;
  bytes: number;
  orders: number;
  import: Timed;
  baseline: Timed & { what: string };
  /** The longest time between two pauses of the import (median run). */
  longestSliceMs: number;
}

/** Wall time, and this process's CPU time (user + system), which other processes on a busy machine do not inflate. */
type Timed = Timing & { cpuMs: number };

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function timeAsync<T>(fn: () => Promise<T>, runs: number): Promise<Timed & { result: T }> {
  let t = performance.now();
  let result = await fn();
  const coldMs = performance.now() - t;
  result = await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    const c = cpuMs();
    result = await fn();
    wall.push(performance.now() - t);
    cpu.push(cpuMs() - c);
  }
  return { coldMs, medianMs: median(wall), cpuMs: median(cpu), result };
}

/** parseExportFiles with a pause that records the longest stretch of work between two pauses. */
function importTimed(name: string, data: Uint8Array) {
  let last = 0;
  let longest = 0;
  const pause = async () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    await new Promise<void>((resolve) => setImmediate(resolve));
    last = performance.now();
  };
  return async (): Promise<{ parsed: ParsedImport; longest: number }> => {
    last = performance.now();
    longest = 0;
    const parsed = await parseExportFiles([{ name, data }], { pause });
    longest = Math.max(longest, performance.now() - last);
    return { parsed, longest };
  };
}

async function csvCase(name: string, data: Uint8Array, rows: number, runs: number): Promise<ImportCase> {
  const baseline = await timeAsync(async () => Papa.parse<string[]>(decodeText(data).text).data.length, runs);
  const run = await timeAsync(importTimed(name, data), runs);
  const parsed = run.result.parsed;
  if (parsed.rejected.length) throw new Error(`${name}: ${parsed.rejected.length} rows rejected`);
  return {
    name,
    rows,
    bytes: data.length,
    orders: parsed.orders.length,
    import: run,
    baseline: { ...baseline, what: 'TextDecoder + Papa.parse of the whole text' },
    longestSliceMs: run.result.longest,
  };
}

async function xlsxCase(name: string, data: Uint8Array, rows: number, runs: number): Promise<ImportCase> {
  const baseline = await timeAsync(async () => (await readXlsxFile(data.slice().buffer))[0]!.data.length, runs);
  const run = await timeAsync(importTimed(name, data), runs);
  return {
    name,
    rows,
    bytes: data.length,
    orders: run.result.parsed.orders.length,
    import: run,
    baseline: { ...baseline, what: 'read-excel-file alone' },
    longestSliceMs: run.result.longest,
  };
}

/** Sample orders of a platform whose export has about `rows` rows. */
export function ordersForRows(platform: 'jd' | 'douyin' | 'pdd', rows: number) {
  const orders = S.sampleOrders(platform, rows, 42);
  let n = 0;
  const cut = orders.findIndex((o) => (n += o.lines.length) >= rows);
  return orders.slice(0, cut + 1);
}

export async function benchImport(runs = 3, csvRows = 100_000, xlsxRows = 20_000): Promise<ImportCase[]> {
  const jd = S.jdExport(ordersForRows('jd', csvRows));
  const douyin = S.douyinExport(ordersForRows('douyin', csvRows));
  const pdd = await S.pddWorkbook(ordersForRows('pdd', xlsxRows));
  return [
    await csvCase('JD CSV (GBK, SKU lines)', jd, csvRows, runs),
    await csvCase('Douyin CSV (UTF-8 BOM, tabs)', douyin, csvRows, runs),
    await xlsxCase('PDD xlsx', pdd, xlsxRows, runs),
  ];
}

export function importSection(cases: ImportCase[]): string {
  const lines = [
    '| file | rows | MB | orders | import median (cold) | import CPU | baseline median | baseline CPU | ratio (CPU) | longest slice |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...cases.map(
      (c) =>
        `| ${c.name} | ${c.rows} | ${(c.bytes / 2 ** 20).toFixed(1)} | ${c.orders} | ${ms(c.import.medianMs)} ms (${ms(c.import.coldMs)}) | ${ms(c.import.cpuMs)} ms | ${ms(c.baseline.medianMs)} ms — ${c.baseline.what} | ${ms(c.baseline.cpuMs)} ms | ${times(c.import.medianMs, c.baseline.medianMs)} (${times(c.import.cpuMs, c.baseline.cpuMs)}) | ${ms(c.longestSliceMs)} ms |`,
    ),
  ];
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchImport()
    .then((cases) => console.log(`${importSection(cases)}\n\nLoad average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
