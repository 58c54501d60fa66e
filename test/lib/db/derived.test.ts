import { trailingDays } from '../../../lib/analytics/derived';
import { DEFAULT_SETTINGS } from '../../../lib/analytics/settings';
import { computeStockFromAggregates } from '../../../lib/analytics/stock';
import { ShopLensDatabase, readDerived, readStockDerived } from '../../../lib/db';
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
