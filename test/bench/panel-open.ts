/**
 * The side panel's open time in real headless Chromium with the big shop (big-shop.ts: 200k orders, 5k SKUs)
 * stored in the built extension's own IndexedDB (panel-seed-page.ts), the production build. For each run, in a
 * fresh tab: open sidepanel.html to the 采集 tab drawn, then each tab from its click to its data drawn, the JS
 * heap after all of them, and a scroll through the longest list with its long tasks; then each analytics tab
 * chosen as soon as the panel shows its tab bar, from navigation start; and the popup, once there is one.
 *
 * Baselines measured in the same run, the runs interleaved so each variant sees the machine at the same
 * moments: the same panel opened on an empty database (what loading the page costs before any data), a plain
 * loop in the page and in Node (how fast this Chromium runs JavaScript today) and, with `--before=<commit>`
 * (or PANEL_BEFORE), the extension built from that commit with the shop stored in its own format.
 *
 * `npx tsx test/bench/panel-open.ts [--before=<commit>] [--runs=3]` runs this section alone and replaces it in RESULTS.md;
 * `npm run bench` runs it with the rest.
 */
import { fileURLToPath as toPath } from 'node:url';
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { EXTENSION_DIR, ROOT, buildExtension, buildIfStale, chromeBuildOf } from '../support/build';
import type { SeedResult } from './panel-seed-page';
import { plainLoop, type PanelProbe, type ScrollTiming, type StepTiming } from './panel-probe';
import { panelSection } from './panel-report';

export const PANEL_TABS = ['kpi', 'rfm', 'stock', 'sku', 'titles'] as const;
export type PanelTab = 'capture' | (typeof PANEL_TABS)[number];
/** Animation frames the scroll through the longest list runs for at most (~5 s at 60 Hz). */
const SCROLL_FRAMES = 300;

/** A build of the extension to time, and the sources its seed script is bundled from. */
export interface PanelVariant {
  label: string;
  root: string;
  extensionDir: string;
  /** Whether the big shop is stored (false: the empty-database baseline). */
  seeded: boolean;
}

export interface PanelRun {
  /** Navigation start to the 采集 tab drawn. */
  open: StepTiming;
  /** Click to drawn, for each tab in turn, then 采集 again (`capture`). */
  switches: Partial<Record<PanelTab, StepTiming>>;
  /** Navigation start to each analytics tab drawn, the tab chosen as soon as its button exists. */
  opens: Partial<Record<PanelTab, StepTiming>>;
  /** The page's JS heap after every tab was opened, and after a garbage collection (MB). */
  heap?: { usedMb: number; afterGcMb: number };
  scroll?: ScrollTiming & { listSize: number };
  popup?: StepTiming;
}

export interface PanelVariantResult {
  variant: PanelVariant;
  seed?: SeedResult;
  runs: PanelRun[];
}

export interface PanelBenchResult {
  variants: PanelVariantResult[];
  /** The plain loop (panel-probe.ts plainLoop) in the panel page and in Node, ms. */
  loop: { pageMs: number; nodeMs: number };
  runs: number;
}

type ProbeWindow = { __probe: PanelProbe };

async function bundle(entry: string): Promise<string> {
  const out = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, target: 'chrome120', logLevel: 'warning' });
  return out.outputFiles[0]!.text;
}

/** The extension as built from `ref` (a commit), in a folder of its own under the system's temp dir. */
export function variantAt(ref: string, label = `before (${ref})`): PanelVariant {
  const sha = execSync(`git rev-parse ${ref}`, { cwd: ROOT, encoding: 'utf8' }).trim();
  const root = join(tmpdir(), `shoplens-bench-${sha.slice(0, 12)}`);
  const outputDir = join(root, '.output-test');
  if (!existsSync(join(chromeBuildOf(outputDir), 'manifest.json'))) {
    mkdirSync(root, { recursive: true });
    execSync(`git archive ${sha} | tar -x -C ${root}`, { cwd: ROOT, stdio: 'inherit' });
    if (!existsSync(join(root, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
    buildExtension(root, outputDir);
  }
  return { label, root, extensionDir: chromeBuildOf(outputDir), seeded: true };
}

/**
 * The empty-database baseline, the `--before` build if asked for, and the build of the working tree — copied
 * to a folder of this run's own, so tests that rebuild the shared test build meanwhile do not change it under
 * the browsers.
 */
export function panelVariants(before = process.env.PANEL_BEFORE): PanelVariant[] {
  buildIfStale();
  const extensionDir = join(mkdtempSync(join(tmpdir(), 'shoplens-panel-')), 'chrome-mv3');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const now: PanelVariant = { label: 'now', root: ROOT, extensionDir, seeded: true };
  return [{ label: 'empty database', root: ROOT, extensionDir, seeded: false }, ...(before ? [variantAt(before)] : []), now];
}

const probe = <A, R>(page: Page, step: keyof PanelProbe, arg?: A): Promise<R> =>
  page.evaluate(([s, a]) => ((window as unknown as ProbeWindow).__probe[s] as (x: unknown) => Promise<R>)(a), [step, arg] as const) as Promise<R>;

async function newPanel(browser: ExtensionBrowser, file = 'sidepanel.html'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 420, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/${file}`, { waitUntil: 'commit' });
  return page;
}

/** One run of one variant: see the file comment. */
async function runOnce(browser: ExtensionBrowser, variant: PanelVariant): Promise<PanelRun> {
  const page = await newPanel(browser);
  const run: PanelRun = { open: await probe(page, 'openTab', ['capture', false]), switches: {}, opens: {} };
  for (const tab of [...PANEL_TABS, 'capture'] as const) run.switches[tab] = await probe(page, 'switchTab', tab);
  const cdp = await page.context().newCDPSession(page);
  const used = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await cdp.send('HeapProfiler.collectGarbage');
  run.heap = { usedMb: used / 2 ** 20, afterGcMb: (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20 };
  if (variant.seeded) {
    await probe(page, 'switchTab', 'rfm');
    const listSize = await probe<undefined, number>(page, 'chooseBiggestTier');
    run.scroll = { ...(await probe<number, ScrollTiming>(page, 'scrollLongest', SCROLL_FRAMES)), listSize };
  }
  await page.close();
  for (const tab of PANEL_TABS) {
    const fresh = await newPanel(browser);
    run.opens[tab] = await probe(fresh, 'openTab', [tab, true]);
    await fresh.close();
  }
  // The popup (issue 12) is timed from navigation start to drawn once its entrypoint is built.
  if (existsSync(join(variant.extensionDir, 'popup.html'))) {
    const popup = await newPanel(browser, 'popup.html');
    run.popup = await probe(popup, 'openPage');
    await popup.close();
  }
  return run;
}

/** Stores the big shop in the variant's database from a page that draws nothing (the extension's manifest). */
async function seedShop(browser: ExtensionBrowser, variant: PanelVariant): Promise<SeedResult> {
  const script = await bundle(join(variant.root, 'test', 'bench', 'panel-seed-page.ts'));
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
  await page.evaluate(script);
  const seed = await page.evaluate(() => (globalThis as unknown as { __shoplensSeedBigShop(): Promise<SeedResult> }).__shoplensSeedBigShop());
  await page.close();
  console.log(`  panel bench: ${variant.label}: stored ${seed.orders} orders in ${(seed.ms / 1000).toFixed(0)} s (${JSON.stringify(seed.tables)})`);
  return seed;
}

/** Every variant in its own browser, seeded, then `runs` rounds with the variants taking turns. */
export async function benchPanel(variants: PanelVariant[], runs = 3): Promise<PanelBenchResult> {
  const probeScript = await bundle(join(ROOT, 'test', 'bench', 'panel-probe.ts'));
  const results: PanelVariantResult[] = [];
  const browsers: ExtensionBrowser[] = [];
  try {
    for (const variant of variants) {
      const browser = await launchWithExtension({ port: 9, hosts: [], extensionDir: variant.extensionDir });
      browsers.push(browser);
      await browser.context.addInitScript({ content: probeScript });
      results.push({ variant, runs: [], ...(variant.seeded ? { seed: await seedShop(browser, variant) } : {}) });
    }
    for (let r = 0; r < runs; r++) {
      for (let v = 0; v < variants.length; v++) {
        const run = await runOnce(browsers[v]!, variants[v]!);
        results[v]!.runs.push(run);
        console.log(`  panel bench: ${variants[v]!.label}, run ${r + 1}: open → 采集 ${run.open.drawnMs.toFixed(0)} ms`);
      }
    }
    const page = await newPanel(browsers[0]!);
    const pageMs = await probe<undefined, number>(page, 'plainLoop');
    await page.close();
    return { variants: results, loop: { pageMs, nodeMs: plainLoop() }, runs };
  } finally {
    for (const b of browsers) await b.close();
  }
}

/** Replaces (or appends) the panel section of RESULTS.md, leaving the other sections as they are. */
function spliceResults(section: string[]): void {
  const file = join(toPath(import.meta.url), '..', 'RESULTS.md');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
  const heading = section[0]!;
  const start = text.indexOf(heading);
  const end = start < 0 ? -1 : text.indexOf('\n## ', start + heading.length);
  const body = section.join('\n') + '\n';
  const next = start < 0 ? `${text.trimEnd()}\n\n${body}` : text.slice(0, start) + body + (end < 0 ? '' : text.slice(end));
  writeFileSync(file, next);
}

if (process.argv[1] && toPath(import.meta.url) === process.argv[1]) {
  const before = process.argv.find((a) => a.startsWith('--before='))?.slice('--before='.length);
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
  benchPanel(panelVariants(before), runs)
    .then((result) => {
      const commit = execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
      const section = [...panelSection(result), '', `Measured alone (\`npx tsx test/bench/panel-open.ts\`) on ${new Date().toISOString().slice(0, 10)} at ${commit} and its working tree.`];
      spliceResults(section);
      console.log(section.join('\n'));
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
