// @vitest-environment jsdom
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { formatBytes } from '../../components/format';
import { I18nProvider } from '../../components/i18n';
import { SidePanelApp } from '../../components/side-panel-app';
import { ShopLensDatabase } from '../../lib/db';
import { PERSIST_ASKED_KEY } from '../../lib/db/storage';
import { DEMO_NOW } from '../fixtures/data/shop';
import { captureRecords } from '../support/demo-db';
import { order, product } from '../support/records';

// The 数据 tab's storage section in the real side panel over a fake IndexedDB; only the browser's storage
// manager (navigator.storage, absent from jsdom) is a stand-in that answers what each test gives it.
configure({ asyncUtilTimeout: 8000 });

const MB = 1024 * 1024;
const GB = 1024 * MB;

/** A storage manager answering with the given figures, counting the persistence requests. */
function storageStub(over: { usage?: number; quota?: number; indexedDB?: number; persisted?: boolean; grant?: boolean; estimateError?: Error; persistError?: Error } = {}) {
  const calls = { persist: 0, persisted: 0, estimate: 0 };
  let persisted = over.persisted ?? false;
  const stub = {
    calls,
    estimate: async () => {
      calls.estimate++;
      if (over.estimateError) throw over.estimateError;
      return { usage: over.usage ?? 150 * MB, quota: over.quota ?? 20 * GB, ...(over.indexedDB !== undefined ? { usageDetails: { indexedDB: over.indexedDB } } : {}) };
    },
    persisted: async () => {
      calls.persisted++;
      return persisted;
    },
    persist: async () => {
      calls.persist++;
      if (over.persistError) throw over.persistError;
      persisted = over.grant ?? true;
      return persisted;
    },
  };
  return stub;
}

function installStorage(storage: object | undefined) {
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

let db: ShopLensDatabase;
let n = 0;
beforeEach(() => {
  db = new ShopLensDatabase(`storage-section-${n++}`);
  localStorage.clear();
});
afterEach(async () => {
  installStorage(undefined);
  await db.delete();
});

function renderPanel() {
  return render(
    <I18nProvider>
      <SidePanelApp db={db} now={DEMO_NOW} />
    </I18nProvider>,
  );
}

async function openData(label = '数据') {
  const view = renderPanel();
  fireEvent.click(await screen.findByRole('tab', { name: label }));
  return { view, section: await screen.findByTestId('storage-section') };
}

describe('StorageSection', { timeout: 60_000 }, () => {
  it('shows the usage and quota the browser gives, the persistence asked for once, and each table', async () => {
    const products = [product({ productId: '700000000001' }), product({ productId: '700000000002', title: '加绒加厚卫衣男冬季连帽外套' })];
    await captureRecords(db, 'taobao', 'products', products, DEMO_NOW);
    await captureRecords(db, 'taobao', 'orders', [order(), order({ orderId: '4012345678901234568', buyer: '阿狸的夏天' })], DEMO_NOW);
    const storage = storageStub({ usage: 150 * MB, quota: 20 * GB, indexedDB: 120 * MB });
    installStorage(storage);
    const { section } = await openData();

    // Opening the panel asked once, and the browser granted it.
    expect(await within(section).findByText(/已获准/)).toBeInTheDocument();
    expect(storage.calls.persist).toBe(1);
    expect(localStorage.getItem(PERSIST_ASKED_KEY)).not.toBeNull();
    expect(within(section).getByTestId('storage-persist')).toHaveAttribute('data-state', 'granted');
    expect(within(section).queryByRole('button', { name: '再次申请持久存储' })).toBeNull();

    expect(await within(section).findByTestId('storage-usage')).toHaveTextContent('已用 150.0 MB，上限约 20.0 GB（0.7%） 其中本地数据库 120.0 MB。');
    expect(within(section).getByRole('meter', { name: '存储用量' })).toHaveAttribute('value', String(150 / (20 * 1024)));
    expect(within(section).queryByTestId('storage-near-full')).toBeNull();

    // Rows per table, and the records' size: both product rows are sampled, so it is their JSON exactly.
    const stored = await db.products.toArray();
    const bytes = stored.reduce((a, p) => a + new TextEncoder().encode(JSON.stringify(p)).length, 0);
    expect(within(section).getByTestId('storage-products')).toHaveTextContent(`商品 products2${formatBytes(bytes)}`);
    expect(within(section).getByTestId('storage-orders')).toHaveTextContent(/^订单 orders2\d+( B|\.\d KB)$/);
    expect(within(section).getByTestId('storage-captures')).toHaveTextContent(/^采集记录 captures2/);
    expect(within(section).getByTestId('storage-skuCodes')).toHaveTextContent(/^统一SKU编码 skuCodes[1-9]/);
  });

  it('asks only once: a later opening reads the answer, and the seller can ask again after a refusal', async () => {
    installStorage(storageStub({ grant: false }));
    const first = await openData();
    expect(await within(first.section).findByText(/未获准：磁盘空间紧张时，浏览器可能删除 ShopLens 的数据/)).toBeInTheDocument();
    first.view.unmount();

    // The next opening of the panel (a new page: a new storage manager) does not ask again.
    const later = storageStub({ grant: true });
    installStorage(later);
    const { section } = await openData();
    expect(await within(section).findByText(/未获准/)).toBeInTheDocument();
    expect(later.calls.persist).toBe(0);
    expect(later.calls.persisted).toBeGreaterThan(0);
    fireEvent.click(within(section).getByRole('button', { name: '再次申请持久存储' }));
    expect(await within(section).findByText(/已获准/)).toBeInTheDocument();
    expect(later.calls.persist).toBe(1);
  });

  it('says nothing is asked when the data is already persisted', async () => {
    const storage = storageStub({ persisted: true });
    installStorage(storage);
    const { section } = await openData();
    expect(await within(section).findByText(/已获准/)).toBeInTheDocument();
    expect(storage.calls.persist).toBe(0);
  });

  it('warns when the storage is nearly full, and not below the threshold', async () => {
    installStorage(storageStub({ usage: 1.7 * GB, quota: 2 * GB }));
    const { section, view } = await openData();
    expect(await within(section).findByTestId('storage-near-full')).toHaveTextContent('存储空间将满：已用上限的 85.0%。请先导出备份');
    expect(within(section).getByTestId('storage-near-full')).toHaveAttribute('role', 'alert');
    view.unmount();

    installStorage(storageStub({ usage: 1.5 * GB, quota: 2 * GB }));
    const next = await openData();
    expect(await within(next.section).findByTestId('storage-usage')).toHaveTextContent('已用 1.5 GB，上限约 2.0 GB（75.0%）');
    expect(within(next.section).queryByTestId('storage-near-full')).toBeNull();
  });

  it('shows the browser’s errors in words, and the tables still', async () => {
    await captureRecords(db, 'jd', 'products', [product({ platform: 'jd', productId: '100012345678' })], DEMO_NOW);
    installStorage(
      storageStub({
        estimateError: new DOMException('Quota database is corrupt', 'UnknownError'),
        persistError: new DOMException('The operation is insecure.', 'SecurityError'),
      }),
    );
    const { section } = await openData();
    expect(await within(section).findByTestId('storage-usage')).toHaveTextContent('无法读取存储用量：UnknownError: Quota database is corrupt');
    expect(await within(section).findByText(/申请持久存储失败：SecurityError: The operation is insecure\./)).toHaveAttribute('role', 'alert');
    expect(within(section).getByTestId('storage-products')).toHaveTextContent(/^商品 products1/);
    expect(within(section).getByRole('button', { name: '再次申请持久存储' })).toBeEnabled();
  });

  it('says when the browser has no storage manager', async () => {
    installStorage(undefined);
    const { section } = await openData();
    expect(await within(section).findByText('此浏览器不提供存储用量估计。')).toBeInTheDocument();
    expect(within(section).getByTestId('storage-persist')).toHaveTextContent('此浏览器不支持持久存储申请');
  });

  it('reads the figures again on 刷新', async () => {
    const storage = storageStub({ usage: 10 * MB, quota: 1 * GB });
    installStorage(storage);
    const { section } = await openData();
    expect(await within(section).findByTestId('storage-orders')).toHaveTextContent(/^订单 orders0/);
    await captureRecords(db, 'pdd', 'orders', [order({ platform: 'pdd', orderId: '250801-123456789012345' })], DEMO_NOW);
    fireEvent.click(within(section).getByRole('button', { name: '刷新' }));
    await waitFor(() => expect(within(section).getByTestId('storage-orders')).toHaveTextContent(/^订单 orders1/));
    expect(storage.calls.estimate).toBe(2);
  });

  it('is on the 数据 tab only, not on 设置', async () => {
    installStorage(storageStub());
    renderPanel();
    fireEvent.click(await screen.findByRole('tab', { name: '设置' }));
    await screen.findByRole('heading', { name: '分析设置' });
    expect(screen.queryByTestId('storage-section')).toBeNull();
    expect(screen.queryByText('本地存储')).toBeNull();
  });

  it('speaks English', async () => {
    localStorage.setItem('shoplens.lang', 'en');
    installStorage(storageStub({ usage: 1.9 * GB, quota: 2 * GB, grant: false }));
    const { section } = await openData('Data');
    expect(await within(section).findByTestId('storage-near-full')).toHaveTextContent('Storage is nearly full: 95.0% of the quota used.');
    expect(await within(section).findByText(/Not granted: when the disk runs low/)).toBeInTheDocument();
    expect(within(section).getByRole('columnheader', { name: 'Record size (estimated)' })).toBeInTheDocument();
  });
});
