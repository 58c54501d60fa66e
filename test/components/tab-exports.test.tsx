// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import type { ReactElement } from 'react';
import { CaptureTab } from '../../components/capture-tab';
import { downloadCsv } from '../../components/export/download';
import { I18nProvider } from '../../components/i18n';
import { RfmTab } from '../../components/rfm-tab';
import { SkuTab } from '../../components/sku-tab';
import { StockTab } from '../../components/stock-tab';
import { TitleTab } from '../../components/title-tab';
import { TIERS, type NamedTier } from '../../lib/analytics/customers';
import { DEFAULT_SETTINGS } from '../../lib/analytics/settings';
import { ShopLensDatabase } from '../../lib/db';
import { ingestCapture } from '../../lib/ingest/ingest';
import { DEMO_NOW } from '../fixtures/data/shop';
import { DEMO_PAGES } from '../fixtures/pages';
import { captureDemoShop } from '../support/demo-db';

// Each side-panel tab's export buttons over the demo shop: the file a click saves holds the rows the tab shows
// (in its order, with its filter), read back with papaparse. The browser download is replaced by a spy.

vi.mock('../../components/export/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../components/export/download')>()),
  downloadCsv: vi.fn(),
}));
const download = vi.mocked(downloadCsv);

const now = DEMO_NOW; // 2025-08-01 Shanghai
const DAY_NAME = /_\d{4}-\d{2}-\d{2}\.csv$/;

/** Reads a Blob in jsdom (FileReader: jsdom's Blob has no text()). */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob, 'utf-8');
  });
}

/** A file's rows as objects by header, ids unwrapped from their `="…"` text form. */
interface Csv {
  name: string;
  header: string[];
  rows: Record<string, string>[];
}

/** Clicks an export button and reads back the file it saves. */
async function exportVia(name: string | RegExp): Promise<Csv> {
  const before = download.mock.calls.length;
  fireEvent.click(screen.getByRole('button', { name }));
  await waitFor(() => expect(download.mock.calls.length).toBe(before + 1), { timeout: 5000 });
  const [blob, file] = download.mock.calls[before]!;
  const parsed = Papa.parse<string[]>((await blobText(blob)).replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...data] = parsed.data;
  const unwrap = (s: string) => /^="(.*)"$/.exec(s)?.[1] ?? s;
  return { name: file, header: header!, rows: data.map((r) => Object.fromEntries(header!.map((h, i) => [h, unwrap(r[i] ?? '')]))) };
}

/** The list's length as it tells screen readers, and the texts of the rows it has drawn, in order. */
function shown(list: HTMLElement, selector: string): { size: number; texts: string[] } {
  const items = [...list.querySelectorAll(':scope > [role=listitem]')];
  return {
    size: Number(items[0]!.getAttribute('aria-setsize')),
    texts: items.map((li) => li.querySelector(selector)!.textContent!),
  };
}

function renderUi(ui: ReactElement) {
  return render(<I18nProvider>{ui}</I18nProvider>);
}

let db: ShopLensDatabase;
let n = 0;
beforeAll(async () => {
  db = new ShopLensDatabase(`tab-exports-${n++}`);
  await captureDemoShop(db, now);
});
afterAll(() => db.delete());
beforeEach(() => download.mockClear());

describe('库存 tab export', () => {
  it('saves every row the list holds, in its order, and only the filtered rows under a filter', async () => {
    renderUi(<StockTab db={db} now={now} settings={DEFAULT_SETTINGS} />);
    await screen.findAllByTestId('stock-row');
    const list = () => screen.getByRole('list', { name: '商品与 SKU（有提醒的在前）' });
    const all = await exportVia('导出库存表');
    expect(all.name).toBe('店镜_库存预警_2025-08-01.csv');
    const onScreen = shown(list(), '.title');
    expect(onScreen.size).toBeGreaterThan(onScreen.texts.length); // the list is windowed; the file holds all of it
    expect(all.rows).toHaveLength(onScreen.size);
    expect(all.rows.slice(0, onScreen.texts.length).map((r) => r['商品标题'])).toEqual(onScreen.texts);
    expect(screen.getByRole('button', { name: `全部 ${onScreen.size}` })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: '断货 1' }));
    const out = await exportVia('导出库存表');
    expect(out.name).toBe('店镜_库存预警_断货_2025-08-01.csv');
    expect(out.rows).toHaveLength(1);
    expect(out.rows[0]!['商品标题']).toBe(shown(list(), '.title').texts[0]);
    expect(out.rows[0]!['提醒']).toContain('断货');
    expect(out.rows[0]!['库存']).toBe('0');
    // Every row of the unfiltered file whose warnings name 断货 is the one the filter shows.
    expect(all.rows.filter((r) => r['提醒']!.split('、').includes('断货')).map((r) => r['商品标题'])).toEqual([out.rows[0]!['商品标题']]);
  });
});

describe('客户 tab export', () => {
  it('saves each tier on screen as its own campaign list, and all customers with their tiers', async () => {
    renderUi(<RfmTab db={db} now={now} settings={DEFAULT_SETTINGS} />);
    await screen.findByRole('heading', { name: '客户分层' });
    const perTier = new Map<string, number>();
    for (const tier of Object.keys(TIERS) as NamedTier[]) {
      fireEvent.click(screen.getByTestId(`tier-${tier}`));
      const label = TIERS[tier].label.zh;
      const count = Number(screen.getByTestId(`tier-${tier}`).textContent!.replace(/,/g, ''));
      perTier.set(label, count);
      if (count === 0) {
        expect(screen.queryByRole('button', { name: '导出本层客户' })).toBeNull();
        continue;
      }
      const csv = await exportVia('导出本层客户');
      expect(csv.name).toBe(`店镜_客户_${label}_2025-08-01.csv`);
      const onScreen = shown(screen.getByRole('list', { name: label }), '.buyer');
      expect(csv.rows).toHaveLength(onScreen.size);
      expect(csv.rows).toHaveLength(count);
      expect(csv.rows.slice(0, onScreen.texts.length).map((r) => r['买家昵称'])).toEqual(onScreen.texts);
      expect(new Set(csv.rows.map((r) => r['客户分层']))).toEqual(new Set([label]));
    }
    expect([...perTier.values()].filter((c) => c > 0).length).toBeGreaterThan(1);
    const all = await exportVia('导出全部客户');
    expect(all.name).toBe('店镜_客户_2025-08-01.csv');
    const tally = new Map<string, number>();
    for (const r of all.rows) tally.set(r['客户分层']!, (tally.get(r['客户分层']!) ?? 0) + 1);
    for (const [label, count] of perTier) expect(tally.get(label) ?? 0).toBe(count);
    expect(new Set(all.rows.map((r) => `${r['平台']}|${r['买家昵称']}`)).size).toBe(all.rows.length);
  });
});

describe('标题 tab export', () => {
  it('saves every listing with its check, in the order the list shows them', async () => {
    renderUi(<TitleTab db={db} now={now} settings={DEFAULT_SETTINGS} />);
    await screen.findAllByTestId('title-item');
    const csv = await exportVia('导出标题检查');
    expect(csv.name).toBe('店镜_标题检查_2025-08-01.csv');
    const onScreen = shown(screen.getByRole('list', { name: '标题检查' }), '.title');
    expect(csv.rows).toHaveLength(onScreen.size);
    expect(csv.rows.slice(0, onScreen.texts.length).map((r) => r['商品标题'])).toEqual(onScreen.texts);
    // The listings needing attention come first in the file too.
    expect(Number(csv.rows[0]!['问题数'])).toBeGreaterThan(0);
  });
});

describe('SKU tab export', () => {
  it('saves every stored unified code, those in linked goods with the goods and the unlinked ones without', async () => {
    renderUi(<SkuTab db={db} settings={DEFAULT_SETTINGS} />);
    await screen.findByRole('heading', { name: '按商品关联' });
    const csv = await exportVia('导出统一编码');
    expect(csv.name).toMatch(/^店镜_统一SKU编码_\d{4}-\d{2}-\d{2}\.csv$/);
    const stored = (await db.skuCodes.toArray()).map((c) => c.code);
    expect(csv.rows.map((r) => r['统一编码'])).toEqual(stored);
    const byCode = new Map(csv.rows.map((r) => [r['统一编码']!, r]));
    const unlinked = screen.getByRole('region', { name: '未关联的 SKU' });
    const unlinkedCodes = within(unlinked).queryAllByText(/^(TB|DY|JD|DD)-/).map((el) => el.textContent!);
    for (const code of unlinkedCodes) expect(byCode.get(code)!['关联商品']).toBe('');
    const linked = csv.rows.filter((r) => r['关联商品'] !== '');
    expect(linked.length).toBeGreaterThan(0);
    for (const r of linked) expect(r['关联平台']).not.toBe('');
  });
});

describe('采集 tab export', () => {
  it('saves every stored order line and product row, and the rejected rows of the log with their reasons', async () => {
    const page = DEMO_PAGES.find((p) => p.platform === 'taobao' && p.kind === 'orders')!;
    const url = page.urls[0]!;
    const rejected = [
      { index: 4, key: '4590500607641348999', text: '订单号：4590500607641348999 加厚羊毛围巾', problems: [{ field: 'paidFen', problem: 'missing' as const, raw: '' }] },
    ];
    await ingestCapture(db, { type: 'shoplens/capture-from-content', platform: 'taobao', kind: 'orders', url, read: 1, records: [], rejected }, { at: now + 1000 });
    renderUi(<CaptureTab db={db} />);
    const bar = await screen.findByRole('region', { name: '导出' });

    const orders = await db.orders.toArray();
    const ordersCsv = await exportVia('导出全部订单');
    expect(ordersCsv.name).toMatch(/^店镜_订单_/);
    expect(ordersCsv.name).toMatch(DAY_NAME);
    expect(ordersCsv.rows).toHaveLength(orders.reduce((s, o) => s + o.items.length, 0));
    const ids = (rows: Record<string, string>[]) => [...new Set(rows.map((r) => `${r['平台']}|${r['订单编号']}`))].length;
    expect(ids(ordersCsv.rows)).toBe(orders.length);
    expect(new Set(ordersCsv.rows.map((r) => r['订单编号']))).toEqual(new Set(orders.map((o) => o.orderId)));
    expect(within(bar).getByRole('status')).toHaveTextContent(`已导出 ${ordersCsv.rows.length} 行`);

    const products = await db.products.toArray();
    const productsCsv = await exportVia('导出全部商品');
    expect(productsCsv.rows).toHaveLength(products.length);
    expect(new Set(productsCsv.rows.map((r) => `${r['商品ID']}|${r['SKU ID']}`))).toEqual(
      new Set(products.map((p) => `${p.productId}|${p.skuId}`)),
    );

    const rejectedCsv = await exportVia('导出未保存的行');
    expect(rejectedCsv.name).toMatch(/^店镜_未保存的行_/);
    expect(rejectedCsv.rows).toEqual([
      expect.objectContaining({ 平台: '淘宝/天猫', 行号: '5', '订单/商品编号': '4590500607641348999', 原因: '实付金额缺失', 页面地址: url }),
    ]);
  });
});
