import type { Page } from 'playwright-core';
import type { Capture } from '../../lib/domain';
import { launchWithExtension, waitFor, type ExtensionBrowser } from '../support/browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { CHANGED_PAGES } from '../fixtures/pages/changed';

// The drift alarm in real Chromium: pages whose structure changed under their reader raise it in the
// toolbar badge and the 采集 tab and store nothing; a list that is simply empty stays quiet.

let server: FixtureServer;
let browser: ExtensionBrowser;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ port: server.port, hosts: server.hosts });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string): Promise<Page> {
  const tab = await browser.context.newPage();
  tab.on('pageerror', (e) => pageErrors.push(`${url}: ${e.message}`));
  await tab.goto(url);
  return tab;
}

async function badgeOf(tabId: number): Promise<{ text: string; title: string }> {
  const ext = await browser.extensionPage();
  return ext.evaluate(async (id) => {
    const action = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } } }).chrome.action;
    return { text: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
  }, tabId);
}

const capturesFor = async (url: string) => (await browser.readStore<Capture>('captures')).filter((c) => c.url === url);
const storedFrom = async (url: string) =>
  [...(await browser.readStore<{ url: string }>('orders')), ...(await browser.readStore<{ url: string }>('products'))].filter((r) => r.url === url);

describe.each(CHANGED_PAGES.filter((p) => p.drift).map((p) => [p.name, p] as const))('%s', (_name, page) => {
  it('raises the drift warning in the badge and the 采集 tab, and stores nothing from the page', async () => {
    await browser.clearStores(['orders', 'products', 'captures']);
    const tab = await open(page.url);
    const capture = await waitFor('a capture with drift', async () => (await capturesFor(page.url)).find((c) => c.drift));
    expect(capture.readerVersion).toBeGreaterThan(0);
    expect(capture.drift!.readerVersion).toBe(capture.readerVersion);
    expect(capture.saved).toBe(0);
    expect(await storedFrom(page.url)).toEqual([]);
    const badge = await waitFor('the warning badge', async () => {
      const b = await badgeOf(capture.tabId!);
      return b.text === '!' ? b : undefined;
    });
    expect(badge.title).toContain('该页面结构可能已变化');

    const panel = await browser.extensionPage();
    await panel.reload();
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('该页面结构可能已变化');
    expect(text).toContain(new URL(page.url).hostname + new URL(page.url).pathname);
    if (capture.drift!.reason === 'no-rows') expect(text).toContain('页面上看到：');
    else expect(text).toContain('缺失或无法识别的字段：');
    expect(text).toContain('示例行：');
    await tab.close();
  });
});

describe.each(CHANGED_PAGES.filter((p) => !p.drift).map((p) => [p.name, p] as const))('%s', (_name, page) => {
  it('stays quiet: no capture, no warning, no badge', async () => {
    await browser.clearStores(['orders', 'products', 'captures']);
    const tab = await open(page.url);
    // The content script reads on load and after changes; give it the time a capture takes elsewhere.
    await tab.waitForTimeout(3000);
    expect(await capturesFor(page.url)).toEqual([]);
    // ShopLens has no host or tabs permission: a tab's URL is hidden from it, and our content script there tells it.
    const tabId = await (await browser.extensionPage()).evaluate(async (url) => {
      type Tabs = { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
      const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
      for (const t of await tabs.query({})) {
        const at = await tabs.sendMessage(t.id, { type: 'shoplens/page-url' }).catch(() => undefined);
        if (at === url) return t.id;
      }
      return undefined;
    }, page.url);
    expect(tabId).toBeDefined();
    expect((await badgeOf(tabId!)).text).toBe('');
    const panel = await browser.extensionPage();
    await panel.reload();
    await panel.getByText('最近采集记录').waitFor();
    expect(await panel.getByRole('alert').count()).toBe(0);
    await tab.close();
  });
});

it('never throws into a host page', () => {
  expect(pageErrors).toEqual([]);
});
