// @vitest-environment jsdom
import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nProvider } from '../../components/i18n';
import { titleView } from '../../components/model/title-view';
import { TitleTab } from '../../components/title-tab';
import { DEFAULT_SETTINGS } from '../../lib/analytics/settings';
import { createDraftChecker } from '../../lib/analytics/titles';
import { ShopLensDatabase, readWindowSales } from '../../lib/db';
import { DEMO_NOW } from '../fixtures/data/shop';
import { captureDemoShop } from '../support/demo-db';

// Each test writes and reads a whole fake IndexedDB through live queries: slow on a busy machine, never timed.
configure({ asyncUtilTimeout: 8000 });

let db: ShopLensDatabase;
let n = 0;
beforeEach(() => {
  db = new ShopLensDatabase(`title-draft-${n++}`);
});
afterEach(() => db.delete());

function renderTab() {
  return render(
    <I18nProvider>
      <TitleTab db={db} now={DEMO_NOW} settings={DEFAULT_SETTINGS} />
    </I18nProvider>,
  );
}

describe('TitleDraft (the 标题 tab’s box for a new title)', { timeout: 60_000 }, () => {
  it('checks a typed title and suggests the words the analytics suggest for it, with the context it used', async () => {
    await captureDemoShop(db, DEMO_NOW);
    // What the tab computes, and the analytics' answer for the draft.
    const view = titleView(await db.products.toArray(), await readWindowSales(db, DEMO_NOW, 30 * 86_400_000), DEMO_NOW, DEFAULT_SETTINGS);
    const peer = view.items.find((i) => i.suggestions.length > 0)!.listing;
    const draft = `最好的${peer.goods}`;
    const expected = createDraftChecker(view.items.map((i) => i.listing), DEFAULT_SETTINGS)(draft, peer.platform);
    expect(expected.suggestions.length).toBeGreaterThan(0);

    renderTab();
    await screen.findAllByTestId('title-item');
    expect(screen.getByText(/输入一个还没上架的标题/)).toBeInTheDocument();
    fireEvent.change(screen.getByRole('combobox', { name: '发布平台' }), { target: { value: peer.platform } });
    fireEvent.change(screen.getByRole('textbox', { name: '新标题' }), { target: { value: draft } });
    const result = await screen.findByTestId('draft-result');
    expect(within(result).getByTestId('draft-context')).toHaveTextContent(`商品词「${peer.goods}」`);
    expect(within(result).getByTestId('draft-context')).toHaveTextContent(`建议来自同类同品的 ${expected.peers} 个已上架标题`);
    expect(within(result).getByText('违禁词')).toBeInTheDocument();
    expect(within(result).getByText(`宽度 ${expected.check.width}/${expected.check.maxWidth}`, { exact: false })).toBeInTheDocument();
    const chips = [...result.querySelectorAll('.chip')].map((c) => c.textContent);
    expect(chips).toEqual(expected.suggestions.map((s) => s.word));
  });

  it('follows the platform: the same title is over JD’s limit of 50 but within Taobao’s 60', async () => {
    renderTab();
    // 27 Chinese characters: width 54.
    const title = '加厚羊毛围巾女冬季韩版百搭保暖长款针织披肩两用礼盒装送';
    fireEvent.change(await screen.findByRole('textbox', { name: '新标题' }), { target: { value: title } });
    expect(await screen.findByText(/宽度 54\/60/)).toBeInTheDocument();
    fireEvent.change(screen.getByRole('combobox', { name: '发布平台' }), { target: { value: 'jd' } });
    expect(await screen.findByText(/宽度 54\/50/)).toBeInTheDocument();
    expect(within(screen.getByTestId('draft-result')).getByText('超长')).toBeInTheDocument();
  });

  it('shows typed HTML as text', async () => {
    const { container } = renderTab();
    fireEvent.change(await screen.findByRole('textbox', { name: '新标题' }), { target: { value: '<img src=x onerror=alert(1)>羊毛手套' } });
    expect(await screen.findByText('<img src=x onerror=alert(1)>羊毛手套')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});
