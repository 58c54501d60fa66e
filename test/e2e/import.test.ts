import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { formatFen, type Capture, type Order } from '../../lib/domain';
import { launchWithExtension, waitFor, type ExtensionBrowser } from '../support/browser';
import * as S from '../lib/import/sample-exports';

// An import of export files in real Chromium through the side panel's file input: a Taobao 订单报表 and its
// 宝贝报表, GBK CSV as the console writes them (iconv-lite), set on the 数据 tab's <input type="file">; the
// built extension parses them in the panel, its background stores them; the orders are found in IndexedDB,
// the 经营 tab's numbers move from nothing to the files' sums, and importing again adds nothing.

let browser: ExtensionBrowser;
let panel: Page;
const orders = S.sampleOrders('taobao', 80, 21);
const FILE_TIME = new Date(Date.UTC(2025, 11, 20, 8));
let files: string[];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'shoplens-import-'));
  files = [
    [join(dir, 'ExportOrderList202512.csv'), S.taobaoOrderReport(orders)],
    [join(dir, 'ExportOrderDetailList202512.csv'), S.taobaoItemReport(orders)],
  ].map(([path, bytes]) => {
    writeFileSync(path as string, bytes as Uint8Array);
    utimesSync(path as string, FILE_TIME, FILE_TIME);
    return path as string;
  });
  browser = await launchWithExtension({ port: 9, hosts: [] });
  panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
});
afterAll(async () => {
  await browser?.close();
});

const COUNTED = new Set(['paid', 'shipped', 'completed', 'refunding']);

describe('import through the side panel', () => {
  it('imports GBK Taobao CSVs from the file input: orders in IndexedDB, 经营 numbers changed, a re-import adds nothing', async () => {
    await panel.getByRole('tab', { name: '经营' }).click();
    await panel.getByText(/还没有订单数据/).waitFor({ timeout: 30_000 });

    await panel.getByRole('tab', { name: '数据' }).click();
    await panel.getByLabel('选择要导入的导出文件').setInputFiles(files);
    const done = panel.getByText(/^导入完成：/);
    await done.waitFor({ timeout: 60_000 });
    expect(await done.textContent()).toBe(`导入完成：新增 ${orders.length} 单，更新 0 单，未变 0 单，未保存 0 行。`);
    const summary = panel.getByTestId('import-summary');
    expect(await summary.getByTestId('import-file').first().textContent()).toContain('淘宝订单报表 · GBK');

    const stored = await waitFor('the imported orders', async () => {
      const rows = await browser.readStore<Order>('orders');
      return rows.length === orders.length ? rows : undefined;
    });
    expect(stored.map((o) => o.orderId).sort()).toEqual(orders.map((o) => o.orderId).sort());
    expect(stored.every((o) => o.platform === 'taobao' && o.buyer.startsWith('tb_buyer_') && o.capturedAt === FILE_TIME.getTime())).toBe(true);
    const multi = stored.find((o) => o.items.length > 1)!;
    expect(multi.items.length).toBe(orders.find((o) => o.orderId === multi.orderId)!.lines.length);
    expect(JSON.stringify(stored)).not.toContain(S.RECEIVER_PHONE);
    const log = await browser.readStore<Capture>('captures');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ platform: 'taobao', kind: 'orders', saved: orders.length, added: orders.length, url: 'import:ExportOrderList202512.csv, ExportOrderDetailList202512.csv' });

    // 经营 over 全部: the GMV and order count of the counted orders just imported.
    const counted = stored.filter((o) => COUNTED.has(o.status));
    expect(counted.length).toBeGreaterThan(20);
    await panel.getByRole('tab', { name: '经营' }).click();
    await panel.getByRole('button', { name: '全部' }).click();
    const gmv = panel.getByTestId('kpi-total-gmv');
    await waitFor('the KPI over the imported orders', async () => ((await gmv.textContent())?.includes(formatFen(counted.reduce((s, o) => s + o.paidFen, 0))) ? true : undefined), 30_000);
    expect(await panel.getByTestId('kpi-total-orders').textContent()).toContain(String(counted.length));

    // The same files again: nothing new, nothing changed, no order stored twice.
    await panel.getByRole('tab', { name: '数据' }).click();
    await panel.getByLabel('选择要导入的导出文件').setInputFiles(files);
    await panel.getByText(`导入完成：新增 0 单，更新 0 单，未变 ${orders.length} 单，未保存 0 行。`).waitFor({ timeout: 60_000 });
    expect(await browser.readStore<Order>('orders')).toHaveLength(orders.length);
  });
});
