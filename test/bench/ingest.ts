import { fileURLToPath as toPath } from 'node:url';
import { benchPageBundle } from './page-bundle';
import { join } from 'node:path';
import { launchWithExtension } from '../support/browser';
import type { IngestRun, Scenario } from './ingest-page';
import { startProfile, stopProfile, type ProfileBucket } from './ingest-profile';
import { bigShop } from './big-shop';
import { JS_SPEED_ORDERS, digestPassesMs } from './js-speed';
import type { Order } from '../../lib/domain';

const ROOT = join(toPath(import.meta.url), '..', '..', '..');

export interface IngestBenchResult {
  /** Each scenario and batch size, run `repeats` times (twice that for 1000-row captures: see benchIngest). */
  runs: IngestRun[][];
  /** js-speed.ts's workload in the extension page and in Node (ms). */
  jsSpeed: { pageMs: number; nodeMs: number };
  /** Main-thread time of one more run (both variants), by what it was spent on. */
  profile: { scenario: Scenario; batch: number; run: IngestRun; buckets: ProfileBucket[] };
}

/**
 * Times, in real headless Chromium inside an extension page of the built extension (the extension's own
 * IndexedDB origin), storing `count` orders of the big shop in captures, for each [scenario, batch size]:
 * ingestCapture (validation, upsert, SKU codes, capture log, the derived tables written behind) against a raw
 * Dexie bulkPut of the same rows, the two alternating capture by capture (ingest-page.ts). Then profiles one
 * more run to say where the time goes.
 */
export async function benchIngest(
  cases: [Scenario, number][],
  count: number,
  repeats: number,
  profile: [Scenario, number],
  /** Ingest time between writes of the derived tables (ingest-page.ts flushPolicy); 0: after every capture. */
  flushEveryMs?: number,
): Promise<IngestBenchResult> {
  const bundle = await benchPageBundle('ingest-page.ts');
  const browser = await launchWithExtension({ port: 9, hosts: [] });
  try {
    const page = await browser.extensionPage();
    // Runtime.evaluate is not subject to the extension page's CSP; a script tag would be.
    await page.evaluate(bundle);
    if (flushEveryMs !== undefined)
      await page.evaluate((ms) => void ((globalThis as unknown as { __shoplensIngestFlush: { everyMs: number } }).__shoplensIngestFlush.everyMs = ms), flushEveryMs);
    const runOnce = async ([scenario, batch]: [Scenario, number]) => {
      const run = await page.evaluate(
        ([b, c, s]) => (globalThis as unknown as { __shoplensIngestBench(b: number, c: number, s: Scenario): Promise<IngestRun> }).__shoplensIngestBench(b, c, s),
        [batch, count, scenario] as const,
      );
      console.log(`  ingest bench: ${scenario}, ${batch}-row captures: raw ${run.rawMs.toFixed(0)} ms, ingest ${run.ingestMs.toFixed(0)} ms`);
      return run;
    };
    const runs: IngestRun[][] = [];
    for (const c of cases) {
      const repeated: IngestRun[] = [];
      // A 1000-row run is only ~23 captures, so one hiccup of the shared machine moves its ratio by ±15 %
      // (single runs 71–101 % for the same code): it is run twice as often.
      const times = c[1] >= 1000 ? 2 * repeats : repeats;
      for (let i = 0; i < times; i++) repeated.push(await runOnce(c));
      runs.push(repeated);
    }
    const pageMs = await page.evaluate(() => (globalThis as unknown as { __shoplensJsSpeed(): number }).__shoplensJsSpeed());
    const shop = bigShop().orders.sort((a, b) => b.placedAt - a.placedAt).slice(0, JS_SPEED_ORDERS);
    const nodeMs = digestPassesMs(shop.map((o) => JSON.parse(JSON.stringify(o)) as Order));
    // Profile only the timed captures: the page waits at ingest-page.ts `gate` until the profiler runs.
    const cdp = await page.context().newCDPSession(page);
    await page.evaluate(() => {
      const g = globalThis as unknown as { __shoplensIngestGate: { beforeTimed?: () => Promise<void> }; __ready?: boolean; __go?: () => void };
      g.__shoplensIngestGate.beforeTimed = () =>
        new Promise<void>((resolve) => {
          g.__ready = true;
          g.__go = resolve;
        });
    });
    const pending = runOnce(profile);
    await page.waitForFunction(() => (globalThis as unknown as { __ready?: boolean }).__ready === true, undefined, { timeout: 600_000 });
    await startProfile(cdp);
    await page.evaluate(() => (globalThis as unknown as { __go: () => void }).__go());
    const profiled = await pending;
    const buckets = await stopProfile(cdp);
    return { runs, jsSpeed: { pageMs, nodeMs }, profile: { scenario: profile[0], batch: profile[1], run: profiled, buckets } };
  } finally {
    await browser.close();
  }
}
