import type { Page } from 'playwright-core';
import type { Capture, Order, Product, SkuCode } from '../../lib/domain';
import { launchWithExtension, waitFor, type ExtensionBrowser } from '../support/browser';
import { DEMO_PAGES } from '../fixtures/pages';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { loadExpected } from '../support/fixtures';

// Backup, delete one platform and restore in real Chromium, through the side panel's 数据 tab: the demo pages
// captured by the built extension; a backup saved as the browser's download; 抖店 deleted from the panel
// (IndexedDB then holds none of its orders, products, codes or captures, the background rebuilds the derived
// tables and 经营's total drops by its orders); the backup picked in the file input and merged back (every
// order as before, 经营 as before).

let server: FixtureServer;
let browser: ExtensionBrowser;
let panel: Page;

const PAGES = DEMO_PAGES.filter((p) => p.name === `${p.platform}-${p.kind}`);
const COUNTED = new Set(['paid', 'shipped', 'completed', 'refunding']);

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
  panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const sortOrders = (rows: Order[]) => rows.map((o) => `${o.platform}|${o.orderId}|${o.buyer}|${o.status}|${o.paidFen}`).sort();

/** 经营 over 全部: waits until the total order count shows `n`. */
async function kpiTotalIs(n: number): Promise<void> {
  await panel.getByRole('tab', { name: '经营' }).click();
  await panel.getByRole('button', { name: '全部' }).click();
  const cell = panel.getByTestId('kpi-total-orders');
  await waitFor(`经营 showing ${n} orders`, async () => ((await cell.textContent())?.replace(/,/g, '') === String(n) ? true : undefined), 30_000);
}

describe('数据 tab in real Chromium', () => {
  it('backs up, deletes 抖店 (IndexedDB and 经营 follow), restores the backup by merge', async () => {
    // Let the background's write-behind flush and codes settle.
    await waitFor('SKU codes of every platform', async () => {
      const codes = await browser.readStore<SkuCode>('skuCodes');
      return new Set(codes.map((c) => c.platform)).size === 4 ? true : undefined;
    });
    const orders = await browser.readStore<Order>('orders');
    const douyin = orders.filter((o) => o.platform === 'douyin');
    expect(douyin.length).toBeGreaterThan(10);
    const counted = orders.filter((o) => COUNTED.has(o.status)).length;
    const countedDouyin = douyin.filter((o) => COUNTED.has(o.status)).length;
    await kpiTotalIs(counted);

    // Backup: a download with every order.
    await panel.getByRole('tab', { name: '数据' }).click();
    const [download] = await Promise.all([panel.waitForEvent('download', { timeout: 60_000 }), panel.getByRole('button', { name: '备份全部数据' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^店镜_备份_\d{4}-\d{2}-\d{2}_\d{4}\.jsonl$/);
    const backupPath = (await download.path())!;
    await panel.getByText(/^已保存备份/).waitFor();

    // Delete 抖店: asked first, then gone from every table.
    await panel.getByLabel('平台').selectOption('douyin');
    await panel.getByRole('button', { name: '删除该平台数据…' }).click();
    const ask = panel.getByTestId('confirm-platform');
    await ask.getByText(`将删除 抖店 的 ${douyin.length} 笔订单`, { exact: false }).waitFor();
    expect(await browser.readStore<Order>('orders')).toHaveLength(orders.length);
    await ask.getByRole('button', { name: '确定' }).click();
    await panel.getByText(new RegExp(`^已删除 抖店：${douyin.length} 笔订单`)).waitFor({ timeout: 30_000 });
    const left = await browser.readStore<Order>('orders');
    expect(left).toHaveLength(orders.length - douyin.length);
    expect(left.some((o) => o.platform === 'douyin')).toBe(false);
    expect((await browser.readStore<Product>('products')).some((p) => p.platform === 'douyin')).toBe(false);
    expect((await browser.readStore<SkuCode>('skuCodes')).some((c) => c.platform === 'douyin')).toBe(false);
    expect((await browser.readStore<Capture>('captures')).some((c) => c.platform === 'douyin')).toBe(false);
    // The background was told and rebuilt the derived tables: the meta row is back, with no 抖店 day rows.
    await waitFor('the rebuilt shards', async () => {
      const shards = await browser.readStore<{ id: string }>('aggregateShards');
      return shards.some((s) => s.id === 'meta') ? shards : undefined;
    });
    expect((await browser.readStore<{ id: string }>('aggregateShards')).some((s) => /^day\/.*\/douyin$/.test(s.id))).toBe(false);
    await kpiTotalIs(counted - countedDouyin);

    // Restore the backup, merged: every order as it was, 经营 as it was.
    await panel.getByRole('tab', { name: '数据' }).click();
    await panel.getByLabel('从备份文件恢复…').setInputFiles(backupPath);
    await panel.getByText(new RegExp(`含 ${orders.length} 笔订单`)).waitFor({ timeout: 30_000 });
    await panel.getByRole('button', { name: '合并到现有数据' }).click();
    await panel.getByText(new RegExp(`^恢复完成（合并）：订单新增 ${douyin.length}、更新 0、未变 ${orders.length - douyin.length}`)).waitFor({ timeout: 60_000 });
    expect(sortOrders(await browser.readStore<Order>('orders'))).toEqual(sortOrders(orders));
    await kpiTotalIs(counted);
  });
});
