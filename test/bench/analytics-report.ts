import type { AnalyticsBench, Step } from './analytics';
import { ms, times, type Timing } from './timing';

/** Target of issue 3: every analytics computation over the big shop, together, under this many ms in Node. */
export const ANALYTICS_BUDGET_MS = 500;
/** Target of issue 3: at least this many times faster than the Arquero baseline. */
export const ARQUERO_TARGET = 2;

/** Said of a verdict whose figure lies within 15 % of its threshold: single runs here move that much. */
const close = (value: number, threshold: number) =>
  Math.abs(value - threshold) / threshold < 0.15 ? ` Within 15 % of the threshold: on this shared machine the verdict can flip from one run to the next.` : '';

const total = (steps: readonly Timing[], key: keyof Timing) => steps.reduce((a, s) => a + s[key], 0);
const n = (x: number) => x.toLocaleString('en');

/** The Node section of RESULTS.md: the shop, each step, the totals against the budget, and Arquero. */
export function analyticsSection(b: AnalyticsBench, runs: number): string[] {
  const s = b.shape;
  const panelMs = total(b.panel, 'medianMs');
  const panelCold = total(b.panel, 'coldMs');
  const steady = b.panel.find((p) => p.name.startsWith('SKU codes'))!;
  const firstOpenMs = panelMs - steady.medianMs + b.firstOpen.medianMs;
  const top = [...b.panel].sort((x, y) => y.medianMs - x.medianMs);
  const over = panelMs - ANALYTICS_BUDGET_MS;
  const row = (p: Step) => `| ${p.name} | ${p.what} | ${ms(p.medianMs)} | ${ms(p.coldMs)} | ${((100 * p.medianMs) / panelMs).toFixed(0)} % |`;
  const lines = [
    '## Analytics in Node over the big shop',
    '',
    `The shop (test/bench/big-shop.ts, deterministic): 4 platforms, a year, ${n(s.orders)} orders, ${n(s.lines)} order lines, ${n(s.skus)} SKUs, ${n(s.buyers)} buyers (platform + nickname), ${n(s.onceBuyers)} of them (${((100 * s.onceBuyers) / s.buyers).toFixed(0)} %) with one order, the most active with ${s.maxOrders}. 70 % of orders have a counted status, so ${n(s.customers)} buyers have a counted order. Derived tables: ${n(s.customers)} customerStats, ${n(s.dayRows)} dailyStats, ${n(s.skuRows)} skuStats rows; ${n(s.codes)} SKU codes, ${n(s.groups)} linked goods, ${s.matches} probable matches.`,
    '',
    `Each step is timed in one process: the first (cold) call, then one warm-up, then the median of ${runs} runs. The inputs are in memory, as the side panel holds them after reading IndexedDB: the derived tables decoded from the rows IndexedDB stores for them (the reading and decoding are not timed here, see below; that is why the panel reads the small derived tables and not the orders).`,
    '',
    `How fast the machine ran this section: a plain 10⁸-step loop (\`spinMs\`, test/bench/analytics.ts) took ${b.spinMs.map((x) => `${x.toFixed(0)} ms`).join(' before and ')} after the timings. Other work on this shared machine slows that loop (58–179 ms on 2026-11-22) and the memory-heavy absolute times below even more (the same analytics code has totalled 324 ms and 942 ms in runs a day apart: this file's git history holds them), so compare absolute times between runs together with it; the ratios against Arquero are measured in the same run and hold.`,
    '',
    '### What the side panel runs when it opens',
    '',
    '| step | input | median (ms) | cold (ms) | share |',
    '|---|---|---:|---:|---:|',
    ...b.panel.map(row),
    `| **Total** | steady state (codes already stored) | **${ms(panelMs)}** | ${ms(panelCold)} | |`,
    `| first open | the same with "${b.firstOpen.name}" (${ms(b.firstOpen.medianMs)} ms, cold ${ms(b.firstOpen.coldMs)}) instead of the steady-state codes step | ${ms(firstOpenMs)} | | |`,
    '',
    over <= 0
      ? `**Target "all analytics under ${ANALYTICS_BUDGET_MS} ms": met** — ${ms(panelMs)} ms (median, steady state), ${ms(-over)} ms under; cold first run ${ms(panelCold)} ms. The largest steps: ${top.slice(0, 3).map((p) => `${p.name} ${ms(p.medianMs)} ms`).join(', ')}.${close(panelMs, ANALYTICS_BUDGET_MS)}`
      : `**Target "all analytics under ${ANALYTICS_BUDGET_MS} ms": NOT met** — ${ms(panelMs)} ms (median, steady state), ${ms(over)} ms (${((100 * over) / ANALYTICS_BUDGET_MS).toFixed(0)} %) over; cold first run ${ms(panelCold)} ms. The largest steps: ${top.slice(0, 3).map((p) => `${p.name} ${ms(p.medianMs)} ms`).join(', ')}.${close(panelMs, ANALYTICS_BUDGET_MS)}`,
    '',
    'The stock step is fed the orders of its 60-day window plus the earliest order of each platform (how far captures reach), which is what computeStock reads from them — the panel reads exactly those through the `placedAt` index; the title report likewise the last 30 days. Both give the same result as over every order (checked below). The same functions fed every order, for reference:',
    '',
    '| step | input | median (ms) | cold (ms) |',
    '|---|---|---:|---:|',
    ...b.fullScans.map((p) => `| ${p.name} | ${p.what} | ${ms(p.medianMs)} | ${ms(p.coldMs)} |`),
    '',
    '### Reading the derived tables (when a tab opens)',
    '',
    `IndexedDB holds the derived tables as one JSON row per day and platform (${b.shardMb.toFixed(1)} MB for this shop, the order digests apart); a tab reads those rows and decodes what it needs: the customers and business tabs every day of the range shown, the stock tab only the days of its sales windows and each platform's earliest day (how far captures reach). The decoding, timed here in Node (the IndexedDB read itself is not):`,
    '',
    '| tab | what | median (ms) | cold (ms) |',
    '|---|---|---:|---:|',
    ...b.reads.map((p) => `| ${p.name} | ${p.what} | ${ms(p.medianMs)} | ${ms(p.coldMs)} |`),
    '',
    '### Full rebuild of the derived tables (on demand only)',
    '',
    `\`rebuildAggregates\` — ${b.rebuild.what}: **${ms(b.rebuild.medianMs)} ms** median, ${ms(b.rebuild.coldMs)} ms cold. Runs after an upgrade, an import or a detected drift, never when the panel opens (ingest keeps the tables up to date).`,
    '',
    '### Against Arquero (same aggregations, same orders, same run)',
    '',
    'Arquero 7.2.1 gets the orders as column tables (flattening them — one row per order and one per order line — is timed on its side, first row) and computes: R/F/M per customer (`groupby(platform, buyer)` → max placedAt, count, sum paidFen over counted orders up to now); GMV, orders and distinct buyers per Asia/Shanghai day × platform and per platform over the year (two group-bys: distinct buyers do not add up over days); units per SKU over counted lines in the 30- and 60-day windows (`groupby(platform, productId, skuId)`). Ours computes more from the same data (RFM scores, tiers, the 8 classes and a reason per customer; refund and repurchase rates, per-day KPIs with reasons). Ratio = Arquero ÷ ours: above 1 means ours is faster.',
    '',
    '| aggregation | Arquero (ms) | ours, derived tables (ms) | ratio | ours, from the orders (ms) | ratio |',
    '|---|---:|---:|---:|---:|---:|',
    ...b.comparisons.map((c) => {
      const p = c.panel ? `${ms(c.panel.medianMs)} | ${times(c.arquero.medianMs, c.panel.medianMs)}` : '— | —';
      const o = c.orders ? `${ms(c.orders.medianMs)} | ${times(c.arquero.medianMs, c.orders.medianMs)}` : '— | —';
      const bold = c.name === 'Total' ? '**' : '';
      return `| ${bold}${c.name}${bold} | ${ms(c.arquero.medianMs)} | ${p} | ${o} |`;
    }),
    '',
    ...targetLines(b),
    '',
    'Cross-checks (both sides computed the same figures):',
    '',
    ...b.checks.map((c) => `- ${c}`),
  ];
  return lines;
}

function targetLines(b: AnalyticsBench): string[] {
  const t = b.comparisons.find((c) => c.name === 'Total')!;
  const panel = t.arquero.medianMs / t.panel!.medianMs;
  const orders = t.arquero.medianMs / t.orders!.medianMs;
  const verdict = (r: number) => (r >= ARQUERO_TARGET ? 'met' : 'NOT met');
  return [
    `**Target "at least ${ARQUERO_TARGET}× faster than Arquero": ${verdict(panel)} for what the panel runs** (${panel.toFixed(2)}×, derived tables against Arquero over the orders); ${verdict(orders)} like for like, both from the orders (${orders.toFixed(2)}×).${close(panel, ARQUERO_TARGET)}`,
    `Cold: Arquero ${ms(t.arquero.coldMs)} ms, ours ${ms(t.panel!.coldMs)} ms from the derived tables (${times(t.arquero.coldMs, t.panel!.coldMs)}), ${ms(t.orders!.coldMs)} ms from the orders (${times(t.arquero.coldMs, t.orders!.coldMs)}).`,
  ];
}
