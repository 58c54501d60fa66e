import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import type { Capture, Order, Product } from '../../lib/domain';
import { launchWithExtension, waitFor, type ExtensionBrowser } from '../support/browser';
import { DEMO_PAGES } from '../fixtures/pages';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { loadExpected } from '../support/fixtures';

// The popup in real Chromium over the demo pages captured by the built extension. Headless Chromium has no
// toolbar to click, so popup.html is opened as a page with `?tab=<id>`: the popup looks at that tab instead of
// the active one (entrypoints/popup/browser-env.ts) — the same tabs.get and permission limits as the real popup.

let server: FixtureServer;
let browser: ExtensionBrowser;
/** The Taobao order list, left open: the console tab the popup looks at. */
let consoleTab: Page;
let consoleTabId: number;

const PAGES = DEMO_PAGES.filter((p) => p.name === `${p.platform}-${p.kind}`);
const TAOBAO_ORDERS = PAGES.find((p) => p.platform === 'taobao' && p.kind === 'orders')!;
const TAOBAO_URL = TAOBAO_ORDERS.urls[0]!;

async function visit(url: string, done: () => Promise<boolean>, keep = false): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(url);
  await waitFor(`a capture of ${url}`, async () => ((await done()) ? true : undefined));
  if (!keep) await tab.close();
  return tab;
}

const taobaoCaptures = async () => (await browser.readStore<Capture>('captures')).filter((c) => c.url === TAOBAO_URL);

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ port: server.port, hosts: server.hosts });
  for (const page of PAGES) {
    const store = page.kind === 'orders' ? 'orders' : 'products';
    const want = loadExpected(page.name).expected.length;
    const done = async () => (await browser.readStore<Order>(store)).filter((r) => r.platform === page.platform).length >= want;
    const tab = await visit(page.urls[0]!, done, page === TAOBAO_ORDERS);
    if (page === TAOBAO_ORDERS) consoleTab = tab;
  }
  consoleTabId = (await taobaoCaptures()).at(-1)!.tabId!;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 360, height: 800 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

describe('the popup', () => {
  it('on a console tab shows that page, its rows and last capture, and what the database holds', async () => {
    const popup = await openPopup(consoleTabId);
    const status = popup.getByTestId('page-status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('当前页面：淘宝/天猫 · 订单列表');
    const expected = loadExpected(TAOBAO_ORDERS.name).expected.length;
    await expect.poll(() => popup.getByTestId('tab-rows').textContent()).toBe(`本标签页已采集 ${expected} 行`);
    const last = (await taobaoCaptures()).at(-1)!;
    expect(await popup.getByTestId('last-read').textContent()).toBe(
      `读到 ${last.read} 行，保存 ${last.saved} 行（新增 ${last.added}），未保存 ${last.rejected} 行`,
    );
    const orders = await browser.readStore<Order>('orders');
    const products = await browser.readStore<Product>('products');
    expect(await popup.getByTestId('holds-orders').textContent()).toBe(orders.length.toLocaleString('zh-CN'));
    expect(await popup.getByTestId('holds-products').textContent()).toBe(products.length.toLocaleString('zh-CN'));
    // The background stores the urgent list after the shards are written, with the customer count.
    await expect.poll(() => popup.getByTestId('holds-customers').textContent(), { timeout: 15_000 }).toMatch(/^\d+$/);
    await popup.close();
  });

  it('elsewhere lists the console pages it reads', async () => {
    const blank = await browser.context.newPage();
    await blank.goto('about:blank');
    const tabId = await (await browser.extensionPage()).evaluate(async () => {
      const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).chrome.tabs.query({});
      return tabs.find((t) => t.url === undefined || t.url === 'about:blank')?.id;
    });
    const popup = await openPopup(tabId!);
    await expect.poll(() => popup.getByTestId('about').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await popup.getByTestId('console-pages').getByRole('link').count()).toBe(8);
    await popup.close();
    await blank.close();
  });

  it('立即采集 reads the page now and stores a row changed in its DOM', async () => {
    const orders = await browser.readStore<Order>('orders');
    const target = orders.find((o) => o.platform === 'taobao' && !o.buyer.includes('*') && o.buyer.length >= 3)!;
    const renamed = `${target.buyer}改`;
    const popup = await openPopup(consoleTabId);
    const button = popup.getByRole('button', { name: '立即采集' });
    await button.waitFor({ timeout: 15_000 });
    // The page's own observer may store the change as well; what 立即采集 must do is answer only once it is stored.
    const replaced = await consoleTab.evaluate(
      ({ from, to }) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let n = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.nodeValue?.includes(from)) {
            node.nodeValue = node.nodeValue.split(from).join(to);
            n++;
          }
        }
        return n;
      },
      { from: target.buyer, to: renamed },
    );
    expect(replaced).toBeGreaterThan(0);
    await button.click();
    const text = await waitFor('the capture reply', async () => {
      const t = (await popup.getByTestId('capture-now-status').textContent()) ?? '';
      return t.startsWith('已采集') ? t : undefined;
    });
    const expected = loadExpected(TAOBAO_ORDERS.name).expected.length;
    expect(text).toMatch(new RegExp(`^已采集：读到 ${expected + (TAOBAO_ORDERS.brokenRows ?? 0)} 行，保存 ${expected} 行`));
    // The reply comes once the background has stored the rows: the changed buyer is in IndexedDB now.
    const stored = (await browser.readStore<Order>('orders')).find((o) => o.platform === 'taobao' && o.orderId === target.orderId)!;
    expect(stored.buyer).toBe(renamed);
    await popup.close();
  });

  it('exports every order from the popup as a CSV whose rows match the database', async () => {
    const popup = await openPopup(consoleTabId);
    const button = popup.getByRole('button', { name: '订单', exact: true });
    await button.waitFor({ timeout: 15_000 });
    const [download] = await Promise.all([popup.waitForEvent('download', { timeout: 60_000 }), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^店镜_订单_\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    const col = (name: string) => header!.indexOf(name);
    const unwrap = (s: string) => /^="(.*)"$/.exec(s)?.[1] ?? s;
    const orders = await browser.readStore<Order>('orders');
    const want = orders.flatMap((o) => o.items.map((item, i) => `${o.orderId}|${i + 1}|${item.title}|${item.quantity}|${o.buyer}`)).sort();
    const got = rows.map((r) => `${unwrap(r[col('订单编号')]!)}|${r[col('商品行')]}|${r[col('商品标题')]}|${r[col('数量')]}|${r[col('买家昵称')]}`).sort();
    expect(got).toEqual(want);
    await popup.close();
  });
});
