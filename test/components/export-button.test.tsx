// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Papa from 'papaparse';
import { ExportButton, downloadCsv } from '../../components/export';
import { I18nProvider } from '../../components/i18n';
import type { Order } from '../../lib/domain';
import { BOM, csvFileName, ordersExporter, productsExporter, toCsv } from '../../lib/export';
import { DEMO_NOW } from '../fixtures/data/shop';
import { order, product } from '../support/records';

const orders = Array.from({ length: 1000 }, (_, i) => order({ orderId: String(4590500607641348000n + BigInt(i)) }));

/** Reads a Blob in jsdom (FileReader: jsdom's Blob has no text()). */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob, 'utf-8');
  });
}

/** An async source that stops after `pauseAt` records until the test opens the gate, and says how far it got. */
function gatedSource(records: Order[], pauseAt: number) {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  const seen = { read: 0, closed: false };
  async function* source() {
    try {
      for (const [i, o] of records.entries()) {
        if (i === pauseAt) await gate;
        seen.read++;
        yield o;
      }
    } finally {
      seen.closed = true;
    }
  }
  return { source, open, seen };
}

function renderButton(ui: React.ReactElement, lang: 'zh' | 'en' = 'zh') {
  return render(<I18nProvider lang={lang}>{ui}</I18nProvider>);
}

describe('ExportButton', () => {
  it('shows progress while it runs, then downloads the whole file and says what it saved', async () => {
    const { source, open } = gatedSource(orders, 600);
    const download = vi.fn<(blob: Blob, name: string) => void>();
    renderButton(
      <ExportButton exporter={ordersExporter} source={source} total={1000} chunkSize={200} now={() => DEMO_NOW} download={download} />,
    );
    fireEvent.click(screen.getByRole('button', { name: '导出 CSV' }));
    expect(await screen.findByText(/正在导出：600 \/ 1000/)).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: '导出进度' });
    expect(bar).toHaveAttribute('value', '600');
    expect(bar).toHaveAttribute('max', '1000');
    expect(screen.getByRole('button', { name: '导出 CSV' })).toBeDisabled();
    expect(download).not.toHaveBeenCalled();

    open();
    expect(await screen.findByText('已导出 1000 行：店镜_订单_2025-08-01.csv')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(download).toHaveBeenCalledTimes(1);
    const [blob, name] = download.mock.calls[0]!;
    expect(name).toBe('店镜_订单_2025-08-01.csv');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await new Promise<ArrayBuffer>((resolve) => {
      const r = new FileReader();
      r.onload = () => resolve(r.result as ArrayBuffer);
      r.readAsArrayBuffer(blob);
    }));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await blobText(blob);
    // FileReader drops the BOM when it decodes; what is left is the file toCsv writes.
    expect(BOM + text.replace(/^\uFEFF/, '')).toBe(toCsv(ordersExporter, orders));
  });

  it('stops at 取消: no file, the source is not read to its end, and a new export can start', async () => {
    const { source, open, seen } = gatedSource(orders, 400);
    const download = vi.fn();
    renderButton(<ExportButton exporter={ordersExporter} source={source} total={1000} chunkSize={200} download={download} />);
    fireEvent.click(screen.getByRole('button', { name: '导出 CSV' }));
    await screen.findByText(/正在导出：400 \/ 1000/);
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.getByText('已取消导出，没有生成文件。')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();

    open();
    await waitFor(() => expect(seen.closed).toBe(true));
    expect(seen.read).toBeLessThanOrEqual(600); // the chunk in hand finishes, nothing after it
    expect(download).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: '导出 CSV' })).toBeEnabled();
  });

  it('renders scraped text with HTML inert: in an error message, in the file', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const download = vi.fn<(blob: Blob, name: string) => void>();
    const { container, rerender } = renderButton(
      <ExportButton
        exporter={ordersExporter}
        source={() => {
          throw new Error(`读取失败 ${evil}`);
        }}
        download={download}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: '导出 CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(`导出失败：读取失败 ${evil}`);
    expect(container.querySelector('img, script')).toBeNull();

    rerender(
      <I18nProvider lang="zh">
        <ExportButton exporter={productsExporter} source={() => [product({ title: evil })]} detail={evil} now={() => DEMO_NOW} download={download} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: '导出 CSV' }));
    const done = await screen.findByText(/^已导出 1 行：/);
    const name = csvFileName(productsExporter.title, DEMO_NOW, 'zh', evil);
    expect(done).toHaveTextContent(`已导出 1 行：${name}`);
    expect(name).not.toMatch(/[<>"]/);
    expect(download.mock.calls[0]![1]).toBe(name);
    expect(container.querySelector('img, script')).toBeNull();
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
    const [, row] = Papa.parse<string[]>((await blobText(download.mock.calls[0]![0])).replace(/^\uFEFF/, '')).data;
    expect(row?.[3]).toBe(evil);
  });

  it('exports in English with English headers and file name when the UI is in English', async () => {
    const download = vi.fn<(blob: Blob, name: string) => void>();
    renderButton(<ExportButton exporter={productsExporter} source={() => [product()]} now={() => DEMO_NOW} download={download} />, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Exported 1 rows: ShopLens_Products_2025-08-01.csv')).toBeInTheDocument();
    const text = await blobText(download.mock.calls[0]![0]);
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^Platform,Product ID,SKU ID,Title,/);
  });
});

describe('downloadCsv', () => {
  it('clicks a hidden <a download> with a Blob URL, then removes it and revokes the URL', async () => {
    const blob = new Blob(['\uFEFFa,b\r\n'], { type: 'text/csv;charset=utf-8' });
    const create = vi.fn(() => 'blob:shoplens/1');
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: { href: string; download: string; inDoc: boolean }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inDoc: document.body.contains(this) });
    });
    downloadCsv(blob, '店镜_订单_2025-08-01.csv');
    expect(create).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual([{ href: 'blob:shoplens/1', download: '店镜_订单_2025-08-01.csv', inDoc: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    await waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:shoplens/1'));
    click.mockRestore();
  });
});
