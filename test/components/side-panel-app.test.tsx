// @vitest-environment jsdom
import { render, screen, within, fireEvent, waitFor } from '@testing-library/react';
import { I18nProvider } from '../../components/i18n';
import { SidePanelApp } from '../../components/side-panel-app';
import { ShopLensDatabase } from '../../lib/db';
import { ingestCapture } from '../../lib/ingest/ingest';
import { order, product } from '../support/records';
import { saveSettings } from '../../lib/settings';

let db: ShopLensDatabase;
let n = 0;
beforeEach(() => {
  db = new ShopLensDatabase(`panel-test-${n++}`);
  localStorage.clear();
});
afterEach(() => db.delete());

const at = Date.UTC(2025, 7, 1, 2, 30); // 10:30 in Shanghai
const url = 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold';

function renderPanel(now?: number) {
  return render(
    <I18nProvider>
      <SidePanelApp db={db} now={now} />
    </I18nProvider>,
  );
}

describe('SidePanelApp', () => {
  it('says how to start when nothing has been captured', async () => {
    renderPanel();
    expect(await screen.findByText(/还没有采集到数据/)).toBeInTheDocument();
    expect(screen.getByTestId('taobao-orders')).toHaveTextContent('0');
  });

  it('shows per-platform counts and each rejected row with its reason, in Shanghai time', async () => {
    await ingestCapture(
      db,
      {
        type: 'shoplens/capture-from-content',
        platform: 'taobao',
        kind: 'orders',
        url,
        read: 3,
        records: [order(), order({ orderId: '4012345678901234568' })],
        rejected: [{ index: 2, key: '4012345678901234569', text: '订单号：4012345678901234569 …', problems: [{ field: 'paid', problem: 'invalid', raw: '--' }, { field: 'items[0].quantity', problem: 'missing', raw: '' }] }],
      },
      { at },
    );
    await ingestCapture(
      db,
      { type: 'shoplens/capture-from-content', platform: 'jd', kind: 'products', url: 'https://shop.jd.com/jdm/ware/manage/list/OnsaleWare', read: 1, records: [product({ platform: 'jd' })], rejected: [] },
      { at },
    );
    renderPanel();
    await screen.findAllByText('读取 3 行 · 保存 2 行（新增 2）· 拒绝 1 行');
    expect(screen.getByTestId('taobao-orders')).toHaveTextContent('2');
    expect(screen.getByTestId('jd-products')).toHaveTextContent('1');
    expect(screen.getByTestId('pdd-orders')).toHaveTextContent('0');
    const rejection = screen.getByText(/第 3 行/).closest('li')!;
    expect(within(rejection).getByText(/实付金额无法识别：“--”；第 1 件商品的数量缺失/)).toBeInTheDocument();
    expect(screen.getAllByText('2025-08-01 10:30').length).toBeGreaterThan(0);
  });

  it('switches to English and remembers it', async () => {
    renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'English' }));
    expect(await screen.findByText(/Nothing captured yet/)).toBeInTheDocument();
    expect(localStorage.getItem('shoplens.lang')).toBe('en');
  });

  it('shows a clear message, not a blank panel, when the database cannot be read', async () => {
    const broken = new ShopLensDatabase(`panel-broken-${n++}`);
    broken.orders.where = () => {
      throw new Error('QuotaExceededError');
    };
    render(
      <I18nProvider>
        <SidePanelApp db={broken} />
      </I18nProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('读取本地数据库失败：Error: QuotaExceededError');
  });

  it('opens on the capture tab and offers the analytics as tabs beside it', async () => {
    renderPanel(at);
    expect(await screen.findByRole('tab', { name: '采集' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['采集', '经营', '客户', '库存', 'SKU', '标题', '数据', '设置']);
    fireEvent.click(screen.getByRole('tab', { name: '经营' }));
    expect(await screen.findByRole('heading', { name: '经营概况' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '经营' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByTestId('taobao-orders')).not.toBeInTheDocument();
    expect(await screen.findByText(/还没有订单数据/)).toBeInTheDocument();
  });

  it('says what to capture on every analytics tab of an empty database', async () => {
    renderPanel(at);
    const expected: [string, RegExp][] = [
      ['经营', /还没有订单数据/],
      ['客户', /还没有顾客数据/],
      ['库存', /还没有商品库存/],
      ['SKU', /还没有 SKU 编码/],
      ['标题', /还没有商品标题/],
    ];
    for (const [tab, text] of expected) {
      fireEvent.click(await screen.findByRole('tab', { name: tab }));
      expect(await screen.findByText(text)).toBeInTheDocument();
    }
  });

  it('shows why the stored settings were refused, and still the figures (by the defaults)', async () => {
    await db.settings.put({ id: 'analytics', value: { rfm: { vipRecencyDays: -3 } } });
    await ingestCapture(db, { type: 'shoplens/capture-from-content', platform: 'taobao', kind: 'orders', url, read: 1, records: [order()], rejected: [] }, { at });
    renderPanel(at);
    fireEvent.click(await screen.findByRole('tab', { name: '客户' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('保存的分析设置无效');
    expect(alert).toHaveTextContent('rfm.vipRecencyDays');
    // The one order (2 days before `at`, ¥418.00, not below ¥200) makes one 一般用户 under the default rules.
    expect(await screen.findByTestId('tier-regular')).toHaveTextContent('1');
    expect(await saveSettings(db, {})).toEqual({ ok: true });
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('shows the analytics in English too', async () => {
    await ingestCapture(db, { type: 'shoplens/capture-from-content', platform: 'taobao', kind: 'orders', url, read: 1, records: [order()], rejected: [] }, { at });
    renderPanel(at);
    fireEvent.click(await screen.findByRole('button', { name: 'English' }));
    fireEvent.click(await screen.findByRole('tab', { name: 'KPIs' }));
    expect(await screen.findByRole('heading', { name: 'Business overview' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '30 days' })).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByTestId('kpi-total-gmv')).toHaveTextContent('¥418.00');
  });
});
