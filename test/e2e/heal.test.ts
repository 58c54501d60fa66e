import type { Capture, Order } from '../../lib/domain';
import { launchWithExtension, waitFor, type ExtensionBrowser } from '../support/browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { DEMO_PAGES } from '../fixtures/pages';

// Derived tables that heal, in real Chromium (issue 13 point 6): the digest rows are lost and a day shard is
// left as bad JSON while the background is stopped; the next capture works, the shards are rebuilt from the
// orders (no order counted twice) and the 采集 tab says so.

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

interface ShardRow {
  id: string;
  json: string;
}

const page = DEMO_PAGES.find((p) => p.platform === 'taobao' && p.kind === 'orders' && !p.brokenRows)!;

/** The shards once the background has written them for every logged capture (meta's watermark = the last capture). */
async function flushed(): Promise<ShardRow[]> {
  return waitFor('the shards written', async () => {
    const [shards, captures] = await Promise.all([browser.readStore<ShardRow>('aggregateShards'), browser.readStore<Capture>('captures')]);
    const meta = shards.find((r) => r.id === 'meta');
    const last = Math.max(0, ...captures.map((c) => c.id!));
    return meta && last > 0 && (JSON.parse(meta.json) as { watermark: number }).watermark === last ? shards : undefined;
  });
}

/** Paid amounts of every day row (what 经营's GMV adds up), from the stored shards. */
function gmvOf(shards: ShardRow[]): number {
  let fen = 0;
  for (const r of shards.filter((s) => s.id.startsWith('day/'))) {
    for (const d of (JSON.parse(r.json) as { d: { fen: Record<string, number> }[] }).d) fen += Object.values(d.fen).reduce((a, b) => a + b, 0);
  }
  return fen;
}

it('a capture after the shards were damaged works, rebuilds them from the orders and the 采集 tab says so', async () => {
  const tab = await browser.context.newPage();
  await tab.goto(page.urls[0]!);
  const shards = await flushed();
  const orders = await browser.readStore<Order>('orders');
  expect(orders.length).toBeGreaterThan(20);
  const paid = orders.reduce((a, o) => a + o.paidFen, 0);
  expect(gmvOf(shards)).toBe(paid);

  // The service worker is stopped (its tables in memory go), then the rows are damaged behind its back.
  const ext = await browser.extensionPage();
  const cdp = await browser.context.newCDPSession(ext);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const day = shards.find((r) => r.id.startsWith('day/') && r.id.endsWith('/taobao'))!.id;
  await ext.evaluate(
    ([dayId]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('shoplens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('aggregateShards', 'readwrite');
          const store = tx.objectStore('aggregateShards');
          store.delete(IDBKeyRange.bound('dig/', 'dig/\uffff'));
          store.put({ id: dayId, json: '{"d":[{"id":' });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [day],
  );

  // The seller opens the page again: the same orders re-captured by a new background.
  await tab.reload();
  const healed = await waitFor('the heal recorded', async () => (await browser.readStore<{ id: string; value: { problems: { kind: string }[] } }>('settings')).find((s) => s.id === 'derived-heal'));
  expect(healed.value.problems.map((p) => p.kind)).toContain('unreadable');
  const after = await flushed();
  expect(JSON.parse(after.find((r) => r.id === day)!.json)).toHaveProperty('d');
  expect(after.filter((r) => r.id.startsWith('dig/')).length).toBe(shards.filter((r) => r.id.startsWith('dig/')).length);
  expect(await browser.readStore<Order>('orders')).toHaveLength(orders.length);
  // No order counted twice.
  expect(gmvOf(after)).toBe(paid);

  await ext.reload();
  const notice = ext.getByTestId('heal-notice');
  await notice.waitFor();
  expect(await notice.textContent()).toMatch(/检测到统计表损坏（无法读取的行 day\/.*），已从订单重新计算/);
  await tab.close();
});
