// @vitest-environment jsdom
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { BackupSection } from '../../components/data/backup-section';
import { I18nProvider } from '../../components/i18n';
import { DEFAULT_SETTINGS } from '../../lib/analytics/settings';
import { ShopLensDatabase } from '../../lib/db';
import { captureDemoShop } from '../support/demo-db';
import { tablesOf } from '../support/data-checks';

// The 数据 tab's backup section: the backup button writes the whole database with a progress line and saves
// it as a download; a picked file is checked first (a bad one refused with its line, nothing written), then
// restored only after the seller chooses merge or replace; the background is told; errors are shown.

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
// Reads of a whole demo shop in fake-indexeddb (the search box's, the restore's) take seconds on a loaded machine.
configure({ asyncUtilTimeout: 15_000 });
const AT = Date.UTC(2025, 7, 1, 2);
let n = 0;
let source: ShopLensDatabase;
let db: ShopLensDatabase;
beforeEach(async () => {
  source = new ShopLensDatabase(`backup-ui-src-${n++}`);
  db = new ShopLensDatabase(`backup-ui-${n++}`);
  await captureDemoShop(source, AT);
});
afterEach(async () => {
  await source.delete();
  await db.delete();
});

/** Reads a Blob in jsdom (FileReader: jsdom's Blob has no text()). */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob, 'utf-8');
  });
}

function renderSection(target: ShopLensDatabase, props: Partial<Parameters<typeof BackupSection>[0]> = {}) {
  const download = vi.fn<(blob: Blob, name: string) => void>();
  const notify = vi.fn(async () => true);
  render(
    <I18nProvider lang="zh">
      <BackupSection db={target} settings={DEFAULT_SETTINGS} download={download} notify={notify} now={() => AT} appVersion="0.1.0" {...props} />
    </I18nProvider>,
  );
  return { download, notify };
}

/** The backup of `source` as the section saves it. */
async function backupFile(): Promise<File> {
  const { download } = renderSection(source);
  fireEvent.click(screen.getByRole('button', { name: '备份全部数据' }));
  await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
  const [blob, name] = download.mock.calls[0]!;
  document.body.innerHTML = '';
  return new File([await textOf(blob)], name);
}

function pick(file: File) {
  const input = screen.getByLabelText('从备份文件恢复…');
  fireEvent.change(input, { target: { files: [file] } });
}

describe('BackupSection', () => {
  it('backs up with a progress line, saves the file as a download and says what it holds', async () => {
    // Hold the last read (the capture log) to see the progress while it runs.
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const where = source.captures.where.bind(source.captures);
    vi.spyOn(source.captures, 'where').mockImplementation(((index: string) => {
      const real = where(index);
      return { above: (k: number) => ({ limit: (l: number) => ({ toArray: async () => (await gate, real.above(k).limit(l).toArray()) }) }) };
    }) as never);
    const { download } = renderSection(source);
    fireEvent.click(screen.getByRole('button', { name: '备份全部数据' }));
    const tables = await tablesOf(source);
    const before = tables.orders.length + tables.products.length + tables.skuCodes.length;
    const total = before + tables.captures.length;
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`正在备份：${before} / ${total} 行`));
    expect(screen.getByRole('button', { name: '备份全部数据' })).toBeDisabled();
    open();
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [blob, name] = download.mock.calls[0]!;
    expect(name).toBe('店镜_备份_2025-08-01_1000.jsonl');
    const lines = (await textOf(blob)).trimEnd().split('\n');
    expect(lines).toHaveLength(total + 2);
    expect(screen.getByRole('status')).toHaveTextContent(`已保存备份 ${name}：${tables.orders.length} 笔订单`);
  });

  it('restores only after the choice: cancel writes nothing; replace writes everything, shows progress, then tells the background', async () => {
    const file = await backupFile();
    let release!: (ok: boolean) => void;
    const notify = vi.fn(() => new Promise<boolean>((r) => (release = r)));
    renderSection(db, { notify });
    pick(file);
    const confirm = await screen.findByTestId('restore-confirm');
    const orders = await source.orders.count();
    expect(within(confirm).getByRole('status')).toHaveTextContent(`含 ${orders} 笔订单`);
    expect(await db.orders.count()).toBe(0); // checked, not written
    fireEvent.click(within(confirm).getByRole('button', { name: '取消' }));
    expect(screen.queryByTestId('restore-confirm')).toBeNull();
    expect(await db.orders.count()).toBe(0);

    pick(file);
    fireEvent.click(await screen.findByRole('button', { name: '替换现有全部数据' }));
    await waitFor(() => expect(notify).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('status')).toHaveTextContent(/正在恢复：[\d,]+ \/ [\d,]+ 行/);
    expect(await tablesOf(db)).toEqual(await tablesOf(source));
    release(true);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`恢复完成（替换）：订单新增 ${orders}`));
  });

  it('merge into a database holding the same orders adds nothing', async () => {
    const file = await backupFile();
    await captureDemoShop(db, AT);
    const { notify } = renderSection(db);
    pick(file);
    fireEvent.click(await screen.findByRole('button', { name: '合并到现有数据' }));
    await waitFor(() => expect(notify).toHaveBeenCalledTimes(1));
    expect(await screen.findByText(/恢复完成（合并）：订单新增 0、更新 0/)).toBeInTheDocument();
    expect(await db.orders.count()).toBe(await source.orders.count());
  });

  it('a damaged file is refused with its line and nothing is written', async () => {
    const file = await backupFile();
    const good = (await textOf(file)).split('\n');
    const lines = [...good];
    lines[4] = lines[4]!.replace(/"paidFen":\d+/, '"paidFen":"12.50"');
    const { notify } = renderSection(db);
    pick(new File([lines.join('\n')], file.name));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法恢复：第 5 行的订单记录无效：paidFen');
    expect(screen.queryByTestId('restore-confirm')).toBeNull();
    expect(await db.orders.count()).toBe(0);
    expect(notify).not.toHaveBeenCalled();
    // A cut-off file says so.
    pick(new File([good.slice(0, 10).join('\n')], file.name));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('文件不完整：读到第 10 行就结束了'));
  });

  it('a write that fails is shown, and the database is as it was', async () => {
    const file = await backupFile();
    vi.spyOn(db.products, 'bulkAdd').mockRejectedValue(new DOMException('disk full', 'QuotaExceededError'));
    const { notify } = renderSection(db);
    pick(file);
    fireEvent.click(await screen.findByRole('button', { name: '替换现有全部数据' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('恢复失败，数据未改动：disk full');
    expect(await db.orders.count()).toBe(0);
    expect(notify).not.toHaveBeenCalled();
  });

  it('speaks English', async () => {
    render(
      <I18nProvider lang="en">
        <BackupSection db={db} settings={DEFAULT_SETTINGS} />
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'Back up all data' })).toBeInTheDocument();
    expect(screen.getByLabelText('Restore from a backup file…')).toBeInTheDocument();
  });
});
