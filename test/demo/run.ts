/**
 * `npm run demo`: builds ShopLens, serves the demo seller pages over HTTPS at their real console URLs and
 * opens Chromium with the extension loaded and the seller hostnames mapped to the local server. With a
 * display the browser stays open for you to explore; without one (or with --headless) it runs headless,
 * visits every page, and saves screenshots of each page and of the side panel to a folder it names.
 */
import { fileURLToPath as toPath } from 'node:url';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PLATFORM_IDS } from '../../lib/domain/platform';
import { CHROMIUM, launchWithExtension, waitFor } from '../support/browser';
import { buildExtension } from '../support/build';
import { startFixtureServer } from '../support/fixture-server';
import { DEMO_NOW } from '../fixtures/data/shop';
import { DEMO_PAGES } from '../fixtures/pages';
import { CHANGED_PAGES } from '../fixtures/pages/changed';

const HERE = join(toPath(import.meta.url), '..');

const args = new Set(process.argv.slice(2));
/** The side panel's analytics tabs, by their Chinese label, and the screenshot name of each. */
const PANEL_TABS = [
  ['经营', 'kpi'],
  ['客户', 'customers'],
  ['库存', 'stock'],
  ['SKU', 'sku'],
  ['标题', 'titles'],
  ['数据', 'data'],
  ['设置', 'settings'],
] as const;
const headless = args.has('--headless') || !process.env.DISPLAY;

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium was not found at ${CHROMIUM}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  if (!args.has('--no-build')) buildExtension();

  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const outDir = join(HERE, 'out', stamp);
  mkdirSync(outDir, { recursive: true });
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ port: server.port, hosts: server.hosts, headless });
  console.log(`ShopLens demo: ${DEMO_PAGES.length} seller pages served for ${server.hosts.join(', ')}`);

  let shot = 0;
  const name = (what: string) => join(outDir, `${String(++shot).padStart(2, '0')}-${what}.png`);
  for (const page of DEMO_PAGES) {
    const url = page.urls[0]!;
    const tab = await browser.context.newPage();
    await tab.goto(url);
    await tab.waitForTimeout(1200);
    if (page.expectedAll && page.kind === 'orders') {
      const next = tab.locator('li[data-testid="beast-core-pagination-next"]');
      while ((await next.count()) && !((await next.getAttribute('class')) ?? '').includes('disabled')) {
        await next.click();
        await tab.waitForTimeout(800);
      }
    } else if (page.expectedAll) {
      await tab.evaluate(async () => {
        const box = [...document.querySelectorAll<HTMLElement>('*')].find(
          (el) => el.scrollHeight > el.clientHeight + 20 && getComputedStyle(el).overflowY !== 'visible',
        );
        for (let y = 0; box && y <= box.scrollHeight; y += box.clientHeight / 2) {
          box.scrollTop = y;
          await new Promise((r) => setTimeout(r, 500));
        }
      });
    }
    await tab.screenshot({ path: name(page.name) });
    console.log(`  ${page.name.padEnd(24)} ${url}`);
    if (headless) await tab.close();
  }

  // Pages whose structure changed under their reader (the 采集 tab warns) and an empty list (it must not).
  for (const page of CHANGED_PAGES) {
    const tab = await browser.context.newPage();
    await tab.goto(page.url);
    await tab.waitForTimeout(1500);
    await tab.screenshot({ path: name(page.name) });
    console.log(`  ${page.name.padEnd(24)} ${page.url}  — ${page.about}`);
    if (headless) await tab.close();
  }

  const panel = await browser.extensionPage();
  await panel.setViewportSize({ width: 420, height: 1000 });
  // The demo shop's orders lie in the 120 days before DEMO_NOW: the panel's clock is set there so the
  // analytics tabs (last 7/30/90 days, customer recency, stock windows) show the shop as of that day.
  await panel.clock.setFixedTime(DEMO_NOW);
  await panel.reload();
  await waitFor('the side panel', async () => ((await panel.locator('.card').count()) === 4 ? true : undefined));
  await panel.waitForTimeout(500);
  await panel.screenshot({ path: name('side-panel'), fullPage: true });
  for (const [tab, file] of PANEL_TABS) {
    await panel.getByRole('tab', { name: tab }).click();
    await waitFor(`the ${tab} tab`, async () => ((await panel.locator('[aria-busy="true"]').count()) === 0 ? true : undefined));
    if (file === 'sku') await panel.locator('.group details summary').first().click();
    await panel.waitForTimeout(400);
    await panel.screenshot({ path: name(`side-panel-${file}`), fullPage: true });
    if (file === 'kpi') {
      await panel.getByRole('button', { name: '全部' }).click();
      await panel.waitForTimeout(400);
      await panel.screenshot({ path: name('side-panel-kpi-all'), fullPage: true });
    }
  }
  await panel.getByRole('tab', { name: '采集' }).click();

  // The toolbar popup over a console tab and elsewhere. Headless Chromium has no toolbar: popup.html is opened as
  // a page, `?tab=<id>` naming the tab it looks at (entrypoints/popup/browser-env.ts), its clock on the demo day.
  const consoleUrl = DEMO_PAGES.find((p) => p.platform === 'taobao' && p.kind === 'orders')!.urls[0]!;
  const consoleTab = await browser.context.newPage();
  await consoleTab.goto(consoleUrl);
  await consoleTab.waitForTimeout(1500);
  // ShopLens has no host or tabs permission (a tab's URL is hidden from it): our content script in the tab tells it.
  const consoleTabId = await panel.evaluate(async (url) => {
    type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    for (const t of await tabs.query({})) {
      if (t.id === undefined) continue;
      if ((await tabs.sendMessage(t.id, { type: 'shoplens/page-url' }).catch(() => undefined)) === url) return t.id;
    }
    return undefined;
  }, consoleUrl);
  for (const [query, file] of [[`?tab=${consoleTabId}`, 'popup'], ['', 'popup-elsewhere']] as const) {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 760 });
    await popup.clock.setFixedTime(DEMO_NOW);
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html${query}`);
    await waitFor('the popup', async () => ((await popup.locator('[aria-busy="true"]').count()) === 0 ? true : undefined));
    await popup.waitForTimeout(1500); // the background works the urgent list out for the demo day
    await popup.screenshot({ path: name(file), fullPage: true });
    await popup.close();
  }
  if (headless) await consoleTab.close();

  const orders = await browser.readStore<{ platform: string }>('orders');
  const products = await browser.readStore<{ platform: string }>('products');
  console.log('\nCaptured into IndexedDB (shoplens):');
  for (const p of PLATFORM_IDS) {
    const o = orders.filter((r) => r.platform === p).length;
    const g = products.filter((r) => r.platform === p).length;
    console.log(`  ${p.padEnd(7)} orders ${String(o).padStart(3)}   products ${String(g).padStart(3)}`);
  }
  console.log(`\nScreenshots: ${outDir}`);

  if (headless) {
    await browser.close();
    await server.close();
    return;
  }
  console.log('The browser stays open: the ShopLens toolbar button opens the popup, its 打开侧边栏 the side panel. Close the browser to end.');
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  await server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
