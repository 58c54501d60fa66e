import type { IngestBenchResult } from './ingest';

/** Target of issue 3: ingest with upkeep stores at least this share of the raw bulkPut rate. */
export const INGEST_TARGET = 0.8;

const rate = (rows: number, ms: number) => (rows * 1000) / ms;
const n = (x: number) => Math.round(x).toLocaleString('en');

/** The Chromium ingest section of RESULTS.md: rows/s of both variants per batch size, the ratio, the profile. */
export function ingestSection(r: IngestBenchResult, count: number): string[] {
  const first = r.sizes[0]!;
  const tables = first.ingest.tables ?? {};
  const rows = r.sizes.map((s) => {
    const rawMs = (s.raw[0]!.ms + s.raw[1]!.ms) / 2;
    const ratio = rawMs / s.ingest.ms;
    return { s, rawMs, ratio };
  });
  const profileTotal = r.profile.buckets.reduce((a, b) => a + b.ms, 0);
  const missed = rows.filter((x) => x.ratio < INGEST_TARGET);
  return [
    '## Ingest in Chromium: a capture with upkeep against a raw bulkPut',
    '',
    `Real headless Chromium, inside an extension page of the built extension (\`chrome-extension://…/sidepanel.html\`, so IndexedDB is the extension's own), code bundled with esbuild and evaluated in that page. The ${n(count)} newest orders of the big shop (${n(first.rows)} stored), cut into captures as the consoles list them — one platform per capture, newest first — of 50 rows (a console page) and of 1,000 rows. Each variant starts from a fresh, empty database:`,
    '',
    '- **raw**: `bulkPut` of each capture\'s rows into a Dexie table with the same `orders` schema (primary key and indexes), one transaction per capture; run before and after the ingest, their mean is the baseline;',
    `- **ingest**: \`ingestCapture\` per capture — Zod validation of every record, read of the stored versions, merge and upsert, derived-table upkeep (customerStats, dailyStats, skuStats), unified SKU codes, capture log — in one read-write transaction. Zod runs without its JIT, as in the extension (the page's CSP forbids eval: ${first.ingest.evalAllowed ? 'NOT forbidden here — check' : 'confirmed'}). Afterwards the database holds ${Object.entries(tables).map(([k, v]) => `${n(v)} ${k}`).join(', ')} rows.`,
    '',
    '| captures of | captures | raw bulkPut: ms (before / after) | raw rows/s | ingest ms | ingest rows/s | ingest ÷ raw |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      ({ s, rawMs, ratio }) =>
        `| ${s.batch} rows | ${s.captures} | ${n(s.raw[0]!.ms)} / ${n(s.raw[1]!.ms)} | ${n(rate(s.rows, rawMs))} | ${n(s.ingest.ms)} | ${n(rate(s.rows, s.ingest.ms))} | **${(ratio * 100).toFixed(0)} %** |`,
    ),
    '',
    missed.length === 0
      ? `**Target "ingest with upkeep at least ${INGEST_TARGET * 100} % of the raw bulkPut rate": met** for every batch size.`
      : `**Target "ingest with upkeep at least ${INGEST_TARGET * 100} % of the raw bulkPut rate": NOT met** — ${rows.map((x) => `${(x.ratio * 100).toFixed(0)} % with ${x.s.batch}-row captures`).join(', ')}.`,
    '',
    `### Where an ingest's time goes`,
    '',
    `One more ingest run, the ${n(r.profile.orders)} newest orders in ${r.profile.batch}-row captures (${n(r.profile.ms)} ms under the sampling profiler, which slows it), the page's main thread by what it was doing. Samples are attributed to the first of these found on their stack; after an \`await\` the stack often starts in Dexie's request callbacks, so the orders read and write and the capture log land mostly in the last rows:`,
    '',
    '| spent on | ms | share |',
    '|---|---:|---:|',
    ...r.profile.buckets.filter((b) => b.ms > 0).map((b) => `| ${b.name} | ${n(b.ms)} | ${((100 * b.ms) / profileTotal).toFixed(0)} % |`),
  ];
}
