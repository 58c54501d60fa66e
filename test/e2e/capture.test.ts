import type { Page } from 'playwright-core';
import type { Capture } from '../../lib/domain';
import { launchWithExtension, waitFor, type ExtensionBrowser } from '../support/browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { DEMO_PAGES, type DemoPage } from '../fixtures/pages';
import { loadExpected } from '../support/fixtures';

// The built extension in real headless Chromium, on the demo pages served at their real console URLs.
// What must land in IndexedDB comes from the demo shop (test/fixtures/expected), compared field by field.

type Row = Record<string, unknown>;
const STORES = ['orders', 'products', 'captures'];

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

function keyOf(r: Row): string {
  return [r.platform, r.orderId ?? r.productId, r.skuId ?? ''].join('|');
}
/** Stored rows minus what depends on the moment of capture, sorted by key. */
function comparable(rows: Row[]): Row[] {
  return rows
    .map(({ capturedAt: _c, url: _u, firstSeenAt: _f, ...rest }) => rest)
    .sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
}
const storeOf = (page: DemoPage) => (page.kind === 'orders' ? 'orders' : 'products');

async function open(url: string): Promise<Page> {
  const tab = await browser.context.newPage();
  tab.on('pageerror', (e) => pageErrors.push(`${url}: ${e.message}`));
  await tab.goto(url);
  return tab;
}

/** The toolbar badge text of a tab, read through the extension's own API. */
async function badgeOf(tabId: number): Promise<string> {
  const ext = await browser.extensionPage();
  return ext.evaluate(
    (id) =>
      (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

async function capturesFor(url: string): Promise<Capture[]> {
  return (await browser.readStore<Capture>('captures')).filter((c) => c.url === url);
}

/** Waits until the store holds exactly `count` rows (of one platform, if given), stable over two reads. */
async function settled(store: string, count: number, platform?: string): Promise<Row[]> {
  let lastLen = -1;
  return waitFor(`${count} rows in ${store}`, async () => {
    const rows = (await browser.readStore<Row>(store)).filter((r) => !platform || r.platform === platform);
    const stable = rows.length === count && lastLen === count;
    lastLen = rows.length;
    return stable ? rows : undefined;
  });
}

describe.each(DEMO_PAGES.map((p) => [p.name, p] as const))('%s', (name, page) => {
  const url = page.urls[0]!;
  const { expected, expectedAll } = loadExpected(name);

  it('stores exactly the records the page shows, field by field', async () => {
    await browser.clearStores(STORES);
    const tab = await open(url);
    await waitFor('a capture', async () => ((await capturesFor(url)).length ? true : undefined));
    const rows = await settled(storeOf(page), expected.length);
    expect(comparable(rows)).toEqual(comparable(expected as Row[]));
    for (const row of rows) expect(row.url).toBe(url);
    const captures = await capturesFor(url);
    expect(captures.at(-1)!.rejected).toBe(page.brokenRows ?? 0);
    // The toolbar badge counts the rows this tab contributed.
    expect(await badgeOf(captures.at(-1)!.tabId!)).toBe(String(expected.length));
    await tab.close();
  });

  it('duplicates nothing when the page is visited again', async () => {
    const before = await browser.readStore<Row>(storeOf(page));
    const count = (await capturesFor(url)).length;
    const tab = await open(url);
    // A second visit is a new capture of the same rows: same keys, nothing added.
    const again = await waitFor('a second capture', async () => {
      const list = await capturesFor(url);
      return list.length > count ? list.at(-1) : undefined;
    });
    expect(again.added).toBe(0);
    const after = await browser.readStore<Row>(storeOf(page));
    expect(after.length).toBe(before.length);
    expect(comparable(after)).toEqual(comparable(before));
    await tab.close();
  });

  it.each(page.urls.slice(1).map((u) => [u]))('is captured at its other URL %s too', async (alt) => {
    const tab = await open(alt);
    const last = await waitFor('a capture', async () => (await capturesFor(alt)).at(-1));
    expect(last.saved).toBe(expected.length);
    expect(last.rejected).toBe(page.brokenRows ?? 0);
    await tab.close();
  });

  if (page.brokenRows) {
    it('keeps the good rows and logs each bad one with its reason', async () => {
      const [last] = (await capturesFor(url)).slice(-1);
      expect(last!.rejectedRows).toHaveLength(page.brokenRows!);
      for (const row of last!.rejectedRows) {
        expect(row.problems.length).toBeGreaterThan(0);
        for (const p of row.problems) expect(p.field).not.toBe('');
      }
      expect(last!.saved).toBe(expected.length);
    });
  }

  if (expectedAll) {
    it('stores every row once the seller has paged or scrolled through the list', async () => {
      await browser.clearStores(STORES);
      const tab = await open(url);
      await settled(storeOf(page), expected.length);
      if (page.kind === 'orders') {
        // Client-side paging: click "next" until it is disabled.
        const next = tab.locator('li[data-testid="beast-core-pagination-next"]');
        for (let i = 0; i < 20 && !((await next.getAttribute('class')) ?? '').includes('disabled'); i++) {
          const before = (await browser.readStore(storeOf(page))).length;
          await next.click();
          await waitFor('the next page captured', async () =>
            (await browser.readStore(storeOf(page))).length > before ? true : undefined,
          );
        }
      } else {
        // Virtualised list: scroll its container to the bottom step by step, as a seller would.
        await tab.evaluate(async () => {
          const box = [...document.querySelectorAll<HTMLElement>('*')].find(
            (el) => el.scrollHeight > el.clientHeight + 20 && getComputedStyle(el).overflowY !== 'visible',
          )!;
          for (let y = 0; y <= box.scrollHeight; y += Math.max(80, box.clientHeight / 2)) {
            box.scrollTop = y;
            await new Promise((r) => setTimeout(r, 600));
          }
        });
      }
      const rows = await settled(storeOf(page), expectedAll.length);
      expect(comparable(rows)).toEqual(comparable(expectedAll as Row[]));
      await tab.close();
    });
  }
});

describe('the extension as a whole', () => {
  it('never throws into a host page', () => {
    expect(pageErrors).toEqual([]);
  });

  it('asks only for the seller-console hosts and makes no request elsewhere', async () => {
    const page = await browser.extensionPage();
    type Manifest = { host_permissions?: string[]; content_scripts?: { matches?: string[] }[]; permissions?: string[] };
    const manifest = await page.evaluate(
      () => (globalThis as unknown as { chrome: { runtime: { getManifest(): Manifest } } }).chrome.runtime.getManifest(),
    );
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    for (const pattern of [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? [])]) {
      expect(pattern).toMatch(/^https:\/\/(myseller|qn|trade)\.taobao\.com\/|^https:\/\/(fxg\.jinritemai|shop\.jd|mms\.pinduoduo)\.com\//);
    }
    // Every request the fixture server saw was a page navigation of the test, never a call from ShopLens.
    // (Chromium's own favicon probe aside.)
    for (const url of server.requests.filter((u) => !u.endsWith('/favicon.ico'))) {
      expect(DEMO_PAGES.some((p) => p.urls.includes(url)), url).toBe(true);
    }
  });

  it('shows per-platform counts and the capture log in the side panel, matching the database', async () => {
    await browser.clearStores(STORES);
    for (const page of DEMO_PAGES.filter((p) => p.name === 'taobao-orders-broken' || p.name === 'jd-orders')) {
      const tab = await open(page.urls[0]!);
      await settled(storeOf(page), loadExpected(page.name).expected.length, page.platform);
      await tab.close();
    }
    const panel = await browser.extensionPage();
    await panel.reload();
    const orders = await browser.readStore<Row>('orders');
    const count = (p: string) => String(orders.filter((o) => o.platform === p).length);
    await waitFor('the side panel counts', async () =>
      (await panel.textContent('[data-testid="jd-orders"]')) === count('jd') ? true : undefined,
    );
    expect(await panel.textContent('[data-testid="taobao-orders"]')).toBe(count('taobao'));
    expect(await panel.textContent('[data-testid="pdd-orders"]')).toBe('0');
    const text = (await panel.textContent('main')) ?? '';
    expect(text).toContain('未保存的行及原因');
    expect(text).toMatch(/第 \d+ 行/);
  });
});
