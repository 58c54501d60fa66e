import { fileURLToPath as toPath } from 'node:url';
import { build } from 'esbuild';
import { join } from 'node:path';
import { launchWithExtension } from '../support/browser';
import { startFixtureServer } from '../support/fixture-server';
import { DEMO_PAGES } from '../fixtures/pages';
import { bigOrderPages } from './big-pages';

const HERE = join(toPath(import.meta.url), '..');

export interface CaptureBenchRow {
  page: string;
  rows: number;
  readMs: number;
  baselineMs: number;
  /** Long tasks (> 50 ms) the host page saw during one read as the content script reads (in slices), and the longest (ms). */
  longTasks?: number;
  longestMs?: number;
  /** Slices that read took, and its time from start to message (ms), the page's turns between slices included. */
  slices?: number;
  slicedMs?: number;
}

const ROOT = join(HERE, '..', '..');

/** The content script's reading path (detect page → extract → parse) bundled for injection into a page. */
async function readerBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { detectPage } from './lib/platforms/registry';
        import { readPage, readPageInSlices, yieldToPage } from './lib/messaging/read-page';
        globalThis.__shoplensRead = () => {
          const found = detectPage(location.href);
          return found ? readPage(found.adapter, document, Date.now()) : undefined;
        };
        // The content script's path: the same read in slices, the page's event loop turning between them.
        globalThis.__shoplensReadSliced = async () => {
          const found = detectPage(location.href);
          let slices = 1;
          const pause = () => (slices++, yieldToPage());
          const m = found ? await readPageInSlices(found.adapter, document, Date.now(), { pause }) : undefined;
          return { rows: m?.read ?? 0, slices };
        };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  });
  return result.outputFiles[0]!.text;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Times, in real headless Chromium, what the content script does on each demo list page (read the DOM,
 * parse every row) against a baseline measured on the same page in the same run: one `textContent` read of
 * the whole body, the least any reader of the page could do.
 */
/** Times one page: read + parse against one body textContent read, in blocks; then one read watched for long tasks. */
async function timePage(tab: import('playwright-core').Page, iterations: number) {
  return tab.evaluate(async (n) => {
    const read = (globalThis as unknown as { __shoplensRead(): { read: number } | undefined }).__shoplensRead;
    // Chromium's timer has 0.1 ms resolution: time blocks of runs and divide, so the cheap baseline
    // is measured, not rounded to zero.
    const block = 10;
    const readMs: number[] = [];
    const baseMs: number[] = [];
    let rows = 0;
    for (let i = 0; i < n; i++) {
      let t = performance.now();
      for (let k = 0; k < block; k++) rows = read()?.read ?? 0;
      readMs.push((performance.now() - t) / block);
      t = performance.now();
      let chars = 0;
      for (let k = 0; k < block * 10; k++) chars += document.body.textContent!.length;
      baseMs.push((performance.now() - t) / (block * 10) + chars * 0);
    }
    // One read as the content script does it (in slices), watched by the page's own long-task observer.
    const sliced = (globalThis as unknown as { __shoplensReadSliced(): Promise<{ slices: number }> }).__shoplensReadSliced;
    const longs: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longs.push(e.duration)));
    observer.observe({ type: 'longtask' });
    await new Promise((r) => setTimeout(r, 50));
    const started = performance.now();
    const { slices } = await new Promise<{ slices: number }>((resolve) => setTimeout(() => resolve(sliced()), 0));
    const slicedMs = performance.now() - started;
    await new Promise((r) => setTimeout(r, 500));
    observer.disconnect();
    return { rows, readMs, baseMs, longs, slices, slicedMs };
  }, iterations);
}

export async function benchCapture(iterations = 15, opts: { demoPages?: boolean } = {}): Promise<CaptureBenchRow[]> {
  const bundle = await readerBundle();
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ port: server.port, hosts: server.hosts });
  const out: CaptureBenchRow[] = [];
  try {
    for (const page of opts.demoPages === false ? [] : DEMO_PAGES) {
      const tab = await browser.context.newPage();
      await tab.goto(page.urls[0]!);
      await tab.addScriptTag({ content: bundle });
      const timing = await timePage(tab, iterations);
      out.push({ page: page.name, rows: timing.rows, readMs: median(timing.readMs), baselineMs: median(timing.baseMs) });
      await tab.close();
    }
    // 500-order lists, served at the console URLs by the test browser itself.
    for (const big of bigOrderPages(500)) {
      const tab = await browser.context.newPage();
      await tab.route(big.url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: big.html }));
      await tab.goto(big.url);
      await tab.addScriptTag({ content: bundle });
      const timing = await timePage(tab, 3);
      out.push({
        page: `${big.page.name} × 500`,
        rows: timing.rows,
        readMs: median(timing.readMs),
        baselineMs: median(timing.baseMs),
        longTasks: timing.longs.length,
        longestMs: Math.max(0, ...timing.longs),
        slices: timing.slices,
        slicedMs: timing.slicedMs,
      });
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
