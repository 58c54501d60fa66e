/** The side-panel section of RESULTS.md (panel-open.ts measures it). */
import type { PanelBenchResult, PanelRun, PanelTab, PanelVariantResult } from './panel-open';
import type { StepTiming } from './panel-probe';
import { median } from './timing';

const LABEL: Record<PanelTab, string> = { capture: '采集', kpi: '经营', rfm: '客户', stock: '库存', sku: 'SKU', titles: '标题' };
const TABS = ['kpi', 'rfm', 'stock', 'sku', 'titles'] as const;

/** The issue's targets on this machine (issue 12 item 4). */
export const PANEL_TARGETS = { firstTabMs: 300, otherTabMs: 500, heapMb: 150, scrollLongTasks: 0, popupMs: 100 };

const f0 = (x: number) => Math.round(x).toLocaleString('en-US');

/** Median and max of one step over the runs, with the long tasks (> 50 ms) of the median run. */
interface StepStats {
  median: number;
  painted: number;
  max: number;
  longTasks: number;
  longest: number;
}

function stats(steps: (StepTiming | undefined)[]): StepStats | undefined {
  const got = steps.filter((s): s is StepTiming => s !== undefined);
  if (!got.length) return undefined;
  const byDrawn = [...got].sort((a, b) => a.drawnMs - b.drawnMs);
  const mid = byDrawn[Math.floor(byDrawn.length / 2)]!;
  return {
    median: mid.drawnMs,
    painted: median(got.map((s) => s.paintedMs)),
    max: byDrawn[byDrawn.length - 1]!.drawnMs,
    longTasks: mid.longTasks.length,
    longest: Math.max(0, ...mid.longTasks.map((l) => l.duration)),
  };
}

const cell = (s: StepStats | undefined) => (s ? `${f0(s.median)} (${f0(s.painted)}; max ${f0(s.max)})` : '—');
const tasks = (s: StepStats | undefined) => (s ? (s.longTasks ? `${s.longTasks}, longest ${f0(s.longest)}` : 'none') : '');

/** Rows: one per step, a column per variant (the last variant is the build under test: its long tasks shown). */
function stepRows(variants: PanelVariantResult[]): string[] {
  const pick = (fn: (r: PanelRun) => StepTiming | undefined) => variants.map((v) => stats(v.runs.map(fn)));
  const row = (name: string, fn: (r: PanelRun) => StepTiming | undefined) => {
    const s = pick(fn);
    return `| ${name} | ${s.map(cell).join(' | ')} | ${tasks(s[s.length - 1])} |`;
  };
  return [
    row('open → 采集 drawn', (r) => r.open),
    ...TABS.map((t) => row(`click ${LABEL[t]} → drawn`, (r) => r.switches[t])),
    row('click 采集 again → drawn', (r) => r.switches.capture),
    ...TABS.map((t) => row(`open → ${LABEL[t]} drawn (chosen at once)`, (r) => r.opens[t])),
    row('open popup → drawn', (r) => r.popup),
  ];
}

/** The scroll of the run with the median count of long tasks. */
function medianScroll(v: PanelVariantResult) {
  const s = v.runs.map((r) => r.scroll).filter((x) => x !== undefined);
  return [...s].sort((a, b) => a.longTasks.length - b.longTasks.length)[Math.floor(s.length / 2)];
}

/** Whether the build under test meets each target, in words. */
function targetsLine(v: PanelVariantResult): string {
  const first = stats(v.runs.map((r) => r.open))!;
  const others = TABS.map((t) => [t, stats(v.runs.map((r) => r.switches[t]))!] as const);
  const worst = others.reduce((a, b) => (b[1].median > a[1].median ? b : a));
  const heap = median(v.runs.map((r) => r.heap?.usedMb ?? 0));
  const scroll = medianScroll(v);
  const scrollTasks = scroll?.longTasks.length ?? 0;
  const scrollLongest = Math.max(0, ...(scroll?.longTasks.map((l) => l.duration) ?? []));
  const popup = stats(v.runs.map((r) => r.popup));
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const T = PANEL_TARGETS;
  return [
    `**Targets** (${v.variant.label}): first tab drawn < ${T.firstTabMs} ms: ${f0(first.median)} ms ${mark(first.median < T.firstTabMs)}`,
    `every other tab < ${T.otherTabMs} ms: slowest ${LABEL[worst[0]]} ${f0(worst[1].median)} ms ${mark(worst[1].median < T.otherTabMs)}`,
    `heap < ${T.heapMb} MB: ${f0(heap)} MB ${mark(heap < T.heapMb)}`,
    `no long task > 50 ms while scrolling: ${scrollTasks} (longest ${f0(scrollLongest)} ms) ${mark(scrollTasks <= T.scrollLongTasks)}`,
    `popup < ${T.popupMs} ms: ${popup ? `${f0(popup.median)} ms ${mark(popup.median < T.popupMs)}` : 'no popup built yet'}.`,
  ].join('; ');
}

export function panelSection(result: PanelBenchResult): string[] {
  const { variants, loop, runs } = result;
  const now = variants[variants.length - 1]!;
  const heapRow = `| JS heap after every tab (MB; after a GC) | ${variants.map((v) => `${f0(median(v.runs.map((r) => r.heap?.usedMb ?? 0)))} (${f0(median(v.runs.map((r) => r.heap?.afterGcMb ?? 0)))})`).join(' | ')} | |`;
  const scrollCell = (v: PanelVariantResult) => {
    const mid = medianScroll(v);
    if (!mid) return '—';
    return `${mid.frames} frames, ${f0(mid.items)} of ${f0(mid.listSize)} rows drawn, ${mid.longTasks.length} long tasks (longest ${f0(Math.max(0, ...mid.longTasks.map((l) => l.duration)))} ms)`;
  };
  const seed = now.seed;
  return [
    '## Side panel: open time with the 200k-order shop (real Chromium)',
    '',
    `The bench's big shop (${seed ? `${f0(seed.orders)} orders, ${f0(seed.products)} SKUs` : 'big-shop.ts'}) stored in the built extension's own IndexedDB in the stored format (orders, products and the capture log written directly, the derived tables and SKU codes by lib/ingest's rebuild: \`panel-seed-page.ts\`), moved forward so its last day is today. The production build in headless Chromium, a 420 × 900 page per run (${runs} runs, the variants taking turns). Times in ms from navigation start (open) or from the click on the tab, to the tab's data in the DOM (nothing \`aria-busy\`); in brackets the frame after it; long tasks (> 50 ms, the page's \`longtask\` observer) of the median run of the last column. "Chosen at once": a fresh page, the tab clicked as soon as the tab bar is drawn. Baselines in the same run: the same build on an **empty database** (what the page costs before any data), and a plain 10⁸-step loop: ${f0(loop.pageMs)} ms in the panel page, ${f0(loop.nodeMs)} ms in Node.`,
    '',
    `| step | ${variants.map((v) => v.variant.label).join(' | ')} | long tasks (${now.variant.label}) |`,
    `|---|${variants.map(() => '---:|').join('')}---|`,
    ...stepRows(variants),
    heapRow,
    `| scroll through the longest list (客户, the biggest tier) | ${variants.map(scrollCell).join(' | ')} | |`,
    '',
    targetsLine(now),
  ];
}
