/**
 * `npm run bench`: speed figures as ratios against baselines measured in the same run, written to
 * test/bench/RESULTS.md. Never run by `npm test` (no timed assertions in tests).
 */
import { fileURLToPath as toPath } from 'node:url';
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchAnalytics } from './analytics';
import { analyticsSection } from './analytics-report';
import { benchCapture } from './capture';
import { captureRowLine } from './big-pages';
import { benchIngest } from './ingest';
import { ingestSection } from './ingest-report';
import { benchObserve, observeSection } from './observe';
import { benchImport, importSection } from './import';
import { benchImportChromium, importChromiumSection } from './import-chromium';
import { benchBackup, backupSection } from './backup';
import { benchPanel, panelVariants } from './panel-open';
import { panelSection } from './panel-report';
import { CHROMIUM } from '../support/browser';
import { buildIfStale } from '../support/build';

const HERE = join(toPath(import.meta.url), '..');
const ROOT = join(HERE, '..', '..');
const ANALYTICS_RUNS = 11;
const INGEST_ORDERS = 20_000;
const INGEST_REPEATS = 2;

const version = (pkg: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

async function main() {
  const started = performance.now();
  buildIfStale();
  const chromium = execSync(`${CHROMIUM} --version`, { encoding: 'utf8' }).trim();
  console.log('Analytics in Node …');
  const analytics = benchAnalytics(ANALYTICS_RUNS);
  console.log('Capture in Chromium …');
  const capture = await benchCapture();
  console.log('Capture loop in Chromium (1 min) …');
  const observe = await benchObserve();
  console.log('Ingest in Chromium …');
  const ingest = await benchIngest(
    [
      ['history', 50],
      ['history', 1000],
      ['empty', 50],
      ['empty', 1000],
      ['recapture', 50],
    ],
    INGEST_ORDERS,
    INGEST_REPEATS,
    ['history', 50],
  );
  console.log('Import of export files in Node and in Chromium …');
  const importNode = await benchImport();
  const importChromium = await benchImportChromium();
  console.log('Backup and restore of the 200k-order shop in Chromium …');
  const backup = await benchBackup();
  console.log('Side panel in Chromium …');
  const panel = await benchPanel(panelVariants());
  const lines: string[] = [
    '# Benchmark results',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromium} (headless), Dexie ${version('dexie')}, Arquero ${version('arquero')}. A shared virtual machine: other work on it moves single figures by ±30 %, which is why every figure is set against a baseline measured in the same run. Re-run with \`npm run bench\`.`,
    '',
    ...analyticsSection(analytics, ANALYTICS_RUNS),
    '',
    ...ingestSection(ingest, INGEST_ORDERS),
    '',
    ...importChromiumSection(importChromium),
    '',
    'Parsing alone in Node (lib/import, CPU time of this process against papaparse or read-excel-file alone over the same file, with the longest stretch between two pauses — what the panel\'s thread is held for at most):',
    '',
    importSection(importNode),
    '',
    ...backupSection(backup),
    '',
    '## Capture: reading a list page in the content script',
    '',
    'Median of 15 blocks (10 reads each; the baseline 100 reads each, as the Chromium timer has 0.1 ms resolution) in real headless Chromium on each demo page: the whole content-script path (detect the page, read every row off the DOM, parse and validate each row) against a baseline on the same page in the same run — one `document.body.textContent` read, the least any reader could do.',
    '',
    'The `× 500` rows are each platform\'s order page drawn with 500 orders (the demo orders repeated under new ids; a paged list shows its first page): the reading cost of a long list, and one read as the content script makes it — in slices of at most ~30 ms with a turn of the page\'s event loop between them (`readPageInSlices`, lib/messaging/read-page.ts) — with the slices it took, its time from start to message, and the long tasks (> 50 ms, the page\'s own `longtask` observer) it caused on the host page.',
    '',
    '| page | rows | read + parse (ms) | baseline (ms) | ratio | sliced read: slices / ms | long tasks > 50 ms (longest) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...capture.map(captureRowLine),
    '',
    ...observeSection(observe),
    '',
    ...panelSection(panel),
    '',
    `The whole benchmark took ${((performance.now() - started) / 60_000).toFixed(1)} min.`,
  ];
  const text = lines.join('\n') + '\n';
  writeFileSync(join(HERE, 'RESULTS.md'), text);
  console.log(text);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
