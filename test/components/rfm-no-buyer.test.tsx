// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { I18nProvider } from '../../components/i18n';
import { RfmTab } from '../../components/rfm-tab';
import { DEFAULT_SETTINGS } from '../../lib/analytics/settings';
import { ShopLensDatabase } from '../../lib/db';
import { formatFen, type Order, type PlatformId } from '../../lib/domain';
import { storeImport } from '../../lib/ingest/import';
import { DEMO_NOW } from '../fixtures/data/shop';
import { captureRecords, demoRecords } from '../support/demo-db';

// The 客户 tab of a shop whose Douyin and PDD orders before July came from the consoles' export files, which
// have no buyer nickname column: those orders are in no tier, and the tab says how many and what to do.

const now = DEMO_NOW;
const CUTOFF = Date.UTC(2025, 5, 30, 16); // 2025-07-01 00:00 Shanghai
const COUNTED = new Set(['paid', 'shipped', 'completed', 'refunding']);
const { orders } = demoRecords();
const fromFiles = (o: Order) => (o.platform === 'douyin' || o.platform === 'pdd') && o.placedAt < CUTOFF;
const imported = orders.filter(fromFiles);
const counted = imported.filter((o) => COUNTED.has(o.status));
const customersOf = (list: Order[]) => new Set(list.filter((o) => COUNTED.has(o.status) && o.placedAt <= now).map((o) => `${o.platform}|${o.buyer}`)).size;

async function importFiles(db: ShopLensDatabase): Promise<void> {
  const parts = (['douyin', 'pdd'] as const).map((platform) => {
    const read = imported.filter((o) => o.platform === platform).length;
    return { platform, files: [`${platform}-orders.csv`], read, rejected: 0, rejectedRows: [] };
  });
  await storeImport(db, imported.map((o) => ({ ...o, buyer: '', url: '', capturedAt: now - 86_400_000 })), { at: now - 3_600_000, parts });
}

async function capture(db: ShopLensDatabase, list: Order[]): Promise<void> {
  for (const platform of ['taobao', 'douyin', 'jd', 'pdd'] as PlatformId[]) {
    const records = list.filter((o) => o.platform === platform);
    if (records.length) await captureRecords(db, platform, 'orders', records, now);
  }
}

function renderTab(db: ShopLensDatabase, lang: 'zh' | 'en' = 'zh') {
  return render(
    <I18nProvider lang={lang}>
      <RfmTab db={db} now={now} settings={DEFAULT_SETTINGS} />
    </I18nProvider>,
  );
}

let n = 0;
let db: ShopLensDatabase;
beforeEach(() => {
  db = new ShopLensDatabase(`rfm-no-buyer-${n++}`);
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

describe('RfmTab with orders imported without a buyer nickname', () => {
  it('counts them apart with their amount and says that capturing the order list fills them in', async () => {
    await importFiles(db);
    await capture(db, orders.filter((o) => !fromFiles(o)));
    const fen = counted.reduce((s, o) => s + o.paidFen, 0);
    expect(counted.length).toBeGreaterThan(10);
    renderTab(db);
    const note = await screen.findByTestId('rfm-no-buyer');
    expect(note).toHaveTextContent(`另有 ${counted.length} 单（${formatFen(fen)}）没有买家昵称，未计入分层`);
    expect(note).toHaveTextContent('打开该平台的订单列表页采集一次');
    // The customers are those of the captured orders only.
    expect(screen.getByText(/共 \d+ 位顾客/)).toHaveTextContent(`共 ${customersOf(orders.filter((o) => !fromFiles(o)))} 位顾客`);
    cleanup();
    renderTab(db, 'en');
    expect(await screen.findByTestId('rfm-no-buyer')).toHaveTextContent(`${counted.length} more orders (${formatFen(fen)}) have no buyer nickname and are left out of the tiers`);
  });

  it('says so even when no order has a nickname yet', async () => {
    await importFiles(db);
    renderTab(db);
    expect(await screen.findByText(/还没有顾客数据/)).toBeInTheDocument();
    expect(screen.getByTestId('rfm-no-buyer')).toHaveTextContent(`另有 ${counted.length} 单`);
  });

  it('drops the note once captures have filled every nickname in, and the customers are all there', async () => {
    await importFiles(db);
    await capture(db, orders);
    renderTab(db);
    expect(await screen.findByText(/共 \d+ 位顾客/)).toHaveTextContent(`共 ${customersOf(orders)} 位顾客`);
    expect(screen.queryByTestId('rfm-no-buyer')).not.toBeInTheDocument();
  });
});
