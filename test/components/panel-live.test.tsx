// @vitest-environment jsdom
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nProvider } from '../../components/i18n';
import { SidePanelApp } from '../../components/side-panel-app';
import { ShopLensDatabase } from '../../lib/db';
import { detectPage } from '../../lib/platforms/registry';
import { DEMO_NOW } from '../fixtures/data/shop';
import { captureDemoShop, captureRecords } from '../support/demo-db';
import { order, product } from '../support/records';

// Each test writes and reads a whole fake IndexedDB through live queries: slow on a busy machine, never timed.
configure({ asyncUtilTimeout: 8000 });

let db: ShopLensDatabase;
let n = 0;
beforeEach(() => {
  db = new ShopLensDatabase(`panel-live-${n++}`);
  localStorage.clear();
});
afterEach(() => db.delete());

function renderPanel() {
  return render(
    <I18nProvider>
      <SidePanelApp db={db} now={DEMO_NOW} />
    </I18nProvider>,
  );
}

const open = async (name: string) => fireEvent.click(await screen.findByRole('tab', { name }));

/** The links of the empty state, as [platform kind, URL]. */
function links(): [string, string][] {
  return within(screen.getByTestId('console-links'))
    .getAllByRole('link')
    .map((a) => {
      const page = detectPage(a.getAttribute('href')!);
      return [`${page?.adapter.id}-${page?.kind}`, a.getAttribute('href')!];
    });
}

describe('the side panel, empty and live', { timeout: 60_000 }, () => {
  it('teaches each empty tab which console list pages to open, as links ShopLens reads', async () => {
    renderPanel();
    await screen.findByText(/还没有采集到数据/);
    expect(links().map(([k]) => k)).toEqual(['taobao-orders', 'taobao-products', 'douyin-orders', 'douyin-products', 'jd-orders', 'jd-products', 'pdd-orders', 'pdd-products']);
    for (const a of within(screen.getByTestId('console-links')).getAllByRole('link')) expect(a).toHaveAttribute('target', '_blank');
    for (const [tab, kinds] of [
      ['经营', ['orders']],
      ['客户', ['orders']],
      ['库存', ['products']],
      ['SKU', ['orders', 'products']],
      ['标题', ['products']],
    ] as const) {
      await open(tab);
      await screen.findByTestId('console-links');
      expect(new Set(links().map(([k]) => k.split('-')[1]))).toEqual(new Set(kinds));
      expect(links()).toHaveLength(4 * kinds.length);
    }
    await open('设置');
    await screen.findByRole('heading', { name: '分析设置' });
    expect(screen.queryByTestId('console-links')).toBeNull();
  });

  it('keeps the order links on 经营 while only products are stored, and drops them once orders come in', async () => {
    await captureRecords(db, 'taobao', 'products', [product()], DEMO_NOW);
    renderPanel();
    await open('经营');
    await screen.findByTestId('console-links');
    expect(links().every(([k]) => k.endsWith('-orders'))).toBe(true);
    await captureRecords(db, 'taobao', 'orders', [order({ placedAt: DEMO_NOW - 86_400_000 })], DEMO_NOW);
    await waitFor(() => expect(screen.queryByTestId('console-links')).toBeNull());
  });

  it.each([
    ['采集', () => screen.findAllByText(/读取 \d+ 行/)],
    ['经营', () => screen.findByTestId('kpi-tile-gmv')],
    ['客户', () => screen.findByTestId('tier-vip')],
    ['库存', () => screen.findAllByTestId('stock-row')],
    ['SKU', () => screen.findByRole('heading', { name: '按商品关联' })],
    ['标题', () => screen.findAllByTestId('title-item')],
  ])('draws %s from captures stored while it is open, with 更新中… until it has', async (tab, drawn) => {
    renderPanel();
    await open(tab);
    await screen.findByTestId('console-links');
    expect(screen.getByTestId('updating')).toBeEmptyDOMElement();
    const capturing = captureDemoShop(db, DEMO_NOW);
    await waitFor(() => expect(screen.getByTestId('updating')).toHaveTextContent('更新中…'));
    await capturing;
    await drawn();
    await waitFor(() => expect(screen.queryByTestId('console-links')).toBeNull());
    await waitFor(() => expect(screen.getByTestId('updating')).toBeEmptyDOMElement(), { timeout: 5000 });
  });
});
