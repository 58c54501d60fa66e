import { isDeepStrictEqual } from 'node:util';
import { computeDailyKpisFromAggregates, computeKpisFromAggregates, computeDailyKpis, computeKpis } from '../../lib/analytics/kpi';
import { rebuildAggregates, ShardedAggregates, aggregatesFromShards, digestsOf, firstDayShards, skuSalesFromAggregates, skuSalesFromOrders, trailingDays, type ShardRow, type Aggregates } from '../../lib/analytics/derived';
import { computeRfmFromAggregates, computeRfmFromOrders } from '../../lib/analytics/customers';
import { computeTitleReport } from '../../lib/analytics/titles';
import { dayKeyOf, dayRange, DAY_MS } from '../../lib/analytics/days';
import { isCountedStatus } from '../../lib/analytics/order-policy';
import { DEFAULT_SETTINGS as SETTINGS } from '../../lib/analytics/settings';
import { assignSkuCodes, groupOfProduct, linkSkus } from '../../lib/analytics/sku-codes';
import { computeStock, computeStockFromAggregates, windowStart } from '../../lib/analytics/stock';
import type { Order } from '../../lib/domain';
import { arqueroKpis, arqueroRfm, arqueroSkuUnits, columnSum, toArqueroTables } from './arquero-baseline';
import { BENCH_NOW as NOW, bigShop } from './big-shop';
import { timeIt, type Timing } from './timing';

/** One timed step, labelled as the report shows it. */
export interface Step extends Timing {
  name: string;
  /** What exactly ran, and over what. */
  what: string;
}

/** The three aggregations both sides compute: Arquero against ours from the derived tables and from the orders. */
export interface Comparison {
  name: string;
  arquero: Timing;
  panel?: Timing;
  orders?: Timing;
}

export interface AnalyticsBench {
  shape: { orders: number; lines: number; skus: number; buyers: number; onceBuyers: number; maxOrders: number; customers: number; dayRows: number; skuRows: number; codes: number; groups: number; matches: number };
  /** How fast the machine ran plain JavaScript before and after the timings (spinMs). */
  spinMs: [number, number];
  /** What the side panel runs when it opens (steady state: codes already stored), in order. */
  panel: Step[];
  /** The first open: codes for a catalogue none of which has a code yet (instead of the steady-state step). */
  firstOpen: Step;
  /** The on-demand full rebuild of the derived tables, never part of opening the panel. */
  rebuild: Step;
  /** Reading the stored day shards back into the derived tables, as the side panel's tabs do (JSON size in MB). */
  reads: Step[];
  shardMb: number;
  /** The same functions fed every stored order, for reference (the panel never needs these). */
  fullScans: Step[];
  comparisons: Comparison[];
  /** Cross-checks that both sides computed the same thing, one line each. */
  checks: string[];
}

/** The orders the stock step needs: those in the longer window, plus each platform's earliest (how far captures reach). */
function stockOrders(orders: readonly Order[], from: number): Order[] {
  const earliest = new Map<string, Order>();
  for (const o of orders) if ((earliest.get(o.platform)?.placedAt ?? Infinity) > o.placedAt) earliest.set(o.platform, o);
  const inWindow = orders.filter((o) => o.placedAt >= from && o.placedAt <= NOW);
  return [...new Set([...earliest.values(), ...inWindow])];
}

/**
 * The machine's speed at the moment: a plain 10⁸-step integer loop, fastest of 3 (ms). Other work on this
 * shared machine slows it (58–179 ms on 2026-11-22) and the memory-heavy analytics even more,
 * so absolute times of different runs compare only together with it.
 */
export function spinMs(): number {
  let best = Infinity;
  let sink = 0;
  for (let pass = 0; pass < 3; pass++) {
    const t = performance.now();
    for (let i = 0; i < 1e8; i++) sink += i & 7;
    best = Math.min(best, performance.now() - t);
  }
  if (sink === -1) throw new Error('unreachable');
  return best;
}

const STOCK_DAYS = Math.max(SETTINGS.stock.salesWindowDays, SETTINGS.stock.slowWindowDays);

/** What readStockDerived (lib/db/derived.ts) reads: the SKU lists, the day shards from `from` on, and each platform's first day shard. */
function stockShards(rows: readonly ShardRow[], from: string): ShardRow[] {
  const day = (r: ShardRow) => r.id.slice(4, 14);
  const before = rows.filter((r) => r.id.startsWith('day/') && day(r) < from).sort((a, b) => (a.id < b.id ? -1 : 1));
  const firsts = new Set(firstDayShards(before.map((r) => r.id)));
  return rows.filter((r) => r.id.startsWith('sku/') || (r.id.startsWith('day/') && day(r) >= from) || firsts.has(r.id));
}

/** The three tables with their rows in key order, to compare two builds of them. */
function sorted(a: Aggregates) {
  const inOrder = <T,>(m: Map<string, T>) => [...m].sort(([x], [y]) => (x < y ? -1 : 1));
  return { customers: inOrder(a.customers), days: inOrder(a.days), skus: inOrder(a.skus) };
}

function check(what: string, a: unknown, b: unknown): string {
  const same = isDeepStrictEqual(a, b);
  return same ? `✓ ${what}` : `✗ DIFFERENT: ${what} (${typeof a === 'object' ? 'objects differ' : `${String(a)} vs ${String(b)}`})`;
}

/**
 * Times every analytics computation over the big shop as the side panel runs it, the full rebuild, and the
 * same aggregations written with Arquero, all in this one process (cold first run and median of `runs`).
 */
export function benchAnalytics(runs = 7): AnalyticsBench {
  const spinBefore = spinMs();
  const { orders, products } = bigShop();
  const year = dayRange(dayKeyOf(NOW - 365 * DAY_MS), dayKeyOf(NOW - DAY_MS));
  const step = (name: string, what: string, fn: () => unknown): Step & { result: unknown } => ({ name, what, ...timeIt(fn, runs) });

  // The rows IndexedDB holds for the derived tables (built untimed), decoded as the side panel's tabs decode
  // them: the steps below run on these objects, as in the panel, not on the rebuild's (whose strings and
  // tuples lie scattered among the 200k orders they came from). Only the decoded tables stay in memory
  // while the steps run, as in the panel; the stored rows are made again for the reads at the end.
  const storedRows = (a: Aggregates) => ShardedAggregates.fromAggregates(a, digestsOf(orders)).takeDirty().filter((r) => !r.id.startsWith('dig/'));
  const { rebuild, decoded, decodedCheck } = (() => {
    const { result: rebuilt, ...timing } = step('rebuildAggregates', `all ${orders.length.toLocaleString('en')} orders → the three derived tables`, () => rebuildAggregates(orders));
    const fromRows = aggregatesFromShards(storedRows(rebuilt as Aggregates));
    return { rebuild: timing, decoded: fromRows, decodedCheck: check('derived tables decoded from the stored rows = a rebuild', sorted(fromRows), sorted(rebuilt as Aggregates)) };
  })();
  const customers = [...decoded.customers.values()];
  const days = [...decoded.days.values()];
  const skus = [...decoded.skus.values()];
  // The codes ingest has stored by now: every SKU of the products and order lines, each with its code.
  const stored = assignSkuCodes([], orders, products, SETTINGS, NOW).added;
  const slowFrom = windowStart(NOW, SETTINGS.stock.slowWindowDays);
  const forStock = stockOrders(orders, slowFrom);
  const last30 = orders.filter((o) => o.placedAt > NOW - 30 * DAY_MS && o.placedAt <= NOW);

  const rfm = step('RFM', `${customers.length.toLocaleString('en')} customerStats + ${days.length} dailyStats rows → tiers, scores, 8 classes, reasons`, () =>
    computeRfmFromAggregates(customers, days, NOW, SETTINGS),
  );
  const kpi = step('KPIs for the year', 'dailyStats rows of the year → per platform and total, with reasons', () => computeKpisFromAggregates(days, year));
  const daily = step('Daily KPIs for the year', '365 days × (4 platforms + total)', () => computeDailyKpisFromAggregates(days, year));
  const skuSales = step('SKU sales 30 d + 60 d', `${skus.length.toLocaleString('en')} skuStats rows, two windows`, () => [
    skuSalesFromAggregates(skus, NOW, SETTINGS.stock.salesWindowDays),
    skuSalesFromAggregates(skus, NOW, SETTINGS.stock.slowWindowDays),
  ]);
  const codes = step('SKU codes (steady state)', `${stored.length.toLocaleString('en')} stored codes + ${products.length.toLocaleString('en')} product rows → lookups, nothing new`, () =>
    assignSkuCodes(stored, [], products, SETTINGS, NOW),
  );
  const links = step('Links + probable matches', `linkSkus over ${stored.length.toLocaleString('en')} codes (findProbableMatches inside)`, () => linkSkus(stored, [], SETTINGS));
  const assignment = assignSkuCodes(stored, [], products, SETTINGS, NOW);
  const linkReport = linkSkus(stored, [], SETTINGS);
  const stockOf = (list: readonly Order[]) => () => computeStock(list, products, SETTINGS, NOW, groupOfProduct(assignment, linkReport, 'sku'));
  const groupOf = groupOfProduct(assignment, linkReport, 'sku');
  const stock = step('Stock warnings', `computeStockFromAggregates: ${products.length.toLocaleString('en')} SKU rows, ${skus.length.toLocaleString('en')} skuStats + dailyStats rows, groups across platforms`, () =>
    computeStockFromAggregates(skus, days, products, SETTINGS, NOW, groupOf),
  );
  const stockWindow = step('Stock warnings over the 60-day window', `computeStock fed ${forStock.length.toLocaleString('en')} orders of the 60-day window (+ each platform's earliest)`, stockOf(forStock));
  const titles = step('Title report', `${products.length.toLocaleString('en')} listings' titles, ${last30.length.toLocaleString('en')} orders of the last 30 days`, () => computeTitleReport(products, last30, NOW, SETTINGS));
  const firstOpen = step('SKU codes (all new)', `${products.length.toLocaleString('en')} product rows, no stored code`, () => assignSkuCodes([], [], products, SETTINGS, NOW));

  const stockAll = step('Stock warnings over every order', `computeStock fed all ${orders.length.toLocaleString('en')} orders`, stockOf(orders));
  const titlesAll = step('Title report over every order', `computeTitleReport fed all ${orders.length.toLocaleString('en')} orders`, () => computeTitleReport(products, orders, NOW, SETTINGS));
  const codesAll = step('SKU codes re-run over every order line', `stored codes + products + all ${orders.length.toLocaleString('en')} orders' lines`, () => assignSkuCodes(stored, orders, products, SETTINGS, NOW));

  // Arquero over the same orders, and ours straight from the orders for the like-for-like column.
  const flatten = timeIt(() => toArqueroTables(orders), runs);
  const tables = flatten.result;
  const aqRfm = timeIt(() => arqueroRfm(tables, NOW), runs);
  const aqKpi = timeIt(() => arqueroKpis(tables, year.from, year.to), runs);
  const salesFrom = windowStart(NOW, SETTINGS.stock.salesWindowDays);
  const aqSku = timeIt(() => [arqueroSkuUnits(tables, salesFrom, NOW), arqueroSkuUnits(tables, slowFrom, NOW)], runs);
  const rawRfm = timeIt(() => computeRfmFromOrders(orders, NOW, SETTINGS), runs);
  const rawKpi = timeIt(() => [computeKpis(orders, year), computeDailyKpis(orders, year)], runs);
  const rawSku = timeIt(() => [skuSalesFromOrders(orders, NOW, 30), skuSalesFromOrders(orders, NOW, 60)], runs);
  const sum = (...ts: Timing[]): Timing => ({ coldMs: ts.reduce((a, t) => a + t.coldMs, 0), medianMs: ts.reduce((a, t) => a + t.medianMs, 0) });

  const ours = { rfm: rfm.result as ReturnType<typeof computeRfmFromAggregates>, kpi: kpi.result as ReturnType<typeof computeKpisFromAggregates> };
  const [ours30] = skuSales.result as ReturnType<typeof skuSalesFromAggregates>[];
  const units = (m: Map<string, { units: number }>) => [...m.values()].reduce((a, s) => a + s.units, 0);
  const counted = orders.filter((o) => isCountedStatus(o.status));
  const checks = [
    check('customers with a counted order: Arquero R/F/M rows = ours', aqRfm.result.numRows(), ours.rfm.customers.length),
    check('GMV of the year: Arquero = ours', columnSum(aqKpi.result.range, 'gmvFen'), ours.kpi.total.gmvFen),
    check('buyers in the year: Arquero = ours', columnSum(aqKpi.result.range, 'buyers'), ours.kpi.total.buyers),
    check('units sold in the last 30 days: Arquero = ours', columnSum(aqSku.result[0]!, 'units'), units(ours30!)),
    check('derived tables = a rebuild; counted orders in customerStats = counted orders', customers.reduce((a, c) => a + c.orderCount, 0), counted.length),
    decodedCheck,
    check('stock from the derived tables = stock over every order', stock.result, stockAll.result),
    check('stock over the 60-day window = stock over every order', stockWindow.result, stockAll.result),
    check('title report over the last 30 days = over every order', titles.result, titlesAll.result),
  ];

  const perBuyer = new Map<string, number>();
  for (const o of orders) perBuyer.set(`${o.platform}|${o.buyer}`, (perBuyer.get(`${o.platform}|${o.buyer}`) ?? 0) + 1);
  // Last, so their garbage does not land in the steps above: the reads of each side-panel tab.
  const shardRows = storedRows(decoded);
  const shardMb = shardRows.reduce((a, r) => a + r.json.length, 0) / 1e6;
  const reads = [
    step('Customers tab (RFM)', 'decode the day shards: day and customer rows', () => aggregatesFromShards(shardRows, { skus: true })),
    step('Stock tab, every day shard', 'decode a year of day shards: day and SKU rows (what the tab read until 2026-11-22)', () => aggregatesFromShards(shardRows, { customers: true })),
    step('Stock tab', `decode the shards of the ${STOCK_DAYS}-day sales window and each platform's earliest day (lib/db readStockDerived): day and SKU rows`, () =>
      aggregatesFromShards(stockShards(shardRows, trailingDays(NOW, STOCK_DAYS).first), { customers: true }),
    ),
    step('Business tab (KPIs)', 'decode the day shards: day rows', () => aggregatesFromShards(shardRows, { customers: true, skus: true })),
  ];
  const windowRows = aggregatesFromShards(stockShards(shardRows, trailingDays(NOW, STOCK_DAYS).first), { customers: true });
  checks.push(
    check(
      "stock from the stock tab's shards = from every shard",
      computeStockFromAggregates(windowRows.skus.values(), windowRows.days.values(), products, SETTINGS, NOW, groupOf),
      stock.result,
    ),
  );
  const strip = ({ result: _, ...s }: Step & { result: unknown }): Step => s;
  const spinAfter = spinMs();
  return {
    spinMs: [spinBefore, spinAfter],
    shape: {
      orders: orders.length,
      lines: orders.reduce((a, o) => a + o.items.length, 0),
      skus: products.length,
      buyers: perBuyer.size,
      onceBuyers: [...perBuyer.values()].filter((n) => n === 1).length,
      maxOrders: Math.max(...perBuyer.values()),
      customers: customers.length,
      dayRows: days.length,
      skuRows: skus.length,
      codes: stored.length,
      groups: linkReport.groups.length,
      matches: linkReport.matches.length,
    },
    panel: [rfm, kpi, daily, skuSales, stock, codes, links, titles].map(strip),
    firstOpen: strip(firstOpen),
    rebuild,
    reads: reads.map(strip),
    shardMb,
    fullScans: [stockWindow, stockAll, titlesAll, codesAll].map(strip),
    comparisons: [
      { name: 'Flatten orders + lines into column tables', arquero: flatten },
      { name: 'R/F/M per customer', arquero: aqRfm, panel: rfm, orders: rawRfm },
      { name: 'GMV / orders / buyers per day × platform, and for the year', arquero: aqKpi, panel: sum(kpi, daily), orders: rawKpi },
      { name: 'Units per SKU, 30 d and 60 d', arquero: aqSku, panel: skuSales, orders: rawSku },
      { name: 'Total', arquero: sum(flatten, aqRfm, aqKpi, aqSku), panel: sum(rfm, kpi, daily, skuSales), orders: sum(rawRfm, rawKpi, rawSku) },
    ],
    checks,
  };
}
