// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { I18nProvider } from '../../components/i18n';
import type { ActiveTab, PopupEnv } from '../../components/popup/env';
import { PopupApp } from '../../components/popup/popup-app';
import type { PopupPage } from '../../components/hooks/use-popup';
import { DEFAULT_SETTINGS } from '../../lib/analytics/settings';
import { ShopLensDatabase } from '../../lib/db';
import { quickPopupRead } from '../../lib/db/quick-read';
import { refreshUrgent } from '../../lib/db/urgent';
import type { CaptureNowReply } from '../../lib/messaging/capture-now';
import { DEMO_NOW } from '../fixtures/data/shop';
import { DEMO_PAGES } from '../fixtures/pages';
import { captureDemoShop } from '../support/demo-db';

// The popup draws first from the quick read on raw IndexedDB, then the live Dexie read (loaded after that draw)
// takes over: what the first draw shows must be what the live read then shows. The animation frame that lets
// the live read start is held back (fake requestAnimationFrame) to look at the first draw alone.

const now = DEMO_NOW;
const TAOBAO_ORDERS = DEMO_PAGES.find((p) => p.platform === 'taobao' && p.kind === 'orders')!.urls[0]!;
let n = 0;

const env = (tab: ActiveTab | undefined, refreshed: number[] = []): PopupEnv => ({
  activeTab: () => Promise.resolve(tab),
  tabRows: () => Promise.resolve(12),
  captureNow: () => Promise.resolve<CaptureNowReply>({ ok: false, error: 'no-rows' }),
  refreshUrgent: (at) => (refreshed.push(at), Promise.resolve()),
  openSidePanel: () => Promise.resolve(),
});

/** The popup drawn from the quick read alone, then after the live read took over: both as text (export aside). */
async function firstThenLive(db: ShopLensDatabase, tab: ActiveTab | undefined, refreshed: number[] = []) {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
  try {
    const reads: (PopupPage | undefined)[] = [];
    const quickRead = (page: PopupPage | undefined) => (reads.push(page), quickPopupRead(page, indexedDB, db.name));
    const { container } = render(
      <I18nProvider lang="zh">
        <PopupApp db={db} env={env(tab, refreshed)} quickRead={quickRead} now={now} />
      </I18nProvider>,
    );
    await screen.findByTestId('holds');
    await waitFor(() => tab?.url === undefined || screen.getByTestId('tab-rows'));
    const first = container.innerHTML;
    expect(screen.queryByTestId('export-all')).toBeNull(); // the export comes with the live read
    expect(reads).toHaveLength(1);
    vi.advanceTimersToNextFrame();
    await screen.findByTestId('export-all', {}, { timeout: 5000 });
    screen.getByTestId('export-all').remove();
    return { first, live: container.innerHTML };
  } finally {
    vi.useRealTimers();
  }
}

describe('the first draw from the quick read equals the live read', () => {
  let db: ShopLensDatabase;
  beforeAll(async () => {
    db = new ShopLensDatabase(`popup-quick-${n++}`);
    await captureDemoShop(db, now);
    await refreshUrgent(db, now, DEFAULT_SETTINGS);
  });
  afterAll(() => db.delete());

  it('on a console list: the page, its last capture, the urgent items, what is stored', async () => {
    const refreshed: number[] = [];
    const { first, live } = await firstThenLive(db, { id: 7, url: TAOBAO_ORDERS, windowId: 1 }, refreshed);
    expect(first).toContain('data-testid="urgent"');
    expect(first).toContain('data-testid="last-capture"');
    expect(first).toBe(live);
    expect(refreshed).toEqual([]); // the stored list answers for now
  });

  it('elsewhere: what ShopLens does and what it holds', async () => {
    const { first, live } = await firstThenLive(db, { id: 8, url: undefined });
    expect(first).toContain('data-testid="about"');
    expect(first).toBe(live);
  });

  it('with the stored urgent list stale (another day): says so at once, and asks the background once', async () => {
    const refreshed: number[] = [];
    const later = new ShopLensDatabase(`popup-quick-${n++}`);
    await captureDemoShop(later, now);
    await refreshUrgent(later, now - 86_400_000, DEFAULT_SETTINGS);
    const { first, live } = await firstThenLive(later, { id: 7, url: TAOBAO_ORDERS }, refreshed);
    expect(first).toContain('role="status"');
    expect(first).toBe(live);
    expect(refreshed).toEqual([now]);
    await later.delete();
  });
});

it('on no database at all: the empty popup, and the quick read creates none', async () => {
  const name = `popup-quick-absent-${n++}`;
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
  try {
    render(
      <I18nProvider lang="zh">
        <PopupApp env={env(undefined)} quickRead={(page) => quickPopupRead(page, indexedDB, name)} now={now} db={new ShopLensDatabase(name)} />
      </I18nProvider>,
    );
    expect(await screen.findByTestId('holds-orders')).toHaveTextContent('0');
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  } finally {
    vi.useRealTimers();
  }
  await new ShopLensDatabase(name).delete();
});
