// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nProvider } from '../../components/i18n';
import { SkuTab } from '../../components/sku-tab';
import { ROW_ESTIMATE_PX } from '../../components/virtual-list';
import { DEFAULT_SETTINGS } from '../../lib/analytics/settings';
import { ShopLensDatabase } from '../../lib/db';
import { DEMO_NOW } from '../fixtures/data/shop';
import { CATALOGUE } from '../fixtures/data/catalogue';
import { captureDemoShop, captureRecords } from '../support/demo-db';
import { product } from '../support/records';

let db: ShopLensDatabase;
let n = 0;
beforeEach(async () => {
  db = new ShopLensDatabase(`sku-tab-${n++}`);
  await captureDemoShop(db, DEMO_NOW);
});
afterEach(() => db.delete());

function renderTab(target = db) {
  return render(
    <I18nProvider>
      <SkuTab db={target} settings={DEFAULT_SETTINGS} />
    </I18nProvider>,
  );
}

const matchItems = () => screen.queryAllByRole('article', { name: /是否同一商品/ });

/** The two unified codes a match item shows, and the SKU keys stored with them. */
async function pairOf(item: HTMLElement) {
  const codes = within(item).getAllByText(/^(TB|DY|JD|DD)-/).map((el) => el.textContent!);
  const keys = await Promise.all(codes.map(async (c) => (await db.skuCodes.get(c))!.key));
  return { codes, keys: [...keys].sort() as [string, string] };
}

describe('SkuTab', () => {
  it('groups the unified codes by the 商家编码 the records share, one group per coded goods', async () => {
    // The catalogue's goods codes (商家编码); every coded goods is on at least one captured page.
    const goods = new Set(CATALOGUE.filter((g) => g.outerId).map((g) => g.outerId));
    renderTab();
    const groups = await screen.findByRole('region', { name: '按商品关联' });
    for (const g of goods) expect(within(groups).getByText(g)).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`^${await db.skuCodes.count()} 个统一编码 · ${goods.size} 组关联商品`))).toBeInTheDocument();
  });

  it('stores a confirmed match in skuMatchDecisions and no longer offers the pair', async () => {
    renderTab();
    await waitFor(() => expect(matchItems().length).toBeGreaterThan(1));
    const before = matchItems().length;
    const first = matchItems()[0]!;
    const { codes, keys } = await pairOf(first);
    fireEvent.click(within(first).getByRole('button', { name: '确认是同一商品' }));

    await waitFor(() => expect(matchItems()).toHaveLength(before - 1));
    const stored = await db.skuMatchDecisions.toArray();
    expect(stored).toEqual([{ a: keys[0], b: keys[1], decision: 'confirmed', decidedAt: expect.any(Number) }]);
    expect(screen.queryByRole('article', { name: `${codes[0]} 与 ${codes[1]} 是否同一商品` })).not.toBeInTheDocument();
    // The confirmed pair is now a linked group of its own and neither code is listed as unlinked.
    const unlinked = screen.getByRole('region', { name: '未关联的 SKU' });
    for (const c of codes) expect(within(unlinked).queryByText(c)).not.toBeInTheDocument();
  });

  it('stores a rejection, and the pair stays unlinked but is never offered again', async () => {
    renderTab();
    await waitFor(() => expect(matchItems().length).toBeGreaterThan(0));
    const before = matchItems().length;
    const item = matchItems()[before - 1]!;
    const { codes, keys } = await pairOf(item);
    fireEvent.click(within(item).getByRole('button', { name: '不是同一商品' }));

    await waitFor(() => expect(matchItems()).toHaveLength(before - 1));
    expect(await db.skuMatchDecisions.toArray()).toEqual([{ a: keys[0], b: keys[1], decision: 'rejected', decidedAt: expect.any(Number) }]);
    const unlinked = screen.getByRole('region', { name: '未关联的 SKU' });
    for (const c of codes) expect(within(unlinked).getByText(c)).toBeInTheDocument();
  });

  it('says what to capture when no SKU has a code yet', async () => {
    const empty = new ShopLensDatabase(`sku-empty-${n++}`);
    renderTab(empty);
    expect(await screen.findByText(/还没有 SKU 编码。采集任一平台的商品列表或订单列表后/)).toBeInTheDocument();
    await empty.delete();
  });
});

describe('SkuTab with 5,000 SKUs', () => {
  it('draws a window of the linked goods and later ones on scrolling', async () => {
    const big = new ShopLensDatabase(`sku-many-${n++}`);
    // 2,500 goods codes, each on Taobao and on JD as one SKU: 5,000 unified codes in 2,500 linked goods.
    const code = (i: number) => `WJ-${String(i).padStart(4, '0')}`;
    const tb = Array.from({ length: 2_500 }, (_, i) =>
      product({ productId: String(700_000_000_000 + i), skuId: String(5_000_000_000 + i), title: `加厚羊毛围巾 第${i}款`, spec: '颜色分类:米白', outerId: code(i) }),
    );
    const jd = Array.from({ length: 2_500 }, (_, i) =>
      product({ platform: 'jd', productId: String(100_000_000_000 + i), skuId: String(100_000_100_000 + i), title: `加厚羊毛围巾 第${i}款`, spec: '颜色:米白', outerId: code(i), url: 'https://shop.jd.com/x' }),
    );
    await captureRecords(big, 'taobao', 'products', tb, DEMO_NOW);
    await captureRecords(big, 'jd', 'products', jd, DEMO_NOW);
    renderTab(big);
    const list = await screen.findByRole('list', { name: '按商品关联' }, { timeout: 30_000 });
    // The list's own rows (each group also lists its codes inside).
    const drawn = () => [...list.querySelectorAll(':scope > [role="listitem"]')];
    expect(drawn()[0]).toHaveAttribute('aria-setsize', '2500');
    expect(drawn().length).toBeLessThan(30);
    expect(within(list).queryByText('WJ-2000')).not.toBeInTheDocument();
    const box = list.closest<HTMLElement>('[data-testid="virtual-list"]')!;
    box.scrollTop = 2_000 * (ROW_ESTIMATE_PX + 6);
    fireEvent.scroll(box);
    const later = drawn().find((r) => within(r as HTMLElement).queryByText('WJ-2000'))!;
    expect(later).toHaveAttribute('aria-posinset', '2001');
    expect(drawn().length).toBeLessThan(30);
    await big.delete();
  }, 120_000);
});
