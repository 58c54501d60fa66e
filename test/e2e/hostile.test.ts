import type { Page } from 'playwright-core';
import { PLATFORMS } from '../../lib/platforms/registry';
import { launchWithExtension, waitFor, type ExtensionBrowser } from '../support/browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { DEMO_PAGES } from '../fixtures/pages';
import { loadExpected } from '../support/fixtures';

// A hostile console page in real Chromium, against the built extension: it cannot switch capture off by posting
// the framework's "content script started" message, and it never hears the extension's id. The manifest asks
// for no host permission beyond the content scripts' matches.

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ port: server.port, hosts: server.hosts });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PDD_ORDERS = DEMO_PAGES.find((p) => p.name === 'pdd-orders')!;
const pddOrders = async () => (await browser.readStore<{ platform: string }>('orders')).filter((o) => o.platform === 'pdd');

/** Waits for at least `count` pdd orders, stable over two reads. */
async function atLeast(count: number): Promise<number> {
  let last = -1;
  return waitFor(`${count} pdd orders`, async () => {
    const n = (await pddOrders()).length;
    const ok = n >= count && n === last;
    last = n;
    return ok ? n : undefined;
  });
}

/** Opens a page that records every window message it receives, from its first script on. */
async function openRecording(url: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    window.addEventListener('message', (e) => seen.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data)), true);
  });
  await tab.goto(url);
  return tab;
}

describe('a hostile console page', () => {
  it('cannot switch capture off with a forged "content script started" message, and never hears the extension id', async () => {
    await browser.clearStores(['orders', 'products', 'captures']);
    const firstPage = loadExpected(PDD_ORDERS.name).expected.length;
    const tab = await openRecording(PDD_ORDERS.urls[0]!);
    expect(await atLeast(firstPage)).toBe(firstPage);

    // What WXT 0.21's context listens for (a document event and a window message named after the extension id
    // and the script), forged with the real id — the worst case, a page that learnt it somehow.
    await tab.evaluate((id) => {
      for (const name of ['pdd', 'pdd.content', 'content']) {
        const type = `${id}:${name}:wxt:content-script-started`;
        const detail = { contentScriptName: name, messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, ...detail }, '*');
      }
    }, browser.extensionId);
    await tab.waitForTimeout(500);

    // Capture still runs: the next page of the list, drawn by the page's own script, is stored.
    await tab.locator('li[data-testid="beast-core-pagination-next"]').click();
    expect(await atLeast(firstPage + 1)).toBeGreaterThan(firstPage);

    // Nothing the extension posted to the page names it (WXT's own context posts `<id>:…:content-script-started`).
    const seen = await tab.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    const ours = seen.filter((m) => !m.includes('forged'));
    expect(ours.join('\n')).not.toContain(browser.extensionId);
    expect(ours.join('\n')).not.toContain('content-script-started');
    await tab.close();
  });
});

describe('the manifest', () => {
  it('asks for no host permission; the content scripts match exactly the adapters’ list pages and apps', async () => {
    const page = await browser.extensionPage();
    type Manifest = { host_permissions?: string[]; permissions?: string[]; content_scripts?: { matches?: string[] }[] };
    const manifest = await page.evaluate(
      () => (globalThis as unknown as { chrome: { runtime: { getManifest(): Manifest } } }).chrome.runtime.getManifest(),
    );
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.permissions).toEqual(['storage', 'sidePanel']);
    const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []).sort();
    expect(matches).toEqual(Object.values(PLATFORMS).flatMap((a) => a.matches).sort());
  });
});
