import { rebuildAggregates } from '../../../lib/analytics/aggregates-rebuild';
import { ShopLensDatabase } from '../../../lib/db';
import type { Order, PlatformId, Product } from '../../../lib/domain';
import { ingestCapture } from '../../../lib/ingest/ingest';
import type { CaptureFromContent } from '../../../lib/messaging/protocol';
import { DEMO_PAGES } from '../../fixtures/pages';
import { loadExpected } from '../../support/fixtures';

// Ingest keeps the derived tables and SKU codes up to date: after any sequence of captures of the demo pages
// (including re-captures where orders change status), the derived tables equal a full rebuild from the orders.

let db: ShopLensDatabase;
let n = 0;
beforeEach(() => {
  db = new ShopLensDatabase(`upkeep-test-${n++}`);
});
afterEach(() => db.delete());

const AT = Date.UTC(2025, 7, 1, 2);
const withCapture = <T>(r: T) => ({ ...(r as object), capturedAt: AT, url: 'https://x/' }) as T;

function recordsOf(name: string): (Order | Product)[] {
  const { expected, expectedAll } = loadExpected(name);
  return (expectedAll ?? expected).map(withCapture) as (Order | Product)[];
}

function capture(platform: PlatformId, kind: 'orders' | 'products', records: unknown[]): CaptureFromContent {
  const url = DEMO_PAGES.find((p) => p.platform === platform && p.kind === kind)!.urls[0]!;
  return { type: 'shoplens/capture-from-content', platform, kind, url, read: records.length, records, rejected: [] };
}

async function derivedTables() {
  const sort = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  return {
    customers: sort(await db.customerStats.toArray()),
    days: sort(await db.dailyStats.toArray()),
    skus: sort(await db.skuStats.toArray()),
  };
}

async function rebuilt() {
  const rows = rebuildAggregates(await db.orders.toArray());
  const sort = <T extends { id: string }>(m: Map<string, T>) => [...m.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { customers: sort(rows.customers), days: sort(rows.days), skus: sort(rows.skus) };
}

it('keeps the derived tables equal to a full rebuild through captures and re-captures', async () => {
  const pages = DEMO_PAGES.filter((p) => p.kind === 'orders' && !p.brokenRows);
  for (const page of pages) {
    const orders = recordsOf(page.name) as Order[];
    // Arrive in two overlapping halves, as paging does.
    await ingestCapture(db, capture(page.platform, 'orders', orders.slice(0, 30)), { at: AT });
    await ingestCapture(db, capture(page.platform, 'orders', orders.slice(20)), { at: AT });
  }
  expect(await db.customerStats.count()).toBeGreaterThan(50);
  expect(await derivedTables()).toEqual(await rebuilt());

  // Later: paid orders get refunded, shipped ones complete, one order's amount is corrected.
  const changed = (await db.orders.where('platform').equals('taobao').toArray()).map((o, i) =>
    o.status === 'completed' && i % 3 === 0
      ? { ...o, status: 'refunded' as const, statusText: '交易关闭 退款成功' }
      : o.status === 'shipped'
        ? { ...o, status: 'completed' as const, statusText: '交易成功' }
        : i === 1
          ? { ...o, paidFen: o.paidFen + 100 }
          : o,
  );
  await ingestCapture(db, capture('taobao', 'orders', changed), { at: AT + 1000 });
  expect(await derivedTables()).toEqual(await rebuilt());
});

it('gives every SKU a unified code once, and a re-capture moves none', async () => {
  for (const page of DEMO_PAGES.filter((p) => !p.brokenRows)) {
    await ingestCapture(db, capture(page.platform, page.kind, recordsOf(page.name)), { at: AT });
  }
  const first = (await db.skuCodes.toArray()).map((c) => [c.code, c.key]).sort();
  expect(first.length).toBeGreaterThan(30);
  expect(new Set(first.map(([code]) => code)).size).toBe(first.length);
  for (const [code] of first) expect(code).toMatch(/^(TB|DY|JD|DD)-\d{2}-[0-9A-Z.]+-\d{4}(-\d{2})?$/);

  for (const page of [...DEMO_PAGES].reverse().filter((p) => !p.brokenRows)) {
    await ingestCapture(db, capture(page.platform, page.kind, recordsOf(page.name)), { at: AT + 86_400_000 * 40 });
  }
  expect((await db.skuCodes.toArray()).map((c) => [c.code, c.key]).sort()).toEqual(first);
});

it('uses the seller’s category words from settings when assigning codes', async () => {
  await db.settings.put({ id: 'analytics', value: { sku: { categoryWords: { 碎花: '06' } } } });
  const dress = (recordsOf('taobao-orders') as Order[]).filter((o) => o.items.some((i) => i.title.includes('碎花')));
  await ingestCapture(db, capture('taobao', 'orders', dress), { at: AT });
  const codes = (await db.skuCodes.toArray()).filter((c) => c.title.includes('碎花'));
  expect(codes.length).toBeGreaterThan(0);
  for (const c of codes) expect(c.code).toMatch(/^TB-06-/);
});
