// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nProvider } from '../../components/i18n';
import { StockTab } from '../../components/stock-tab';
import { ROW_ESTIMATE_PX } from '../../components/virtual-list';
import { DEFAULT_SETTINGS } from '../../lib/analytics/settings';
import { ShopLensDatabase } from '../../lib/db';
import type { Product } from '../../lib/domain';
import { DEMO_NOW } from '../fixtures/data/shop';
import { captureDemoShop, captureRecords, demoRecords } from '../support/demo-db';
import { order, product } from '../support/records';

const COUNTED = new Set(['paid', 'shipped', 'completed', 'refunding']);
const DAY = 86_400_000;
const now = DEMO_NOW; // 2025-08-01 10:00 Shanghai: the 30-day window starts 2025-07-03 00:00 Shanghai.
const FROM_30 = Date.UTC(2025, 6, 2, 16);

let n = 0;
function renderTab(db: ShopLensDatabase) {
  return render(
    <I18nProvider>
      <StockTab db={db} now={now} settings={DEFAULT_SETTINGS} />
    </I18nProvider>,
  );
}

describe('StockTab over the demo shop', () => {
  let db: ShopLensDatabase;
  beforeAll(async () => {
    db = new ShopLensDatabase(`stock-demo-${n++}`);
    await captureDemoShop(db, now);
  });
  afterAll(() => db.delete());

  it('puts the out-of-stock row first, with its reason and its sales source', async () => {
    const { orders, products } = demoRecords();
    // The one row with stock 0 that sold in the last 30 days, and its units, from the records.
    const sold = (p: Product) =>
      orders
        .filter((o) => o.platform === p.platform && COUNTED.has(o.status) && o.placedAt >= FROM_30 && o.placedAt <= now)
        .flatMap((o) => o.items)
        .filter((i) => i.productId === p.productId && (!p.skuId || i.skuId === p.skuId))
        .reduce((s, i) => s + i.quantity, 0);
    const out = products.filter((p) => p.stock === 0 && sold(p) > 0);
    expect(out).toHaveLength(1);
    renderTab(db);
    const rows = await screen.findAllByTestId('stock-row');
    expect(rows[0]).toHaveTextContent(out[0]!.title);
    expect(rows[0]).toHaveTextContent(`断货 库存 0，近 30 天卖出 ${sold(out[0]!)} 件 → 断货`);
    expect(rows[0]).toHaveTextContent(/销量来源：近 30 天 \d+ 件，来自已抓取订单/);
    // Rows with warnings come before rows without.
    const warned = rows.map((r) => r.classList.contains('warned'));
    expect(warned.indexOf(false) === -1 || warned.slice(warned.indexOf(false)).every((w) => !w)).toBe(true);
  });

  it('filters the list by kind of warning', async () => {
    renderTab(db);
    await screen.findAllByTestId('stock-row');
    fireEvent.click(screen.getByRole('button', { name: '断货 1' }));
    const rows = screen.getAllByTestId('stock-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('→ 断货');
  });
});

describe('StockTab moves between platforms', () => {
  it('suggests moving stock from the platform with surplus to the one that ran out, with the reason', async () => {
    const db = new ShopLensDatabase(`stock-move-${n++}`);
    const url = { taobao: 'https://myseller.taobao.com/x', jd: 'https://shop.jd.com/x' };
    // Taobao sold 10 of GOODS-1 in the last 30 days and has none left; JD sold 2 and holds 100.
    // Orders 70 days old on both platforms show the capture covers the 30- and 60-day windows.
    const old = (platform: 'taobao' | 'jd', id: string) =>
      order({ platform, orderId: id, placedAt: now - 70 * DAY, url: url[platform], items: [{ title: '旧款帆布包', spec: '', outerId: 'OLD-1', quantity: 1, priceFen: 5000 }] });
    const tb = [
      old('taobao', '4100000000000000001'),
      order({ orderId: '4100000000000000002', placedAt: now - 3 * DAY, status: 'completed', items: [{ title: '加厚羊毛围巾', spec: '', productId: '700000000001', outerId: 'GOODS-1', quantity: 6, priceFen: 9900 }] }),
      order({ orderId: '4100000000000000003', placedAt: now - 20 * DAY, status: 'shipped', items: [{ title: '加厚羊毛围巾', spec: '', productId: '700000000001', outerId: 'GOODS-1', quantity: 4, priceFen: 9900 }] }),
    ];
    const jd = [
      old('jd', '300000000001'),
      order({ platform: 'jd', orderId: '300000000002', placedAt: now - 5 * DAY, status: 'completed', items: [{ title: '加厚羊毛围巾', spec: '', skuId: '100000000011', outerId: 'GOODS-1', quantity: 2, priceFen: 9900 }] }),
    ];
    await captureRecords(db, 'taobao', 'orders', tb, now);
    await captureRecords(db, 'jd', 'orders', jd, now);
    await captureRecords(db, 'taobao', 'products', [product({ productId: '700000000001', title: '加厚羊毛围巾', outerId: 'GOODS-1', stock: 0, sales30d: undefined })], now);
    await captureRecords(db, 'jd', 'products', [product({ platform: 'jd', productId: '100000000001', skuId: '100000000011', title: '加厚羊毛围巾', outerId: 'GOODS-1', stock: 100, sales30d: undefined })], now);

    renderTab(db);
    // Safety stock: Taobao ⌈10 × 1.5⌉ = 15, short by 15; JD ⌈2 × 1.5⌉ = 3, 97 to spare → move 15.
    const moves = await screen.findByRole('region', { name: '跨平台调货建议' });
    expect(within(moves).getByText('京东 → 淘宝/天猫 调 15 件')).toBeInTheDocument();
    expect(moves).toHaveTextContent('淘宝/天猫近 30 天卖出 10 件，库存 0 < 安全库存 15');
    // The linked goods' totals carry both windows: the 60-day units are the ones its 滞销 rule uses.
    expect(moves).toHaveTextContent('京东、淘宝/天猫 共 2 行：合计库存 100，近 30 天卖出 12 件，近 60 天卖出 12 件');
    const rows = screen.getAllByTestId('stock-row');
    expect(rows[0]).toHaveTextContent('库存 0，近 30 天卖出 10 件 → 断货');
    // JD: 2 sold in 60 days < 100 → 滞销, with the three clearance steps on demand.
    expect(rows[1]).toHaveTextContent('近 60 天卖出 2 件 < 100 件，库存 100 → 滞销');
    expect(within(rows[1]!).getByText('清仓三步')).toBeInTheDocument();
    await db.delete();
  });

  it('says what to capture when there are no products', async () => {
    const db = new ShopLensDatabase(`stock-empty-${n++}`);
    renderTab(db);
    expect(await screen.findByText(/还没有商品库存。打开各平台的商品列表页/)).toBeInTheDocument();
    await db.delete();
  });
});

describe('StockTab with 5,000 SKU rows', () => {
  // 500 products of 10 SKUs on Taobao, no orders captured: sales come from the page's 30-day figure. Every
  // 10th SKU is out (stock 0, 5 sold) → 断货; the others hold 500 with 60 sold (safety 90, 120 in 60 days): quiet.
  const skus = Array.from({ length: 5_000 }, (_, i) =>
    product({
      productId: String(700_000_000_000 + Math.floor(i / 10)),
      skuId: String(5_000_000_000 + i),
      title: `加厚羊毛围巾 ${String(i).padStart(4, '0')}`,
      spec: `颜色分类:色${i % 10}`,
      outerId: `WJ-${i}`,
      stock: i % 10 === 0 ? 0 : 500,
      sales30d: i % 10 === 0 ? 5 : 60,
    }),
  );
  let db: ShopLensDatabase;
  beforeAll(async () => {
    db = new ShopLensDatabase(`stock-many-${n++}`);
    await captureRecords(db, 'taobao', 'products', skus, now);
  }, 60_000);
  afterAll(() => db.delete());

  it('draws a window of the rows, later rows on scrolling, and the warning filter still applies', async () => {
    renderTab(db);
    // Reading 5,000 rows from fake IndexedDB takes a while on a busy machine.
    const list = await screen.findByRole('list', { name: '商品与 SKU（有提醒的在前）' }, { timeout: 30_000 });
    // The list's own rows (a row lists its warnings inside).
    const rowsOf = (l: HTMLElement) => [...l.querySelectorAll<HTMLElement>(':scope > [role="listitem"]')];
    const drawn = () => rowsOf(list);
    expect(drawn()[0]).toHaveAttribute('aria-setsize', '5000');
    expect(drawn().length).toBeLessThan(30);
    // The 500 out-of-stock rows come first (then by units sold), so row 501 is the first quiet one.
    expect(drawn()[0]).toHaveTextContent('库存 0，近 30 天卖出 5 件 → 断货');
    const box = list.closest<HTMLElement>('[data-testid="virtual-list"]')!;
    box.scrollTop = 500 * (ROW_ESTIMATE_PX + 6);
    fireEvent.scroll(box);
    const row501 = drawn().find((r) => r.getAttribute('aria-posinset') === '501')!;
    expect(row501).toHaveTextContent('加厚羊毛围巾 0001');
    expect(within(row501).queryByText('断货')).not.toBeInTheDocument();
    expect(drawn().length).toBeLessThan(30);

    fireEvent.click(screen.getByRole('button', { name: '断货 500' }));
    const filtered = rowsOf(screen.getByRole('list', { name: '商品与 SKU（有提醒的在前）' }));
    expect(filtered.length).toBeGreaterThan(5);
    expect(filtered[0]).toHaveAttribute('aria-setsize', '500');
    expect(filtered[0]).toHaveAttribute('aria-posinset', '1');
    for (const r of filtered) expect(r).toHaveTextContent('→ 断货');
  }, 60_000);
});


describe('StockTab with hundreds of moves between platforms', () => {
  // 300 goods on Taobao and JD under the same 商家编码: Taobao out (stock 0, 10 sold in 30 days by the page's
  // figure), JD holding 100 (2 sold) → each goods a move JD → Taobao. The bench's big shop has ~640 such goods.
  const GOODS = 300;
  const tb = Array.from({ length: GOODS }, (_, i) =>
    product({ productId: String(710_000_000_000 + i), title: `羊毛围巾 ${String(i).padStart(3, '0')}`, outerId: `MV-${i}`, stock: 0, sales30d: 10 }),
  );
  const jd = Array.from({ length: GOODS }, (_, i) =>
    product({ platform: 'jd', productId: String(120_000_000_000 + i), skuId: String(130_000_000_000 + i), title: `羊毛围巾 ${String(i).padStart(3, '0')}`, outerId: `MV-${i}`, stock: 100, sales30d: 2 }),
  );

  it('draws a window of the linked goods with a move, each with its move and reason', async () => {
    const db = new ShopLensDatabase(`stock-moves-many-${n++}`);
    await captureRecords(db, 'taobao', 'products', tb, now);
    await captureRecords(db, 'jd', 'products', jd, now);
    renderTab(db);
    const list = await screen.findByRole('list', { name: '跨平台调货建议' }, { timeout: 30_000 });
    const drawn = [...list.querySelectorAll<HTMLElement>(':scope > [role="listitem"]')];
    expect(drawn[0]).toHaveAttribute('aria-setsize', String(GOODS));
    expect(drawn.length).toBeGreaterThan(3);
    expect(drawn.length).toBeLessThan(30);
    for (const item of drawn) expect(within(item).getByText(/^京东 → 淘宝\/天猫 调 \d+ 件$/)).toBeInTheDocument();
    expect(drawn[0]).toHaveTextContent('库存 0');
    await db.delete();
  }, 60_000);
});
