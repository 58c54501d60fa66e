import { trailingDays } from '../../../lib/analytics/derived';
import { DEFAULT_SETTINGS } from '../../../lib/analytics/settings';
import { computeStockFromAggregates } from '../../../lib/analytics/stock';
import { computeRfmFromAggregates, computeRfmFromOrders } from '../../../lib/analytics/customers';
import { computeTitleReport } from '../../../lib/analytics/titles';
import { ShopLensDatabase, readCustomers, readDerived, readStockDerived, readWindowSales } from '../../../lib/db';
import { aggregateStore } from '../../../lib/ingest/aggregate-store';
import { DEMO_NOW } from '../../fixtures/data/shop';
import { captureDemoShop, demoRecords } from '../../support/demo-db';

// The stock tab reads only the shards of its sales windows plus each platform's earliest day: the report
// must be exactly the one over every shard, however far back the captures reach.

const now = DEMO_NOW;
const { products } = demoRecords();
const FROM = trailingDays(now, Math.max(DEFAULT_SETTINGS.stock.salesWindowDays, DEFAULT_SETTINGS.stock.slowWindowDays)).first;

let db: ShopLensDatabase;
let n = 0;
beforeEach(async () => {
  db = new ShopLensDatabase(`derived-test-${n++}`);
  await captureDemoShop(db, now);
});
afterEach(() => db.delete());

async function reports(from: string) {
  const all = await readDerived(db, {}, { skus: true });
  const window = await readStockDerived(db, from);
  const stock = (rows: typeof all) => computeStockFromAggregates(rows.skus, rows.days, products, DEFAULT_SETTINGS, now);
  return { all, window, fromAll: stock(all), fromWindow: stock(window) };
}

it('gives the stock report of every shard from the window and each platform’s earliest day', async () => {
  const { all, window, fromAll, fromWindow } = await reports(FROM);
  expect(FROM).toBe('2025-06-03');
  expect(fromWindow).toEqual(fromAll);
  // The demo captures reach back before the window on every platform, so the read is smaller than all of it.
  const earliest = new Map<string, string>();
  for (const d of all.days) if (!earliest.has(d.platform) || d.day < earliest.get(d.platform)!) earliest.set(d.platform, d.day);
  expect([...earliest.values()].every((day) => day < FROM)).toBe(true);
  expect(window.days.length).toBeLessThan(all.days.length);
  for (const d of window.days) expect(d.day >= FROM || d.day === earliest.get(d.platform)).toBe(true);
  expect(window.customers).toEqual([]);
  // Every platform's reach and sales source came out as over all shards, and orders were used where they cover.
  expect(fromWindow.rows.some((r) => r.sales.source === 'orders')).toBe(true);
});

it('reads every shard before the window when a platform’s earliest shard lost its day row', async () => {
  // A shard whose orders all moved to another day stays behind empty: it no longer says where captures start.
  await db.aggregateShards.put({ id: 'day/2025-01-05/taobao', json: JSON.stringify({ d: [], c: [], s: [] }) });
  const { all, window, fromAll, fromWindow } = await reports(FROM);
  expect(fromWindow).toEqual(fromAll);
  const taobaoFirst = all.days.filter((d) => d.platform === 'taobao').map((d) => d.day).sort()[0]!;
  expect(window.days.some((d) => d.platform === 'taobao' && d.day === taobaoFirst)).toBe(true);
});

it('reads every shard when the window starts before the first capture', async () => {
  const { all, window, fromAll, fromWindow } = await reports('2020-01-01');
  expect(fromWindow).toEqual(fromAll);
  expect(window.days.length).toBe(all.days.length);
});

describe('readCustomers', () => {
  // The result lists customers in the order they were read: compared by id.
  const byId = (r: ReturnType<typeof computeRfmFromOrders>) => ({ ...r, customers: [...r.customers].sort((a, b) => a.id.localeCompare(b.id)) });

  it('gives the customer tiers of every stored order from the buckets and the stored counts', async () => {
    const orders = await db.orders.toArray();
    const expected = computeRfmFromOrders(orders, now, DEFAULT_SETTINGS);
    const read = await readCustomers(db);
    // One tally row per platform, not a row per day.
    expect(read.tallies.length).toBe(4);
    expect(byId(computeRfmFromAggregates(read.customers, read.tallies, now, DEFAULT_SETTINGS))).toEqual(byId(expected));
    expect(expected.excluded.closed + expected.excluded.refunded).toBeGreaterThan(0);
  });

  it('reads the day rows for the exclusions when the counts are not kept (after a reset)', async () => {
    const orders = await db.orders.toArray();
    await aggregateStore(db).reset();
    const read = await readCustomers(db);
    expect(read.tallies.length).toBeGreaterThan(100);
    expect(byId(computeRfmFromAggregates(read.customers, read.tallies, now, DEFAULT_SETTINGS))).toEqual(byId(computeRfmFromOrders(orders, now, DEFAULT_SETTINGS)));
  });
});

describe('readWindowSales', () => {
  it.each([
    ['the demo day', 0],
    ['noon five days before', -4.5 * 86_400_000],
  ])('gives the title report the orders of the last 30 days give (%s)', async (_what, shift) => {
    const at = now + shift;
    const orders = await db.orders.toArray();
    const sales = await readWindowSales(db, at, 30 * 86_400_000);
    const report = computeTitleReport(products, sales, at, DEFAULT_SETTINGS);
    expect(report).toEqual(computeTitleReport(products, orders, at, DEFAULT_SETTINGS));
    expect(report.listings.some((l) => l.source === 'orders' && l.salesFen > 0)).toBe(true);
  });
});

it('reads the customers of a range of days with only those days’ orders, as a rebuild of those days gives', async () => {
  const { rebuildAggregates } = await import('../../../lib/analytics/derived');
  const { dayKeyOf } = await import('../../../lib/analytics/days');
  const [from, to] = ['2025-06-01', '2025-06-30'];
  const inRange = (await db.orders.toArray()).filter((o) => dayKeyOf(o.placedAt) >= from && dayKeyOf(o.placedAt) <= to);
  const expected = [...rebuildAggregates(inRange).customers.values()].sort((a, b) => a.id.localeCompare(b.id));
  const { customers } = await readDerived(db, { from, to }, { customers: true });
  expect(expected.length).toBeGreaterThan(10);
  expect([...customers].sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected);
});
