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
