// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import { I18nProvider } from '../../components/i18n';
import type { ActiveTab, PopupEnv } from '../../components/popup/env';
import { PopupApp } from '../../components/popup/popup-app';
import { POPUP_LIST_PAGES } from '../../components/popup/console-pages';
import { computeRfmFromOrders } from '../../lib/analytics/customers';
import { DEFAULT_SETTINGS } from '../../lib/analytics/settings';
import { computeStock } from '../../lib/analytics/stock';
import { ShopLensDatabase } from '../../lib/db';
import { computeUrgent, refreshUrgent } from '../../lib/db/urgent';
import { PLATFORM_IDS, formatShanghai } from '../../lib/domain';
import type { CaptureNowReply } from '../../lib/messaging/capture-now';
import { detectPage } from '../../lib/platforms/registry';
import { DEMO_NOW } from '../fixtures/data/shop';
import { DEMO_PAGES } from '../fixtures/pages';
import { captureDemoShop, captureRecords, demoRecords } from '../support/demo-db';
import { product } from '../support/records';

const now = DEMO_NOW;
const TAOBAO_ORDERS = DEMO_PAGES.find((p) => p.platform === 'taobao' && p.kind === 'orders')!.urls[0]!;
let n = 0;

function fakeEnv(tab: ActiveTab | undefined | Promise<ActiveTab | undefined>, over: Partial<PopupEnv> = {}): PopupEnv & { refreshed: number } {
  const env = {
    refreshed: 0,
    activeTab: () => Promise.resolve(tab),
    tabRows: () => Promise.resolve(12),
    captureNow: () => Promise.resolve<CaptureNowReply>({ ok: true, read: 3, saved: 3, added: 1, rejected: 0, drift: false }),
    refreshUrgent: () => {
      env.refreshed++;
      return Promise.resolve();
    },
    openSidePanel: () => Promise.resolve(),
    ...over,
  };
  return env;
}

function renderPopup(db: ShopLensDatabase, env: PopupEnv, lang: 'zh' | 'en' = 'zh', download?: (b: Blob, f: string) => void) {
  return render(
    <I18nProvider lang={lang}>
      <PopupApp db={db} env={env} now={now} download={download} />
    </I18nProvider>,
  );
}

describe('PopupApp over the demo shop', () => {
  let db: ShopLensDatabase;
  beforeAll(async () => {
    db = new ShopLensDatabase(`popup-demo-${n++}`);
    await captureDemoShop(db, now);
    await refreshUrgent(db, now, DEFAULT_SETTINGS);
  });
  afterAll(() => db.delete());

  it('on a console list shows its platform, list, rows, last capture and the three urgent items the analytics rank', async () => {
    const env = fakeEnv({ id: 7, url: TAOBAO_ORDERS, windowId: 1 });
    renderPopup(db, env);
    const status = await screen.findByTestId('page-status');
    expect(status).toHaveTextContent('当前页面：淘宝/天猫 · 订单列表');
    expect(await screen.findByTestId('tab-rows')).toHaveTextContent('本标签页已采集 12 行');
    const taobaoOrders = demoRecords().orders.filter((o) => o.platform === 'taobao').length;
    expect(screen.getByTestId('last-capture')).toHaveTextContent(`最近一次采集 ${formatShanghai(now)}`);
    expect(screen.getByTestId('last-read')).toHaveTextContent(`读到 ${taobaoOrders} 行，保存 ${taobaoOrders} 行（新增 ${taobaoOrders}），未保存 0 行`);

    const { list } = await computeUrgent(db, now, DEFAULT_SETTINGS);
    expect(list.items).toHaveLength(3);
    const items = within(screen.getByTestId('urgent')).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-kind'))).toEqual(list.items.map((i) => i.kind));
    list.items.forEach((item, i) => expect(items[i]).toHaveTextContent(item.reason.zh));
    // The out-of-stock item says what computeStock over the records says (the one row out of stock that sold).
    const { orders, products } = demoRecords();
    const out = computeStock(orders, products, DEFAULT_SETTINGS, now).rows.filter((r) => r.leaf && r.warnings.some((w) => w.kind === 'outOfStock'));
    expect(out).toHaveLength(1);
    // Its linked goods hold spare stock on another platform, so the move that refills it comes first, in its place.
    expect(items[0]!.getAttribute('data-kind')).toBe('move');
    expect(items[0]).toHaveTextContent(`库存 0 < 安全库存`);
    expect(list.items[0]).toMatchObject({ platform: out[0]!.platform, daysLeft: 0 });
    expect(screen.queryByText(out[0]!.title)).toBeNull();
    expect(env.refreshed).toBe(0); // the stored list answers for now
  });

  it('shows what the database holds, equal to the records and to the RFM customers', async () => {
    renderPopup(db, fakeEnv({ id: 7, url: TAOBAO_ORDERS }));
    const { orders, products } = demoRecords();
    expect(await screen.findByTestId('holds-orders')).toHaveTextContent(String(orders.length));
    expect(screen.getByTestId('holds-products')).toHaveTextContent(String(products.length));
    expect(screen.getByTestId('holds-customers')).toHaveTextContent(String(computeRfmFromOrders(orders, now, DEFAULT_SETTINGS).customers.length));
  });

  it('立即采集 asks the content script and shows what was stored, then re-reads the tab rows', async () => {
    let rows = 12;
    const env = fakeEnv({ id: 7, url: TAOBAO_ORDERS }, { tabRows: () => Promise.resolve(rows) });
    renderPopup(db, env);
    await screen.findByText('本标签页已采集 12 行');
    rows = 13;
    fireEvent.click(screen.getByRole('button', { name: '立即采集' }));
    expect(await screen.findByText('已采集：读到 3 行，保存 3 行（新增 1），未保存 0 行')).toBeInTheDocument();
    expect(await screen.findByText('本标签页已采集 13 行')).toBeInTheDocument();
  });

  it('says why 立即采集 found nothing or could not reach the page', async () => {
    const replies: CaptureNowReply[] = [{ ok: false, error: 'no-rows' }, { ok: false, error: 'no-script' }, { ok: false, error: 'disk full' }];
    renderPopup(db, fakeEnv({ id: 7, url: TAOBAO_ORDERS }, { captureNow: () => Promise.resolve(replies.shift()!) }));
    const button = await screen.findByRole('button', { name: '立即采集' });
    fireEvent.click(button);
    expect(await screen.findByText('这个页面现在没有可读取的行（列表为空或还没加载完）。')).toBeInTheDocument();
    fireEvent.click(button);
    expect(await screen.findByText('页面上的 ShopLens 还没有运行：请刷新这个页面后再试。')).toBeInTheDocument();
    fireEvent.click(button);
    expect(await screen.findByText('采集失败：disk full')).toBeInTheDocument();
  });

  it('elsewhere says what ShopLens does and links every console list page', async () => {
    renderPopup(db, fakeEnv({ id: 3, url: 'https://www.example.com/' }));
    const about = await screen.findByTestId('about');
    expect(about).toHaveTextContent('ShopLens 读取你在各平台商家后台打开的订单列表和商品列表');
    expect(screen.queryByTestId('page-status')).toBeNull();
    const links = within(screen.getByTestId('console-pages')).getAllByRole('link');
    expect(links).toHaveLength(8);
    for (const p of PLATFORM_IDS) {
      for (const kind of ['orders', 'products'] as const) {
        expect(detectPage(POPUP_LIST_PAGES[p][kind])).toMatchObject({ adapter: { id: p }, kind });
        expect(links.some((a) => a.getAttribute('href') === POPUP_LIST_PAGES[p][kind])).toBe(true);
      }
    }
    expect(screen.getByTestId('holds-orders')).toHaveTextContent(String(demoRecords().orders.length));
  });

  it('treats a tab whose URL it may not see as elsewhere', async () => {
    renderPopup(db, fakeEnv({ id: 3 }));
    expect(await screen.findByTestId('about')).toBeInTheDocument();
  });

  it('opens the side panel of the tab’s window, and says so when it cannot', async () => {
    const opened: (number | undefined)[] = [];
    renderPopup(db, fakeEnv({ id: 7, url: TAOBAO_ORDERS, windowId: 5 }, { openSidePanel: (w) => (opened.push(w), Promise.reject(new Error('no panel'))) }));
    fireEvent.click(await screen.findByRole('button', { name: '打开侧边栏' }));
    expect(opened).toEqual([5]);
    expect(await screen.findByRole('alert')).toHaveTextContent('无法打开侧边栏：Error: no panel');
  });

  it('exports every order line as CSV from the popup', async () => {
    const files: { blob: Blob; name: string }[] = [];
    renderPopup(db, fakeEnv({ id: 3, url: 'https://www.example.com/' }), 'zh', (blob, name) => files.push({ blob, name }));
    fireEvent.click(await screen.findByRole('button', { name: '订单' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe('店镜_订单_2025-08-01.csv');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader(); // jsdom's Blob has no text()
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(files[0]!.blob);
    });
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    const lines = demoRecords().orders.reduce((s, o) => s + o.items.length, 0);
    expect(parsed.data).toHaveLength(lines + 1);
    expect(parsed.data[0]![1]).toBe('订单编号');
  });

  it('speaks English on request', async () => {
    renderPopup(db, fakeEnv({ id: 7, url: TAOBAO_ORDERS }), 'en');
    expect(await screen.findByTestId('page-status')).toHaveTextContent('This page：Taobao/Tmall · Order list');
    expect(screen.getByTestId('urgent')).toHaveTextContent('Three things to do first today');
    expect(screen.getByRole('button', { name: 'Capture now' })).toBeInTheDocument();
  });
});

describe('PopupApp states', () => {
  it('shows loading until the tab is known, and the error when it cannot be', async () => {
    const db = new ShopLensDatabase(`popup-state-${n++}`);
    const never = new Promise<ActiveTab | undefined>(() => undefined);
    const { unmount } = renderPopup(db, fakeEnv(never));
    expect(screen.getByText('正在读取本地数据…')).toBeInTheDocument();
    unmount();
    renderPopup(db, fakeEnv(Promise.reject(new Error('tabs unavailable'))));
    expect(await screen.findByRole('alert')).toHaveTextContent('读取本地数据库失败：Error: tabs unavailable');
    await db.delete();
  });

  it('on an empty database shows zero counts, asks the background for the urgent list and waits for it', async () => {
    const db = new ShopLensDatabase(`popup-empty-${n++}`);
    const env = fakeEnv({ id: 7, url: TAOBAO_ORDERS });
    renderPopup(db, env);
    expect(await screen.findByText('这个页面还没有采集记录：列表显示出来后会自动读取，也可以点「立即采集」。')).toBeInTheDocument();
    expect(screen.getByTestId('holds-orders')).toHaveTextContent('0');
    expect(screen.getByTestId('holds-customers')).toHaveTextContent('—');
    expect(screen.getByTestId('urgent')).toHaveTextContent('正在计算…');
    await waitFor(() => expect(env.refreshed).toBe(1));
    // The background stores the list; the popup redraws from the row.
    await act(() => refreshUrgent(db, now, DEFAULT_SETTINGS));
    expect(await screen.findByText('目前没有断货、补货、调货或即将沉睡的客户。')).toBeInTheDocument();
    await db.delete();
  });

  it('warns of drift and of rejected rows on the page', async () => {
    const db = new ShopLensDatabase(`popup-drift-${n++}`);
    await db.captures.add({ platform: 'taobao', kind: 'orders', url: TAOBAO_ORDERS, at: now, read: 5, saved: 3, added: 3, rejected: 2, rejectedRows: [], tabId: 7 });
    const { unmount } = renderPopup(db, fakeEnv({ id: 7, url: TAOBAO_ORDERS }));
    expect(await screen.findByTestId('rejected')).toHaveTextContent('最近一次采集有 2 行没有保存');
    unmount();
    await db.captures.add({
      platform: 'taobao', kind: 'orders', url: TAOBAO_ORDERS, at: now + 1000, read: 0, saved: 0, added: 0, rejected: 0, rejectedRows: [], tabId: 7,
      drift: { reason: 'no-rows', expected: ['订单编号'], missing: [], sample: '', readerVersion: 1 },
    });
    renderPopup(db, fakeEnv({ id: 7, url: TAOBAO_ORDERS }));
    expect(await screen.findByTestId('drift')).toHaveTextContent('该页面结构可能已变化');
    await db.delete();
  });

  it('renders scraped titles with HTML or script as inert text', async () => {
    const db = new ShopLensDatabase(`popup-xss-${n++}`);
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>羽绒服';
    const url = DEMO_PAGES.find((p) => p.platform === 'taobao' && p.kind === 'products')!.urls[0]!;
    await captureRecords(db, 'taobao', 'products', [product({ platform: 'taobao', productId: '9001', title: evil, stock: 0, url })], now);
    await captureRecords(db, 'taobao', 'orders', [
      { platform: 'taobao', orderId: '4000000000000000001', placedAt: now - 2 * 86_400_000, buyer: 'b', status: 'completed', statusText: '交易成功', paidFen: 1000, capturedAt: now, url: TAOBAO_ORDERS, items: [{ title: evil, spec: '', productId: '9001', quantity: 2, priceFen: 500 }] },
    ], now);
    await refreshUrgent(db, now, DEFAULT_SETTINGS);
    const { container } = renderPopup(db, fakeEnv({ id: 7, url: TAOBAO_ORDERS }));
    const urgent = await screen.findByTestId('urgent');
    await waitFor(() => expect(urgent).toHaveTextContent(evil));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    await db.delete();
  });
});
