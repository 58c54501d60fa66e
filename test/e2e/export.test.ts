import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { PLATFORM_LABELS, type Capture, type Order, type PlatformId, type Product, type SkuCode } from '../../lib/domain';
import { launchWithExtension, waitFor, type ExtensionBrowser } from '../support/browser';
import { DEMO_PAGES } from '../fixtures/pages';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { loadExpected } from '../support/fixtures';

// The side panel's CSV exports in real Chromium: the demo pages captured by the built extension, then each
// export button clicked in sidepanel.html and the file caught as the browser's download; its rows must be
// what IndexedDB holds.

let server: FixtureServer;
let browser: ExtensionBrowser;
let panel: Page;

/** The demo pages a seller visits once each, and the Taobao copy with broken rows (for the rejected rows). */
const PAGES = DEMO_PAGES.filter((p) => p.name === `${p.platform}-${p.kind}`);
const BROKEN = DEMO_PAGES.find((p) => p.name === 'taobao-orders-broken')!;

async function visit(url: string, done: () => Promise<boolean>): Promise<void> {
  const tab = await browser.context.newPage();
  await tab.goto(url);
  await waitFor(`a capture of ${url}`, async () => ((await done()) ? true : undefined));
  await tab.close();
}

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ port: server.port, hosts: server.hosts });
  for (const page of PAGES) {
    const store = page.kind === 'orders' ? 'orders' : 'products';
    const want = loadExpected(page.name).expected.length;
    await visit(page.urls[0]!, async () => (await browser.readStore<Order>(store)).filter((r) => r.platform === page.platform).length >= want);
  }
  const url = BROKEN.urls[0]!;
  await visit(url, async () => (await browser.readStore<Capture>('captures')).some((c) => c.url === url && c.rejected > 0));
  panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Csv {
  name: string;
  rows: Record<string, string>[];
}

/** Clicks an export button in the panel, catches the download and reads the CSV back (ids unwrapped from `="…"`). */
async function exportVia(label: string): Promise<Csv> {
  const [download] = await Promise.all([panel.waitForEvent('download', { timeout: 60_000 }), panel.getByRole('button', { name: label }).click()]);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...data] = parsed.data;
  const unwrap = (s: string) => /^="(.*)"$/.exec(s)?.[1] ?? s;
  return {
    name: download.suggestedFilename(),
    rows: data.map((r) => Object.fromEntries(header!.map((h, i) => [h, unwrap(r[i] ?? '')]))),
  };
}

async function openTab(name: string): Promise<void> {
  await panel.getByRole('tab', { name }).click();
}

const platformName = (p: PlatformId) => PLATFORM_LABELS[p].zh;

describe('CSV export from the side panel', () => {
  it('采集: every stored order, one row per order line, as a download', async () => {
    const orders = await browser.readStore<Order>('orders');
    await openTab('采集');
    const csv = await exportVia('导出全部订单');
    expect(csv.name).toMatch(/^店镜_订单_\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = orders.flatMap((o) => o.items.map((item, i) => `${platformName(o.platform)}|${o.orderId}|${i + 1}|${item.title}|${item.quantity}`));
    const rows = csv.rows.map((r) => `${r['平台']}|${r['订单编号']}|${r['商品行']}|${r['商品标题']}|${r['数量']}`);
    expect(rows.sort()).toEqual(lines.sort());
    // A 19-digit Taobao order id comes back whole.
    expect(csv.rows.some((r) => /^\d{19}$/.test(r['订单编号']!))).toBe(true);
  });

  it('采集: every stored product row, and the rejected rows of the log with their reasons', async () => {
    const products = await browser.readStore<Product>('products');
    const csv = await exportVia('导出全部商品');
    const keys = (list: { platform: string; productId: string; skuId: string }[]) => list.map((p) => `${p.platform}|${p.productId}|${p.skuId}`).sort();
    expect(csv.rows.map((r) => `${r['平台']}|${r['商品ID']}|${r['SKU ID']}`).sort()).toEqual(
      keys(products.map((p) => ({ ...p, platform: platformName(p.platform) }))),
    );

    const captures = await browser.readStore<Capture>('captures');
    const rejected = captures.filter((c) => c.rejected > 0).flatMap((c) => c.rejectedRows.map((r) => `${r.index + 1}|${r.key}`));
    expect(rejected.length).toBe(BROKEN.brokenRows);
    const csvRejected = await exportVia('导出未保存的行');
    expect(csvRejected.rows.map((r) => `${r['行号']}|${r['订单/商品编号']}`).sort()).toEqual(rejected.sort());
    for (const r of csvRejected.rows) {
      expect(r['原因']).not.toBe('');
      expect(r['页面地址']).toBe(BROKEN.urls[0]);
    }
  });

  it('库存: the stock table, one row per stored product row, and the filtered rows under a filter', async () => {
    const products = await browser.readStore<Product>('products');
    await openTab('库存');
    const csv = await exportVia('导出库存表');
    expect(csv.name).toMatch(/^店镜_库存预警_\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.rows.map((r) => `${r['商品ID']}|${r['SKU ID']}|${r['库存']}`).sort()).toEqual(
      products.map((p) => `${p.productId}|${p.skuId}|${p.stock ?? ''}`).sort(),
    );
    const filter = panel.getByRole('group', { name: '按提醒筛选' }).getByRole('button').nth(1);
    const [kind, count] = ((await filter.textContent()) ?? '').split(' ');
    await filter.click();
    const filtered = await exportVia('导出库存表');
    expect(filtered.name).toMatch(new RegExp(`^店镜_库存预警_${kind}_`));
    expect(filtered.rows).toHaveLength(Number(count));
    for (const r of filtered.rows) expect(r['提醒']!.split('、')).toContain(kind);
  });

  it('SKU: every stored unified code', async () => {
    const codes = await browser.readStore<SkuCode>('skuCodes');
    await openTab('SKU');
    const csv = await exportVia('导出统一编码');
    expect(csv.rows.map((r) => r['统一编码']).sort()).toEqual(codes.map((c) => c.code).sort());
  });
  it('客户: all customers, as many as the tier cards count, each a buyer of stored orders; one tier as its own file', async () => {
    const orders = await browser.readStore<Order>('orders');
    const buyers = new Set(orders.map((o) => `${platformName(o.platform)}|${o.buyer}`));
    await openTab('客户');
    const csv = await exportVia('导出全部客户');
    expect(csv.name).toMatch(/^店镜_客户_\d{4}-\d{2}-\d{2}\.csv$/);
    const tierCounts = await panel.locator('.tier-count').allTextContents();
    expect(csv.rows).toHaveLength(tierCounts.reduce((s, c) => s + Number(c.replace(/,/g, '')), 0));
    for (const r of csv.rows) expect(buyers.has(`${r['平台']}|${r['买家昵称']}`)).toBe(true);
    const tier = panel.locator('.tier-cards button').filter({ hasNot: panel.locator('.tier-count', { hasText: /^0$/ }) }).first();
    const label = await tier.locator('.tier-name').textContent();
    const count = Number(await tier.locator('.tier-count').textContent());
    await tier.click();
    const one = await exportVia('导出本层客户');
    expect(one.name).toMatch(new RegExp(`^店镜_客户_${label}_`));
    expect(one.rows).toHaveLength(count);
    for (const r of one.rows) expect(r['客户分层']).toBe(label);
  });

  it('标题: one row per stored listing (platform and product id)', async () => {
    const products = await browser.readStore<Product>('products');
    await openTab('标题');
    const csv = await exportVia('导出标题检查');
    expect(csv.name).toMatch(/^店镜_标题检查_/);
    const listings = [...new Set(products.map((p) => `${platformName(p.platform)}|${p.productId}`))].sort();
    expect(csv.rows.map((r) => `${r['平台']}|${r['商品ID']}`).sort()).toEqual(listings);
  });
});
