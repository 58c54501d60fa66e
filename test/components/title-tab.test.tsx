// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nProvider } from '../../components/i18n';
import { TitleTab } from '../../components/title-tab';
import { ROW_ESTIMATE_PX } from '../../components/virtual-list';
import { DEFAULT_SETTINGS } from '../../lib/analytics/settings';
import { ShopLensDatabase } from '../../lib/db';
import { DEMO_NOW } from '../fixtures/data/shop';
import { captureRecords } from '../support/demo-db';
import { order, product } from '../support/records';

const DAY = 86_400_000;
const now = DEMO_NOW;
let n = 0;

function renderTab(db: ShopLensDatabase) {
  return render(
    <I18nProvider>
      <TitleTab db={db} now={now} settings={DEFAULT_SETTINGS} />
    </I18nProvider>,
  );
}

// 32 Chinese characters: display width 64 on Taobao, whose limit is 60.
const LONG = '最好的加厚羊毛围巾女冬季韩版百搭保暖长款针织披肩两用礼盒装送妈妈';
const HOSTILE = '<img src=x onerror=alert(1)>羊毛手套';

describe('TitleTab', () => {
  it('lists banned terms and over-long titles first with their reasons, and the 30-day sales from orders only', async () => {
    expect([...LONG]).toHaveLength(32);
    const db = new ShopLensDatabase(`titles-${n++}`);
    await captureRecords(db, 'taobao', 'products', [product({ productId: '700000000001', title: LONG, outerId: 'WJ-01' })], now);
    await captureRecords(db, 'jd', 'products', [product({ platform: 'jd', productId: '100000000001', skuId: '100000000011', title: '纯羊毛针织围巾', outerId: 'WJ-02', priceFen: 39900, sales30d: 35 })], now);
    const line = (quantity: number) => ({ title: LONG, spec: '', productId: '700000000001', outerId: 'WJ-01', quantity, priceFen: 9900 });
    await captureRecords(
      db,
      'taobao',
      'orders',
      [
        order({ orderId: '4100000000000000001', placedAt: now - 5 * DAY, status: 'completed', items: [line(2)] }),
        order({ orderId: '4100000000000000002', placedAt: now - 40 * DAY, status: 'completed', items: [line(3)] }),
      ],
      now,
    );
    renderTab(db);
    const items = await screen.findAllByTestId('title-item');
    expect(items[0]).toHaveTextContent(LONG);
    // Only the order 5 days ago is within 30 days: 2 × ¥99.00.
    expect(items[0]).toHaveTextContent('宽度 64/60 · 近 30 天 ¥198.00（2 件，来自订单）');
    expect(within(items[0]!).getByText('违禁词')).toBeInTheDocument();
    expect(items[0]).toHaveTextContent(/「最[^」]*」P0 禁用/);
    expect(items[0]).toHaveTextContent('标题宽度 64，超过淘宝/天猫上限 60（汉字计 2，字母数字计 1），需删减 4');
    // JD has no order in the window: the page's 30-day sales × price, 35 × ¥399.00.
    expect(items[1]).toHaveTextContent('近 30 天约 ¥13,965.00（35 件，来自商品页销量）');
    expect(items[1]).toHaveTextContent('未发现问题');
    expect(screen.getByText('检查了 2 个标题：1 个需要处理（违禁词 1 个，超长 1 个）')).toBeInTheDocument();
    await db.delete();
  });

  it('renders scraped titles as text, never as markup', async () => {
    const db = new ShopLensDatabase(`titles-${n++}`);
    await captureRecords(db, 'taobao', 'products', [product({ productId: '700000000002', title: HOSTILE })], now);
    const { container } = renderTab(db);
    expect(await screen.findByText(HOSTILE)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    await db.delete();
  });

  it('says what to capture when there are no products', async () => {
    const db = new ShopLensDatabase(`titles-${n++}`);
    renderTab(db);
    expect(await screen.findByText(/还没有商品标题。打开各平台的商品列表页采集后/)).toBeInTheDocument();
    await db.delete();
  });
});

describe('TitleTab with 5,000 listings', () => {
  it('draws a window of the listings, the over-long ones first, and later ones on scrolling', async () => {
    const db = new ShopLensDatabase(`titles-many-${n++}`);
    // 5,000 Taobao listings; every 100th title is the over-long one with 最好的 (banned term, too long).
    const listings = Array.from({ length: 5_000 }, (_, i) =>
      product({
        productId: String(700_000_000_000 + i),
        title: i % 100 === 0 ? `${LONG}${i}` : `加厚羊毛围巾女冬季 第${String(i).padStart(4, '0')}款`,
        outerId: `WJ-${i}`,
      }),
    );
    await captureRecords(db, 'taobao', 'products', listings, now);
    renderTab(db);
    const list = await screen.findByRole('list', { name: '标题检查' }, { timeout: 30_000 });
    const rowsOf = () => [...list.querySelectorAll<HTMLElement>(':scope > [role="listitem"]')];
    expect(rowsOf()[0]).toHaveAttribute('aria-setsize', '5000');
    expect(rowsOf().length).toBeLessThan(30);
    expect(rowsOf()[0]).toHaveTextContent('最好的');
    const box = list.closest<HTMLElement>('[data-testid="virtual-list"]')!;
    box.scrollTop = 4_000 * (ROW_ESTIMATE_PX + 6);
    fireEvent.scroll(box);
    const row = rowsOf().find((r) => r.getAttribute('aria-posinset') === '4001')!;
    expect(row).toHaveTextContent(/加厚羊毛围巾女冬季 第\d{4}款/);
    expect(rowsOf().length).toBeLessThan(30);
    await db.delete();
  }, 120_000);
});
