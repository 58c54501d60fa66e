// @vitest-environment jsdom
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import { I18nProvider } from '../../components/i18n';
import { KpiTab } from '../../components/kpi-tab';
import { DEFAULT_SETTINGS, type AnalyticsSettings } from '../../lib/analytics/settings';
import type { UrgentList } from '../../lib/analytics/urgent';
import { ShopLensDatabase } from '../../lib/db';
import { UrgentRefreshContext, type UrgentRefresh } from '../../components/hooks/use-urgent';
import { computeUrgent, lastCaptureId, readUrgent, refreshUrgent, URGENT_ID, type StoredUrgent } from '../../lib/db/urgent';
import { DEMO_NOW } from '../fixtures/data/shop';
import { captureDemoShop } from '../support/demo-db';

// Each test writes and reads a whole fake IndexedDB through live queries: slow on a busy machine, never timed.
configure({ asyncUtilTimeout: 8000 });

let db: ShopLensDatabase;
let n = 0;
beforeEach(() => {
  db = new ShopLensDatabase(`urgent-today-${n++}`);
});
afterEach(() => db.delete());

function renderTab(settings: AnalyticsSettings = DEFAULT_SETTINGS, on = db, refresh?: UrgentRefresh) {
  return render(
    <I18nProvider>
      <UrgentRefreshContext.Provider value={refresh}>
        <KpiTab db={on} now={DEMO_NOW} settings={settings} />
      </UrgentRefreshContext.Provider>
    </I18nProvider>,
  );
}

/** The popup's ranking (lib/db computeUrgent: what the background stores), whichever shape it returns. */
async function popupRanking(settings: AnalyticsSettings): Promise<UrgentList> {
  const r = (await computeUrgent(db, DEMO_NOW, settings)) as UrgentList | { list: UrgentList };
  return 'list' in r ? r.list : r;
}

const shown = async () => {
  const box = await screen.findByTestId('urgent-today');
  const items = await within(box).findAllByTestId('today-item');
  return items.map((li) => [li.dataset.kind, li.querySelector('.reason')!.textContent]);
};

describe('UrgentToday (经营 tab)', { timeout: 60_000 }, () => {
  it('shows the three items the analytics rank first, with their reasons, when nothing is stored yet', async () => {
    await captureDemoShop(db, DEMO_NOW);
    const expected = await popupRanking(DEFAULT_SETTINGS);
    expect(expected.items).toHaveLength(3);
    renderTab();
    expect(await shown()).toEqual(expected.items.map((i) => [i.kind, i.reason.zh]));
    const total = Object.values(expected.counts).reduce((a, b) => a + b, 0);
    expect(screen.getByTestId('urgent-today')).toHaveTextContent(`共 ${total} 项待处理`);
  });

  it('follows the settings: another safety factor ranks again', async () => {
    await captureDemoShop(db, DEMO_NOW);
    const settings = { ...DEFAULT_SETTINGS, stock: { ...DEFAULT_SETTINGS.stock, leadTimeDays: 60, safetyFactor: 4 } };
    const expected = await popupRanking(settings);
    renderTab(settings);
    expect(await shown()).toEqual(expected.items.map((i) => [i.kind, i.reason.zh]));
  });

  it('reads the list the background stored, scraped text inert, and says when captures are newer', async () => {
    await captureDemoShop(db, DEMO_NOW);
    const hostile = '<img src=x onerror=alert(1)>羊毛围巾';
    const stored: StoredUrgent = {
      at: DEMO_NOW,
      lastCapture: await lastCaptureId(db),
      settingsKey: JSON.stringify(DEFAULT_SETTINGS),
      customers: 0,
      list: {
        items: [{ kind: 'outOfStock', key: 'out:x', subject: hostile, platform: 'taobao', daysLeft: 0, stake: 2, reason: { zh: '库存 0，近 30 天卖出 60 件', en: 'stock 0' } }],
        counts: { outOfStock: 1, reorder: 0, move: 0, slipping: 0 },
      },
    } as StoredUrgent;
    await db.settings.put({ id: URGENT_ID, value: stored });
    const { container } = renderTab();
    expect(await shown()).toEqual([['outOfStock', '库存 0，近 30 天卖出 60 件']]);
    expect(screen.getByText(hostile)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryByText(/正在汇总/)).toBeNull();
    await db.settings.put({ id: URGENT_ID, value: { ...stored, lastCapture: stored.lastCapture - 1 } });
    expect(await screen.findByText('刚采集的数据正在汇总，稍后自动更新。')).toBeInTheDocument();
  });

  it('says there is nothing to do on an empty shop, and shows a database error as text', async () => {
    renderTab();
    expect(await within(await screen.findByTestId('urgent-today')).findByText(/今天没有断货/)).toBeInTheDocument();
    const broken = new ShopLensDatabase(`urgent-broken-${n++}`);
    broken.products.toArray = () => {
      throw new Error('QuotaExceededError');
    };
    renderTab(DEFAULT_SETTINGS, broken);
    await waitFor(() => expect(within(screen.getAllByTestId('urgent-today')[1]!).getByRole('alert')).toHaveTextContent('QuotaExceededError'));
    await broken.delete();
  });

  it('asks the background to work the list out when none stored fits, and shows the row it stores', async () => {
    await captureDemoShop(db, DEMO_NOW);
    const expected = await popupRanking(DEFAULT_SETTINGS);
    const asked: number[] = [];
    // What the background does on the request (lib/messaging/urgent-refresh.ts): work it out, store it.
    const background: UrgentRefresh = async (now) => {
      asked.push(now);
      await refreshUrgent(db, now, DEFAULT_SETTINGS);
    };
    renderTab(DEFAULT_SETTINGS, db, background);
    expect(await shown()).toEqual(expected.items.map((i) => [i.kind, i.reason.zh]));
    expect(asked).toEqual([DEMO_NOW]);
    expect((await readUrgent(db))?.list).toEqual(expected);
  });

  it('ranks the list in the page when the background fails or stores nothing that fits', async () => {
    await captureDemoShop(db, DEMO_NOW);
    const expected = (await popupRanking(DEFAULT_SETTINGS)).items.map((i) => [i.kind, i.reason.zh]);
    let calls = 0;
    const { unmount } = renderTab(DEFAULT_SETTINGS, db, () => {
      calls++;
      return Promise.reject(new Error('Receiving end does not exist'));
    });
    expect(await shown()).toEqual(expected);
    unmount();
    // A background that answers but stores a list of other settings: still today's list, ranked here.
    const other = { ...DEFAULT_SETTINGS, stock: { ...DEFAULT_SETTINGS.stock, safetyFactor: 4 } };
    renderTab(DEFAULT_SETTINGS, db, (now) => refreshUrgent(db, now, other).then(() => ({ ok: true })));
    expect(await shown()).toEqual(expected);
    expect(calls).toBe(1);
    expect((await readUrgent(db))?.settingsKey).toBe(JSON.stringify(other));
  });
});
