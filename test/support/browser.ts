import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { EXTENSION_DIR } from './build';

export { EXTENSION_DIR };
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** An extension page (the side panel document) used to read IndexedDB and call extension APIs. */
  extensionPage(): Promise<Page>;
  /** Every row of one object store of the `shoplens` database. */
  readStore<T = Record<string, unknown>>(store: string): Promise<T[]>;
  /** Empties the given stores (each test starts from a known database). */
  clearStores(stores: string[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * Real Chromium with the built extension loaded and the seller hostnames mapped to the local fixture
 * server; every other host resolves to nothing, so the browser cannot reach the network at all.
 */
export async function launchWithExtension(opts: {
  port: number;
  hosts: string[];
  headless?: boolean;
  /** The built extension to load (default: the test build, build.ts EXTENSION_DIR). */
  extensionDir?: string;
}): Promise<ExtensionBrowser> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  const rules = [...opts.hosts.map((h) => `MAP ${h} 127.0.0.1:${opts.port}`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'];
  const headless = opts.headless ?? true;
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'shoplens-profile-')), {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1280, height: 900 },
    ignoreHTTPSErrors: true,
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--ignore-certificate-errors',
      `--host-resolver-rules=${rules.join(', ')}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 90_000 }));
  const extensionId = new URL(worker.url()).host;
  let extPage: Page | undefined;
  const extensionPage = async () => {
    if (!extPage || extPage.isClosed()) {
      extPage = await context.newPage();
      await extPage.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    }
    return extPage;
  };
  return {
    context,
    extensionId,
    extensionPage,
    async readStore<T>(store: string) {
      const page = await extensionPage();
      return page.evaluate(
        (name) =>
          new Promise<unknown[]>((resolve, reject) => {
            const open = indexedDB.open('shoplens');
            // No database yet: nothing to read, and do not create an empty one (it would block the extension's open).
            open.onupgradeneeded = () => open.transaction!.abort();
            open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
            open.onsuccess = () => {
              const db = open.result;
              db.onversionchange = () => db.close();
              if (!db.objectStoreNames.contains(name)) {
                db.close();
                return resolve([]);
              }
              const req = db.transaction(name).objectStore(name).getAll();
              req.onsuccess = () => {
                db.close();
                resolve(req.result);
              };
              req.onerror = () => reject(req.error);
            };
          }),
        store,
      ) as Promise<T[]>;
    },
    async clearStores(stores: string[]) {
      const page = await extensionPage();
      await page.evaluate(
        (names) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('shoplens');
            // No database yet: do not create an empty one (its version would block the extension's own open).
            open.onupgradeneeded = () => open.transaction!.abort();
            open.onerror = () => (open.error?.name === 'AbortError' ? resolve() : reject(open.error));
            open.onsuccess = () => {
              const db = open.result;
              // Never hold the connection: a later version opened by the extension would wait for it.
              db.onversionchange = () => db.close();
              const present = names.filter((n) => db.objectStoreNames.contains(n));
              if (!present.length) {
                db.close();
                return resolve();
              }
              const tx = db.transaction(present, 'readwrite');
              for (const n of present) tx.objectStore(n).clear();
              tx.oncomplete = () => {
                db.close();
                // Changed behind ingest's back: the background drops what it holds (as a delete or restore would).
                const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean }> } } }).chrome.runtime;
                runtime
                  .sendMessage({ type: 'shoplens/data-changed' })
                  .then((reply) => (reply?.ok ? resolve() : reject(new Error('background refused shoplens/data-changed'))), reject);
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        stores,
      );
    },
    close: () => context.close(),
  };
}

/** Polls until `check` returns a value other than undefined, or fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
