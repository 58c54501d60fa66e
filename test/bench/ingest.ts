import { fileURLToPath as toPath } from 'node:url';
import { build } from 'esbuild';
import { join } from 'node:path';
import { launchWithExtension } from '../support/browser';
import type { IngestRun, Variant } from './ingest-page';
import { startProfile, stopProfile, type ProfileBucket } from './ingest-profile';

const ROOT = join(toPath(import.meta.url), '..', '..', '..');

/** One batch size: the raw bulkPut before and after the ingest with upkeep, each on a fresh database. */
export interface IngestBench {
  batch: number;
  rows: number;
  captures: number;
  raw: IngestRun[];
  ingest: IngestRun;
}

export interface IngestBenchResult {
  sizes: IngestBench[];
  /** Main-thread time of one more ingest run (`profile.orders` newest orders in `profile.batch`-row captures), by what it was spent on. */
  profile: { batch: number; orders: number; ms: number; buckets: ProfileBucket[] };
}

/** test/bench/ingest-page.ts bundled for the browser (Dexie, lib/db, lib/ingest and the big shop inside). */
async function pageBundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'test', 'bench', 'ingest-page.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

/**
 * Times, in real headless Chromium inside an extension page of the built extension (the extension's own
 * IndexedDB origin), storing `count` orders of the big shop in captures of each batch size: through
 * ingestCapture (validation, upsert, derived-table upkeep, SKU codes, capture log — one transaction per
 * capture) against a raw Dexie bulkPut of the same rows per capture into a table with the same schema. The raw
 * run goes before and after the ingest, so drift in the machine's speed shows and is averaged. Then profiles
 * one more ingest run (`profile.orders` newest orders in `profile.batch`-row captures) to say where its time goes.
 */
export async function benchIngest(batches: number[], count: number, profile: { batch: number; orders: number }): Promise<IngestBenchResult> {
  const bundle = await pageBundle();
  const browser = await launchWithExtension({ port: 9, hosts: [] });
  try {
    const page = await browser.extensionPage();
    // Runtime.evaluate is not subject to the extension page's CSP; a script tag would be.
    await page.evaluate(bundle);
    const runOnce = async (variant: Variant, batch: number, orders = count) => {
      const run = await page.evaluate(
        ([v, b, c]) => (globalThis as unknown as { __shoplensIngestBench(v: Variant, b: number, c: number): Promise<IngestRun> }).__shoplensIngestBench(v, b, c),
        [variant, batch, orders] as const,
      );
      console.log(`  ingest bench: ${variant}, ${batch}-row captures: ${run.ms.toFixed(0)} ms`);
      return run;
    };
    const sizes: IngestBench[] = [];
    for (const batch of batches) {
      const before = await runOnce('raw', batch);
      const ingest = await runOnce('ingest', batch);
      const after = await runOnce('raw', batch);
      sizes.push({ batch, rows: before.rows, captures: before.captures, raw: [before, after], ingest });
    }
    const cdp = await page.context().newCDPSession(page);
    await startProfile(cdp);
    const profiled = await runOnce('ingest', profile.batch, profile.orders);
    const buckets = await stopProfile(cdp);
    return { sizes, profile: { ...profile, ms: profiled.ms, buckets } };
  } finally {
    await browser.close();
  }
}
