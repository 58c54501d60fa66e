// @vitest-environment jsdom
import { render, screen, within, fireEvent } from '@testing-library/react';
import { I18nProvider } from '../../components/i18n';
import { SidePanelApp } from '../../components/side-panel-app';
import { ShopLensDatabase } from '../../lib/db';
import { ingestCapture } from '../../lib/ingest/ingest';
import { order, product } from '../support/records';

let db: ShopLensDatabase;
let n = 0;
beforeEach(() => {
  db = new ShopLensDatabase(`panel-test-${n++}`);
  localStorage.clear();
});
afterEach(() => db.delete());

const at = Date.UTC(2025, 7, 1, 2, 30); // 10:30 in Shanghai
const url = 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold';

function renderPanel() {
  return render(
    <I18nProvider>
      <SidePanelApp db={db} />
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
});
