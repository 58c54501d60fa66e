import type { UrgentList } from '../../lib/analytics/urgent';
import type { Order } from '../../lib/domain';
import { launchWithExtension, waitFor, type ExtensionBrowser } from '../support/browser';
import { DEMO_PAGES } from '../fixtures/pages';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { loadExpected } from '../support/fixtures';

// The 经营 tab's urgent block in real Chromium: with no stored urgent list that fits, the side panel asks the
// background (shoplens/urgent-refresh) to work it out and shows the row the background stores — the side panel
// itself never writes that row.

let server: FixtureServer;
let browser: ExtensionBrowser;
const PAGES = DEMO_PAGES.filter((p) => p.name === `${p.platform}-${p.kind}`);

type SettingRow = { id: string; value: { at: number; list: UrgentList } };
const urgentRow = async () => (await browser.readStore<SettingRow>('settings')).find((r) => r.id === 'urgent');

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ port: server.port, hosts: server.hosts });
  for (const page of PAGES) {
    const store = page.kind === 'orders' ? 'orders' : 'products';
    const want = loadExpected(page.name).expected.length;
    const tab = await browser.context.newPage();
    await tab.goto(page.urls[0]!);
    await waitFor(`a capture of ${page.name}`, async () => ((await browser.readStore<Order>(store)).filter((r) => r.platform === page.platform).length >= want ? true : undefined));
    await tab.close();
  }
  // The background stores the list a second after the shards are written; then it is taken away, as on a new day.
  await waitFor('the stored urgent list', urgentRow, 30_000);
  await browser.clearStores(['settings']);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('经营 tab: the three things to do today', () => {
  it('asks the background for the list when none is stored, and shows the row it stores', async () => {
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await panel.getByRole('tab', { name: '经营' }).click();
    const block = panel.getByTestId('urgent-today');
    await expect.poll(() => block.locator('[aria-busy="true"]').count(), { timeout: 30_000 }).toBe(0);
    const stored = await urgentRow();
    expect(stored).toBeDefined();
    const reasons = await block.locator('[data-testid="today-item"] .reason').allTextContents();
    expect(reasons).toEqual(stored!.value.list.items.map((i) => i.reason.zh));
    if (reasons.length === 0) expect(await block.textContent()).toContain('今天没有断货');
    await panel.close();
  });
});
