// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nProvider } from '../../components/i18n';
import { SkuTab } from '../../components/sku-tab';
import { DEFAULT_SETTINGS } from '../../lib/analytics/settings';
import { ShopLensDatabase } from '../../lib/db';
import { DEMO_NOW } from '../fixtures/data/shop';
import { CATALOGUE } from '../fixtures/data/catalogue';
import { captureDemoShop } from '../support/demo-db';

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
