/**
 * How often the capture loop re-reads a list page while something on it ticks, in real headless Chromium:
 * the PDD demo order page with a clock in its header, or a 剩余发货时间 countdown in the first order's status
 * cell, each run for a minute under the loop as it was (one debounced observer on the whole document) and
 * as it is (lib/scrape/observe.ts), side by side in the same run. `npx tsx test/bench/observe.ts` runs it alone.
 */
import { fileURLToPath as toPath, pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from '../support/browser';

const HERE = join(toPath(import.meta.url), '..');
const ROOT = join(HERE, '..', '..');
const PAGE_URL = 'https://mms.pinduoduo.com/orders/list';

export type Ticker = 'header clock' | 'countdown in a row';
export type Loop = 'before' | 'now';

export interface ObserveBenchRow {
  ticker: Ticker;
  loop: Loop;
  /** Reads of the list per minute after the one on load. */
  rereads: number;
  /** Messages sent to the background per minute, the one on load included. */
  sends: number;
  /** Time spent in the reader per minute (ms). */
  readMs: number;
  /** Times the ticker ticked per minute: the page really was busy. */
  ticks: number;
}

// The loop before this change, verbatim but for names: the baseline, bundled like the current one.
const LOOP_BEFORE = `
function observeDebounced(root: Node, onChange: () => void, delayMs = 400): () => void {
  const win = (root.ownerDocument ?? (root as Document)).defaultView!;
  let timer: number | undefined;
  const schedule = () => {
    if (timer !== undefined) win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      timer = undefined;
      onChange();
    }, delayMs);
  };
  const observer = new win.MutationObserver(schedule);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
  };
}
function fingerprint(m) {
  return JSON.stringify([m.url, m.records.map((r) => ({ ...(r as object), capturedAt: 0 })), m.rejected]);
}
function startCaptureBefore(adapter, env): () => void {
  let last = '';
  let stopped = false;
  const run = () => {
    if (stopped) return;
    try {
      const message = readPage(adapter, env.document, env.now());
      if (!message) return;
      const print = fingerprint(message);
      if (print === last) return;
      last = print;
      env.send(message).catch((error: unknown) => {
        last = '';
        if (!String(error).includes('Extension context invalidated')) console.debug('[ShopLens]', error);
      });
    } catch (error) {
      console.debug('[ShopLens] could not read this page', error);
    }
  };
  const stopObserving = observeDebounced(env.document.documentElement, run, env.debounceMs ?? 400);
  run();
  return () => {
    stopped = true;
    stopObserving();
  };
}`;

/** Both loops over the PDD adapter, its reader counted and timed, `send` answering ok at once. */
async function loopsBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { startCapture } from './lib/messaging/capture-client';
        import { readPage } from './lib/messaging/read-page';
        import { pdd } from './lib/platforms/pdd';
        ${LOOP_BEFORE}
        const stats = { reads: 0, readMs: 0, sends: 0, ticks: 0 };
        // Both loops read through eachOrderRow (readPage and readPageInSlices alike): a read is counted when it
        // starts, its time summed over its slices.
        const adapter = { ...pdd, eachOrderRow(root: ParentNode) {
          stats.reads++;
          const rows = pdd.eachOrderRow!(root)[Symbol.iterator]();
          return { [Symbol.iterator]() { return this; }, next() {
            const t = performance.now();
            try { return rows.next(); } finally { stats.readMs += performance.now() - t; }
          } };
        } };
        const env = { document, now: () => Date.now(), send: async (m) => {
          stats.sends++;
          return { ok: true as const, captureId: stats.sends, saved: m.records.length, added: 0, rejected: m.rejected.length };
        } };
        (globalThis as any).__bench = { stats, start: (loop: string) => (loop === 'now' ? startCapture : startCaptureBefore)(adapter, env) };`,
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

/** Puts the ticker on the page and starts it: one text change a second, as the consoles' own timers do. */
function startTicker(ticker: Ticker) {
  const stats = (globalThis as unknown as { __bench: { stats: { ticks: number } } }).__bench.stats;
  const el = document.createElement('span');
  if (ticker === 'header clock') document.querySelector('main')!.prepend(el);
  else document.querySelector('.order-status')!.after(el);
  let left = 24 * 3600;
  setInterval(() => {
    stats.ticks++;
    left--;
    el.textContent =
      ticker === 'header clock'
        ? new Date().toISOString()
        : `剩余发货时间 ${Math.floor(left / 3600)}:${String(Math.floor(left / 60) % 60).padStart(2, '0')}:${String(left % 60).padStart(2, '0')}`;
  }, 1000);
}

async function runOne(browser: Browser, html: string, bundle: string, ticker: Ticker, loop: Loop, ms: number) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(`${PAGE_URL}**`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(PAGE_URL);
  await page.addScriptTag({ content: bundle });
  await page.evaluate(startTicker, ticker);
  await page.evaluate((l) => void (globalThis as unknown as { __bench: { start(l: string): unknown } }).__bench.start(l), loop);
  await page.waitForTimeout(ms);
  const stats = await page.evaluate(() => (globalThis as unknown as { __bench: { stats: Record<string, number> } }).__bench.stats);
  await context.close();
  const perMinute = (x: number) => (x * 60_000) / ms;
  return { ticker, loop, rereads: perMinute(stats.reads! - 1), sends: perMinute(stats.sends!), readMs: perMinute(stats.readMs!), ticks: perMinute(stats.ticks!) };
}

/**
 * Runs the four cases (two tickers × two loops) at once, each in its own browser context, for `ms` of real
 * time (default a minute: the new loop reads a list whose text changes at most once per 30 s, so a shorter
 * run would not show it), and gives the counts per minute.
 */
export async function benchObserve(ms = 60_000): Promise<ObserveBenchRow[]> {
  const html = readFileSync(join(ROOT, 'test', 'fixtures', 'html', 'pdd-orders.html'), 'utf8');
  const bundle = await loopsBundle();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const cases = (['header clock', 'countdown in a row'] as const).flatMap((t) => (['before', 'now'] as const).map((l) => [t, l] as const));
    return await Promise.all(cases.map(([t, l]) => runOne(browser, html, bundle, t, l, ms)));
  } finally {
    await browser.close();
  }
}

/** The RESULTS.md section for benchObserve's rows. */
export function observeSection(rows: ObserveBenchRow[]): string[] {
  const f = (x: number) => (Math.round(x * 10) / 10).toString();
  return [
    '## Capture loop: re-reads on a page with a ticking clock',
    '',
    'The PDD demo order page in real headless Chromium with one text change a second — a clock in the page header, or a 剩余发货时间 countdown in the first order\'s status cell — for one minute of real time per case, the four cases at once in separate browser contexts. "Before" is the loop as it was (one 400 ms-debounced observer on the whole document, reading in one go, kept in test/bench/observe.ts), "now" the current one (lib/scrape/observe.ts: text changes outside the list are ignored, inside it read at most once per 30 s; read in slices). Counts per minute; the read on load is not a re-read but its send is counted.',
    '',
    '| ticker | loop | ticks | re-reads | sends | time in the reader (ms) |',
    '|---|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.ticker} | ${r.loop} | ${f(r.ticks)} | ${f(r.rereads)} | ${f(r.sends)} | ${r.readMs.toFixed(0)} |`),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchObserve(Number(process.env.OBSERVE_BENCH_MS) || undefined)
    .then((rows) => console.log(observeSection(rows).join('\n')))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
