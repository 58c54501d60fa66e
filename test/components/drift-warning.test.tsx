// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { CaptureTab } from '../../components/capture-tab';
import { I18nProvider } from '../../components/i18n';
import { ShopLensDatabase } from '../../lib/db';
import type { Drift } from '../../lib/domain';
import { ingestCapture } from '../../lib/ingest/ingest';
import { order } from '../support/records';

let db: ShopLensDatabase;
let n = 0;
beforeEach(() => {
  db = new ShopLensDatabase(`drift-test-${n++}`);
});
afterEach(() => db.delete());

const url = 'https://fxg.jinritemai.com/ffa/morder/order/list?page=2';
const at = Date.UTC(2025, 7, 1, 2, 30);
const drift: Drift = { reason: 'same-field', expected: ['4 行'], missing: ['paid', 'items[].price'], sample: '6921804373719182450 · 蓝牙耳机 | paid: \ue601', readerVersion: 2 };

const garbled = { index: 0, key: '6921804373719182450', text: '6921804373719182450 · 蓝牙耳机', problems: [{ field: 'paid', problem: 'invalid' as const, raw: '\ue601' }] };

async function capture(opts: { drift?: Drift; records?: unknown[]; at: number }) {
  await ingestCapture(
    db,
    { type: 'shoplens/capture-from-content', platform: 'douyin', kind: 'orders', url, read: 4, records: opts.records ?? [], rejected: opts.drift ? [garbled] : [], readerVersion: 2, ...(opts.drift ? { drift: opts.drift } : {}) },
    { at: opts.at },
  );
}

const renderTab = () =>
  render(
    <I18nProvider lang="zh">
      <CaptureTab db={db} />
    </I18nProvider>,
  );

describe('the 采集 tab on a page that changed', () => {
  it('warns with the page, the fields missing and a sample row, and keeps drift and reader version on the capture', async () => {
    await capture({ drift, at });
    renderTab();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('该页面结构可能已变化');
    expect(alert).toHaveTextContent('fxg.jinritemai.com/ffa/morder/order/list');
    expect(alert).toHaveTextContent('读到的行都缺少同一字段');
    expect(alert).toHaveTextContent('缺失或无法识别的字段：实付金额、商品的价格');
    expect(alert).toHaveTextContent('示例行：6921804373719182450 · 蓝牙耳机');
    expect(alert).toHaveTextContent('读取器版本 v2 · 2025-08-01 10:30');
    // The drift capture's rejected rows are folded: the warning says what matters.
    expect(screen.getByText('未保存的行及原因').closest('details')!.open).toBe(false);
    const [stored] = await db.captures.toArray();
    expect(stored).toMatchObject({ readerVersion: 2, drift });
  });

  it('clears the warning when a later capture of the same page reads fine', async () => {
    await capture({ drift, at });
    await capture({ records: [order({ platform: 'douyin' })], at: at + 60_000 });
    renderTab();
    await screen.findAllByText(/读取 4 行/);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.getByText('⚠ 页面结构可能已变化')).toBeInTheDocument(); // the older capture stays marked in the log
  });

  it('shows no warning for captures that read fine', async () => {
    await capture({ records: [order({ platform: 'douyin' })], at });
    renderTab();
    await screen.findAllByText(/读取 4 行/);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
