// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import { ImportSection } from '../../components/data/import-section';
import { I18nProvider } from '../../components/i18n';
import { DEFAULT_SETTINGS } from '../../lib/analytics/settings';
import { ShopLensDatabase } from '../../lib/db';
import { importReceiver, type ImportReceiver } from '../../lib/messaging/import-receiver';
import * as S from '../lib/import/sample-exports';

// The 数据 tab's import section in jsdom, wired to the background's real receiver over fake-indexeddb: files
// chosen or dropped are parsed, sent, stored; the section shows each file's detected format, the counts, the
// reasons rows were left out, their CSV, a cancel that stores nothing and a full disk's message.

// jsdom's Blob has no arrayBuffer()/text() (browsers do): read through its FileReader instead.
function readBlob(blob: Blob, as: 'buffer' | 'text'): Promise<ArrayBuffer | string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer | string);
    reader.onerror = () => reject(reader.error);
    if (as === 'buffer') reader.readAsArrayBuffer(blob);
    else reader.readAsText(blob);
  });
}
Blob.prototype.arrayBuffer ??= function (this: Blob) {
  return readBlob(this, 'buffer') as Promise<ArrayBuffer>;
};
Blob.prototype.text ??= function (this: Blob) {
  return readBlob(this, 'text') as Promise<string>;
};

const RUNTIME = 'abcdefghijklmnopabcdefghijklmnop';
const PANEL = { id: RUNTIME, url: `chrome-extension://${RUNTIME}/sidepanel.html` };
const FILE_TIME = Date.UTC(2025, 11, 20, 8);

let db: ShopLensDatabase;
let receiver: ImportReceiver;
let n = 0;
beforeEach(() => {
  db = new ShopLensDatabase(`import-section-${n++}`);
  receiver = importReceiver(db);
});
afterEach(() => db.delete());

const taobao = S.sampleOrders('taobao', 30, 3);
const file = (name: string, bytes: Uint8Array, type = 'text/csv') => new File([bytes.slice().buffer], name, { type, lastModified: FILE_TIME });
const orderReport = () => file('ExportOrderList202512.csv', S.taobaoOrderReport(taobao));
const itemReport = () => file('ExportOrderDetailList202512.csv', S.taobaoItemReport(taobao));

function renderSection(send: (m: unknown) => Promise<unknown> = (m) => receiver.handle(m, PANEL, RUNTIME) ?? Promise.resolve(undefined)) {
  return render(
    <I18nProvider lang="zh">
      <ImportSection db={db} settings={DEFAULT_SETTINGS} send={send} />
    </I18nProvider>,
  );
}

const choose = (files: File[]) => fireEvent.change(screen.getByLabelText('选择要导入的导出文件'), { target: { files } });

// Whole files parsed in jsdom: 60 s, as the other whole-page tests (5 s runs out on a loaded 2-core machine).
describe('ImportSection', { timeout: 60_000 }, () => {
  it('imports the files chosen: each file’s format and encoding, the counts, the orders stored', async () => {
    renderSection();
    choose([orderReport(), itemReport(), file('notes.csv', new TextEncoder().encode('日期,备注\n2025-01-01,盘点\n'))]);
    const summary = await screen.findByTestId('import-summary', {}, { timeout: 20_000 });
    expect(within(summary).getByRole('status')).toHaveTextContent('导入完成：新增 30 单，更新 0 单，未变 0 单，未保存 0 行。');
    const files = within(summary).getAllByTestId('import-file');
    expect(files[0]).toHaveTextContent('ExportOrderList202512.csv');
    expect(files[0]).toHaveTextContent('淘宝订单报表 · GBK · 30 行');
    // The receiver's columns are named as skipped, never read.
    expect(files[0]).toHaveTextContent('已跳过的个人信息列（未读取）：');
    expect(files[0]).toHaveTextContent('收货人姓名');
    expect(files[1]).toHaveTextContent('淘宝宝贝报表 · GBK');
    expect(within(files[2]!).getByRole('alert')).toHaveTextContent('表头不是已知的订单导出');
    expect(await db.orders.count()).toBe(30);
    const stored = await db.orders.toArray();
    expect(stored.every((o) => o.platform === 'taobao' && o.buyer !== '' && o.capturedAt === FILE_TIME)).toBe(true);
    expect(JSON.stringify(stored)).not.toContain(S.RECEIVER_PHONE);
  });

  it('takes files dropped on the section, and says a second import of them changed nothing', async () => {
    renderSection();
    fireEvent.drop(screen.getByTestId('import-section'), { dataTransfer: { files: [orderReport(), itemReport()] } });
    expect(await screen.findByText(/导入完成：新增 30 单/, {}, { timeout: 20_000 })).toBeInTheDocument();
    choose([orderReport(), itemReport()]);
    expect(await screen.findByText('导入完成：新增 0 单，更新 0 单，未变 30 单，未保存 0 行。', {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(await db.orders.count()).toBe(30);
  });

  it('groups the rejected rows by reason and downloads them as a CSV with file and row numbers', async () => {
    const orders = S.sampleOrders('jd', 12, 9);
    const text = new TextDecoder('gbk').decode(S.jdExport(orders));
    const broken = [orders[2]!, orders[5]!];
    const lines = text.split('\r\n').map((l) => {
      const o = broken.find((b) => l.startsWith(`${b.orderId},`));
      return o ? l.replace(o.placedAt, '昨天下午') : l;
    });
    const { default: iconv } = await import('iconv-lite');
    const jd = file('京东订单.csv', new Uint8Array(iconv.encode(lines.join('\r\n'), 'gbk')));
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:import-rejected';
    });
    URL.revokeObjectURL = vi.fn();
    renderSection();
    choose([jd]);
    expect(await screen.findByText(`导入完成：新增 10 单，更新 0 单，未变 0 单，未保存 2 行。`, {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.getByTestId('import-reasons')).toHaveTextContent('下单时间无法识别：2 行');
    fireEvent.click(screen.getByRole('button', { name: '下载未保存的行（CSV）' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const csv = Papa.parse<Record<string, string>>((await blobs[0]!.text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(csv.data.map((r) => [r['文件'], r['订单编号']!.replace(/^="|"$/g, ''), r['原因']])).toEqual(
      broken.map((o) => ['京东订单.csv', o.orderId, '下单时间无法识别：“昨天下午”']),
    );
    // The row numbers are the spreadsheet's: the header is row 1.
    for (const r of csv.data) expect(Number(r['行号']!.split(', ')[0])).toBeGreaterThan(1);
  });

  it('cancel while the orders are being sent stores nothing and drops what the background staged', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const sent: string[] = [];
    renderSection(async (m) => {
      const type = (m as { type: string }).type;
      sent.push(type);
      const reply = await (receiver.handle(m, PANEL, RUNTIME) ?? Promise.resolve(undefined));
      if (type === 'shoplens/import-chunk') await held;
      return reply;
    });
    choose([orderReport(), itemReport()]);
    // The first chunk is with the background (its reply held back): the progress says so, and 取消 is there.
    await waitFor(() => expect(sent).toContain('shoplens/import-chunk'), { timeout: 20_000 });
    expect(screen.getByTestId('import-progress')).toHaveTextContent('正在写入：0 / 30 单');
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.getByText('已取消导入，没有保存任何数据。')).toBeInTheDocument();
    release();
    await waitFor(() => expect(sent).toContain('shoplens/import-cancel'));
    expect(sent).not.toContain('shoplens/import-commit');
    expect(receiver.staged()).toEqual([]);
    expect(await db.orders.count()).toBe(0);
    expect(await db.captures.count()).toBe(0);
  });

  it('cancel while a large file is being read stops there: nothing is sent', async () => {
    const send = vi.fn(async () => ({ ok: true }));
    renderSection(send);
    choose([file('jd-big.csv', S.jdExport(S.sampleOrders('jd', 12_000, 11)))]);
    expect(await screen.findByText(/正在读取 jd-big\.csv：已读 \d+ 行/, {}, { timeout: 20_000 })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.getByText('已取消导入，没有保存任何数据。')).toBeInTheDocument();
    // The parse stops at its next pause; nothing reaches the background, then or later.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(send).not.toHaveBeenCalled();
    expect(screen.queryByTestId('import-summary')).toBeNull();
  });

  it('a full disk ends the import with its message and nothing stored', async () => {
    const proto = globalThis.IDBObjectStore.prototype;
    const put = proto.put;
    const spy = vi.spyOn(proto, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'orders') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    try {
      renderSection();
      choose([orderReport(), itemReport()]);
      expect(await screen.findByRole('alert', {}, { timeout: 20_000 })).toHaveTextContent('磁盘空间不足，导入已停止，没有保存任何数据。');
    } finally {
      spy.mockRestore();
    }
    expect(await db.orders.count()).toBe(0);
    expect(await db.captures.count()).toBe(0);
  });

  it('a file that is not a spreadsheet is named with the reason, and nothing is sent', async () => {
    const send = vi.fn(async () => ({ ok: true }));
    renderSection(send);
    choose([file('photo.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]))]);
    const summary = await screen.findByTestId('import-summary', {}, { timeout: 20_000 });
    expect(within(summary).getByRole('alert')).toHaveTextContent('这不是表格文件（CSV 或 xlsx）。');
    expect(summary).toHaveTextContent('没有可导入的订单。');
    expect(send).not.toHaveBeenCalled();
  });

  it('speaks English when asked', async () => {
    render(
      <I18nProvider lang="en">
        <ImportSection db={db} settings={DEFAULT_SETTINGS} send={(m) => receiver.handle(m, PANEL, RUNTIME) ?? Promise.resolve(undefined)} />
      </I18nProvider>,
    );
    fireEvent.change(screen.getByLabelText('Choose export files to import'), { target: { files: [orderReport()] } });
    expect(await screen.findByText(/Import finished: 30 new, 0 updated/, {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.getByText(/Taobao order report · GBK · 30 rows/)).toBeInTheDocument();
    expect(screen.getByText(/30 orders have an order report row but no item report lines/)).toBeInTheDocument();
  });
});
