/**
 * The import bench in real headless Chromium: a 100k-row export file (JD's GBK CSV, one row per SKU line)
 * imported the whole way inside an extension page of the built extension (import-page.ts) against a raw
 * Dexie bulkPut of the same order rows, as the ingest bench does for captures. `npx tsx
 * test/bench/import-chromium.ts` runs it alone.
 */
import { fileURLToPath as toPath, pathToFileURL } from 'node:url';
import { benchPageBundle } from './page-bundle';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../support/browser';
import { buildIfStale } from '../support/build';
import { median, ms, times } from './timing';
import { ordersForRows } from './import';
import type { ImportPageRun } from './import-page';
import * as S from '../lib/import/sample-exports';

const ROOT = join(toPath(import.meta.url), '..', '..', '..');

export interface ImportChromiumResult {
  file: string;
  bytes: number;
  runs: ImportPageRun[];
}

export async function benchImportChromium(rows = 100_000, runs = 3): Promise<ImportChromiumResult> {
  const file = 'jd-orders-100k.csv';
  const data = S.jdExport(ordersForRows('jd', rows));
  const base64 = Buffer.from(data).toString('base64');
  const bundle = await benchPageBundle('import-page.ts');
  const browser = await launchWithExtension({ port: 9, hosts: [] });
  try {
    const page = await browser.extensionPage();
    await page.evaluate(bundle);
    const out: ImportPageRun[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await page.evaluate(
        ([b, name, n]) => (globalThis as unknown as { __shoplensImportBench(b: string, name: string, n: number): Promise<ImportPageRun> }).__shoplensImportBench(b, name, n),
        [base64, file, rows] as const,
      );
      console.log(`  import bench: ${run.orders} orders, parse ${run.parseMs.toFixed(0)} ms, store ${run.storeMs.toFixed(0)} ms, raw bulkPut ${run.rawMs.toFixed(0)} ms, re-import ${run.reimportMs.toFixed(0)} ms`);
      out.push(run);
    }
    return { file, bytes: data.length, runs: out };
  } finally {
    await browser.close();
  }
}

/** The Chromium import section of RESULTS.md. */
export function importChromiumSection(r: ImportChromiumResult): string[] {
  const m = (f: (x: ImportPageRun) => number) => median(r.runs.map(f));
  const first = r.runs[0]!;
  return [
    '## Import: a 100k-row export file in Chromium',
    '',
    `A ${first.rows.toLocaleString('en')}-row JD order export (GBK CSV, ${(r.bytes / 2 ** 20).toFixed(1)} MB, one row per SKU line → ${first.orders.toLocaleString('en')} orders) imported the whole way in an extension page of the built extension, into a fresh database: parsed as the side panel parses it (lib/import), sent to the receiver in chunks of 2,000 orders with a JSON round trip per message (what runtime messaging costs), staged and stored by storeImport in one transaction with the derived tables and SKU codes written. Against it, a raw Dexie \`bulkPut\` of the same order rows into an empty database. Median of ${r.runs.length} runs.`,
    '',
    '| file | orders | parse | send + store | import total | raw bulkPut | ratio (import / raw) | re-import (all unchanged) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    `| ${r.file} | ${first.orders} | ${ms(m((x) => x.parseMs))} ms | ${ms(m((x) => x.storeMs))} ms | ${ms(m((x) => x.importMs))} ms | ${ms(m((x) => x.rawMs))} ms | ${times(m((x) => x.importMs), m((x) => x.rawMs))} (store alone ${times(m((x) => x.storeMs), m((x) => x.rawMs))}) | ${ms(m((x) => x.reimportMs))} ms |`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildIfStale();
  benchImportChromium()
    .then((r) => console.log(`${importChromiumSection(r).join('\n')}\n\nLoad average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
