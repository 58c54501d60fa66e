import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { formatBytes } from '../../components/format';
import type { Order } from '../../lib/domain';
import { PERSIST_ASKED_KEY } from '../../lib/db/storage';
import { DEMO_PAGES } from '../fixtures/pages';
import { launchWithExtension, waitFor, type ExtensionBrowser } from '../support/browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { loadExpected } from '../support/fixtures';

// The 数据 tab's storage section in real Chromium: the built extension's side panel asks for persistent
// storage once and shows Chromium's answer, the usage and quota Chromium estimates, and the rows per table
// after a capture; with the estimate made to read 90 % of the quota, the near-full warning.

let server: FixtureServer;
let browser: ExtensionBrowser;

const TAOBAO_ORDERS = DEMO_PAGES.find((p) => p.name === 'taobao-orders')!;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ port: server.port, hosts: server.hosts });
  const tab = await browser.context.newPage();
  await tab.goto(TAOBAO_ORDERS.urls[0]!);
  const want = loadExpected('taobao-orders').expected.length;
  await waitFor('the Taobao orders captured', async () => ((await browser.readStore<Order>('orders')).length >= want ? true : undefined));
  await tab.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openDataTab(init?: () => void): Promise<Page> {
  const panel = await browser.context.newPage();
  if (init) await panel.addInitScript(init);
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: '数据' }).click();
  await panel.getByTestId('storage-section').waitFor();
  return panel;
}

it('shows the usage and quota Chromium estimates, its answer to the persistence request, and the rows per table', async () => {
  const panel = await openDataTab();
  const section = panel.getByTestId('storage-section');
  const usage = section.getByTestId('storage-usage');
  await waitFor('the usage line', async () => ((await usage.textContent())?.startsWith('已用') ? true : undefined));
  const estimate = await panel.evaluate(() => navigator.storage.estimate());
  expect(estimate.quota).toBeGreaterThan(0);
  expect(await usage.textContent()).toMatch(new RegExp(`^已用 \\d+(\\.\\d)? [KMG]?B，上限约 ${formatBytes(estimate.quota!).replace('.', '\\.')}（\\d+\\.\\d%）`));

  // The panel asked once (the mark is kept) and shows what Chromium answered.
  const persist = section.getByTestId('storage-persist');
  await waitFor('the persistence answer', async () => ((await persist.getAttribute('data-state')) !== 'checking' ? true : undefined));
  const persisted = await panel.evaluate(() => navigator.storage.persisted());
  expect(await persist.getAttribute('data-state')).toBe(persisted ? 'granted' : 'denied');
  expect(await persist.textContent()).toContain(persisted ? '已获准' : '未获准');
  expect(await panel.evaluate((key) => localStorage.getItem(key), PERSIST_ASKED_KEY)).not.toBeNull();

  const orders = loadExpected('taobao-orders').expected.length;
  expect(await section.getByTestId('storage-orders').textContent()).toMatch(new RegExp(`^订单 orders${orders}\\d`));
  expect(await section.getByTestId('storage-near-full').count()).toBe(0);
  expect(await panel.getByRole('tab', { name: '设置' }).count()).toBe(1);
  if (process.env.SHOPLENS_TEST_OUT) await section.screenshot({ path: join(process.env.SHOPLENS_TEST_OUT, 'storage-section.png') });
  await panel.close();
});

it('warns when the estimate reads nearly full', async () => {
  // Chromium's own estimate, with the usage put at 90 % of its quota.
  const panel = await openDataTab(() => {
    const storage = navigator.storage;
    const real = storage.estimate.bind(storage);
    storage.estimate = async () => {
      const e = await real();
      return { ...e, usage: Math.round((e.quota ?? 0) * 0.9) };
    };
  });
  const warning = panel.getByTestId('storage-near-full');
  await warning.waitFor();
  expect(await warning.textContent()).toContain('存储空间将满：已用上限的 90.0%');
  if (process.env.SHOPLENS_TEST_OUT) await panel.getByTestId('storage-section').screenshot({ path: join(process.env.SHOPLENS_TEST_OUT, 'storage-near-full.png') });
  await panel.close();
});
