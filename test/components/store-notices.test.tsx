// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CaptureTab } from '../../components/capture-tab';
import { I18nProvider } from '../../components/i18n';
import { DERIVED_HEAL_ID, ShopLensDatabase } from '../../lib/db';
import type { Order } from '../../lib/domain';
import { ingestCapture } from '../../lib/ingest/ingest';
import type { CaptureFromContent } from '../../lib/messaging/protocol';
import { DEMO_PAGES } from '../fixtures/pages';
import { loadExpected } from '../support/fixtures';
import { fullDisk } from '../support/full-disk';

// The 采集 tab says what the background did about damaged derived tables and a full disk (issue 13 points 6
// and 4), from the notices the background records (lib/db store-notices.ts) after a real damage and a real
// failed write.

const dbs: ShopLensDatabase[] = [];
let n = 0;
const open = (name: string) => {
  const db = new ShopLensDatabase(name);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) db.close();
  await new ShopLensDatabase(`notices-test-${n}`).delete();
  n++;
});

const AT = Date.UTC(2025, 7, 1, 2);
const orders = () => (loadExpected('taobao-orders').expected as Order[]).map((o) => ({ ...o, capturedAt: AT, url: 'https://x/' }));
const url = DEMO_PAGES.find((p) => p.platform === 'taobao' && p.kind === 'orders')!.urls[0]!;
const capture = (records: unknown[]): CaptureFromContent => ({ type: 'shoplens/capture-from-content', platform: 'taobao', kind: 'orders', url, read: records.length, records, rejected: [] });

const renderTab = (db: ShopLensDatabase, lang: 'zh' | 'en' = 'zh') =>
  render(
    <I18nProvider lang={lang}>
      <CaptureTab db={db} />
    </I18nProvider>,
  );

it('says the derived tables were found damaged and recalculated from the orders, until dismissed', async () => {
  const db = open(`notices-test-${n}`);
  await ingestCapture(db, capture(orders()), { at: AT });
  // The digest rows lost while the background was stopped; the next background's first capture heals them.
  await db.aggregateShards.where('id').startsWith('dig/').delete();
  const reopened = open(db.name);
  await ingestCapture(reopened, capture(orders().slice(0, 5)), { at: AT + 60_000 });
  renderTab(reopened);
  const notice = await screen.findByTestId('heal-notice');
  expect(notice).toHaveTextContent(/^⚠ 检测到统计表损坏（订单摘要 0 条，日统计 \d+ 单.*），已从订单重新计算/);
  expect(notice).toHaveTextContent('数字已与订单一致');
  fireEvent.click(screen.getByRole('button', { name: '知道了' }));
  await waitFor(() => expect(screen.queryByTestId('heal-notice')).toBeNull());
  expect(await reopened.settings.get(DERIVED_HEAL_ID)).toBeUndefined();
});

it('says the disk is full when a capture could not be stored, in either language, until a later capture works', async () => {
  const db = open(`notices-test-${n}`);
  const disk = fullDisk(db);
  await ingestCapture(db, capture(orders().slice(0, 10)), { at: AT });
  disk.fillAfter(0, ['orders', 'captures']);
  await expect(ingestCapture(db, capture(orders()), { at: Date.now() - 1000 })).rejects.toThrow(/磁盘空间不足/);
  const { unmount } = renderTab(db);
  const alert = await screen.findByTestId('storage-full');
  expect(alert).toHaveAttribute('role', 'alert');
  expect(alert).toHaveTextContent('磁盘空间不足');
  expect(alert).toHaveTextContent(/淘宝\/天猫的一次采集因磁盘空间不足未能保存，数据库保持不变/);
  unmount();
  renderTab(db, 'en');
  expect(await screen.findByTestId('storage-full')).toHaveTextContent(/a capture of Taobao\/Tmall could not be stored: the disk is full/);
  disk.free();
  await ingestCapture(db, capture(orders()), { at: Date.now() });
  await waitFor(() => expect(screen.queryByTestId('storage-full')).toBeNull());
});

it('names at most three problems, money in yuan, and counts the rest (English too)', async () => {
  const db = open(`notices-test-${n}`);
  await ingestCapture(db, capture(orders().slice(0, 3)), { at: AT });
  const problems = [
    { kind: 'customers', platform: 'taobao', customerOrders: 40, dayOrders: 40, customerFen: 123_400, dayFen: 133_400 },
    { kind: 'unreadable', row: 'cus/j/00000003' },
    { kind: 'counts', platform: 'pdd', stored: 12, dayOrders: 10 },
    { kind: 'buckets', found: 1023, expected: 1024 },
  ];
  await db.settings.put({ id: DERIVED_HEAL_ID, value: { at: Date.UTC(2025, 7, 2, 1), problems, total: 4 } });
  const { unmount } = renderTab(db);
  expect(await screen.findByTestId('heal-notice')).toHaveTextContent(
    '检测到统计表损坏（淘宝/天猫客户表金额 ¥1,234.00，日统计 ¥1,334.00；无法读取的行 cus/j/00000003；拼多多日统计 10 单，统计信息记 12 单；等共 4 处），已从订单重新计算',
  );
  expect(screen.getByTestId('heal-notice')).toHaveTextContent('发现并修复于 2025-08-02 09:00');
  unmount();
  renderTab(db, 'en');
  expect(await screen.findByTestId('heal-notice')).toHaveTextContent(
    'The derived tables were found damaged (Taobao/Tmall: ¥1,234.00 in the customer table, ¥1,334.00 in the day rows; unreadable row cus/j/00000003; Pinduoduo: 10 orders in the day rows, 12 in the summary; 4 problems in all)',
  );
});
