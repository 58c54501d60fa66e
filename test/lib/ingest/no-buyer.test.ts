import { computeKpisFromAggregates } from '../../../lib/analytics/kpi';
import { META_ID, rebuildAggregates } from '../../../lib/analytics/derived';
import { dayRange } from '../../../lib/analytics/days';
import { DEFAULT_SETTINGS } from '../../../lib/analytics/settings';
import { ShopLensDatabase, readDerived } from '../../../lib/db';
import { readRfm } from '../../../lib/db/urgent';
import type { Order, OrderItem } from '../../../lib/domain';
import { storeImport } from '../../../lib/ingest/import';
import { ingestCapture } from '../../../lib/ingest/ingest';
import type { CaptureFromContent } from '../../../lib/messaging/protocol';

// A Douyin shop that imported its order export (no nickname column: every order's buyer is '') and then
// captured the order list page: the captures fill the nicknames in and the customers and tiers follow.

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 7, 1, 2); // 2025-08-01 10:00 Shanghai
const FILE_TIME = NOW - 2 * DAY;
const LIST = 'https://fxg.jinritemai.com/ffa/morder/order/list';
const serum: OrderItem = { title: '玻尿酸补水精华液30ml', spec: '规格:30ml', productId: '3587712093', skuId: '1790012233', quantity: 1, priceFen: 15_000 };
const mask: OrderItem = { title: '烟酰胺美白面膜10片装', spec: '规格:10片', productId: '3587712150', skuId: '1790012301', quantity: 2, priceFen: 6_950 };

/** A Douyin order as the export file gives it (no nickname) or as the list page shows it (`buyer`). */
function douyin(orderId: string, daysAgo: number, items: OrderItem[], buyer = '', over: Partial<Order> = {}): Order {
  return {
    platform: 'douyin',
    orderId,
    buyer,
    placedAt: NOW - daysAgo * DAY,
    status: 'completed',
    statusText: '已完成',
    paidFen: items.reduce((s, i) => s + i.quantity * i.priceFen, 0),
    items,
    capturedAt: buyer ? NOW : FILE_TIME,
    url: buyer ? LIST : '',
    ...over,
  };
}

// 小满's history: three orders months ago, and one three days ago; 阿泽 ordered once.
const xiaoman = [douyin('6931000000000000101', 200, [serum]), douyin('6931000000000000102', 150, [mask]), douyin('6931000000000000103', 100, [serum, mask]), douyin('6931000000000000104', 3, [serum])];
const aze = douyin('6931000000000000201', 20, [mask]);
const closed = douyin('6931000000000000301', 40, [serum], '', { status: 'closed', statusText: '已关闭' });
const exportFile = [...xiaoman, aze, closed];

function capture(records: Order[]): CaptureFromContent {
  return { type: 'shoplens/capture-from-content', platform: 'douyin', kind: 'orders', url: LIST, read: records.length, records, rejected: [] };
}
const named = (o: Order, buyer: string): Order => ({ ...o, buyer, capturedAt: NOW, url: LIST });

let db: ShopLensDatabase;
let n = 0;
beforeEach(async () => {
  db = new ShopLensDatabase(`no-buyer-test-${n++}`);
  await storeImport(db, exportFile, { at: FILE_TIME + DAY, parts: [{ platform: 'douyin', files: ['抖店订单导出.csv'], read: exportFile.length, rejected: 0, rejectedRows: [] }] });
});
afterEach(() => db.delete());

async function derivedEqualsRebuild(): Promise<void> {
  const rows = await readDerived(db);
  const rebuilt = rebuildAggregates(await db.orders.toArray());
  const byId = <T extends { id: string }>(list: Iterable<T>) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  expect(byId(rows.customers)).toEqual(byId(rebuilt.customers.values()));
  expect(byId(rows.days)).toEqual(byId(rebuilt.days.values()));
  expect(byId(rows.skus)).toEqual(byId(rebuilt.skus.values()));
}

describe('orders imported without a buyer nickname', () => {
  it('are stored and sold but in no customer: the 客户 tab counts them apart', async () => {
    expect((await db.orders.toArray()).map((o) => o.buyer)).toEqual(['', '', '', '', '', '']);
    const rfm = await readRfm(db, NOW, DEFAULT_SETTINGS);
    expect(rfm.customers).toEqual([]);
    // The five counted orders: ¥150 + ¥139 + ¥289 + ¥150 + ¥139; the closed one is left out as closed.
    expect(rfm.noBuyer).toEqual({ orders: 5, fen: 86_700 });
    expect(rfm.excluded.closed).toBe(1);
    // Read from the counts kept in the shards' meta row, or — meta gone — from the day rows: the same.
    await db.aggregateShards.delete(META_ID);
    expect((await readRfm(db, NOW, DEFAULT_SETTINGS)).noBuyer).toEqual({ orders: 5, fen: 86_700 });
    const kpis = computeKpisFromAggregates((await readDerived(db)).days, dayRange('2025-01-01', '2025-08-01'));
    expect([kpis.total.gmvFen, kpis.total.orders, kpis.total.buyers, kpis.total.aovFen]).toEqual([86_700, 5, 0, null]);
    await derivedEqualsRebuild();
  });

  it('a capture of the order list page fills the nicknames in: the orders join their customers and the tiers change', async () => {
    // First the list page's first screen: 小满's latest order and 阿泽's.
    await ingestCapture(db, capture([named(xiaoman[3]!, '小满爱喝茶'), named(aze, '阿泽')]), { at: NOW });
    let rfm = await readRfm(db, NOW, DEFAULT_SETTINGS);
    const tierOf = (buyer: string) => rfm.customers.find((c) => c.buyer === buyer);
    // Known by one ¥150 order three days ago, 小满 looks like a promising new buyer.
    expect(tierOf('小满爱喝茶')).toMatchObject({ tier: 'new', totalOrders: 1 });
    expect(tierOf('阿泽')).toMatchObject({ totalOrders: 1 });
    expect(rfm.noBuyer).toEqual({ orders: 3, fen: 15_000 + 13_900 + 28_900 });
    await derivedEqualsRebuild();

    // The seller scrolls back: the page shows 小满's older orders, with the nickname.
    await ingestCapture(db, capture(xiaoman.slice(0, 3).map((o) => named(o, '小满爱喝茶'))), { at: NOW + 60_000 });
    rfm = await readRfm(db, NOW, DEFAULT_SETTINGS);
    expect(tierOf('小满爱喝茶')).toMatchObject({ tier: 'regular', totalOrders: 4, monetaryFen: 72_800 });
    expect(rfm.noBuyer).toEqual({ orders: 0, fen: 0 });
    expect(rfm.customers).toHaveLength(2);
    // The order stays one order, first seen at the import; the closed one keeps no nickname and counts nowhere.
    expect(await db.orders.count()).toBe(6);
    expect(await db.orders.get(['douyin', xiaoman[0]!.orderId])).toMatchObject({ buyer: '小满爱喝茶', firstSeenAt: FILE_TIME + DAY });
    await derivedEqualsRebuild();
  });

  it('an import of the file again never blanks a nickname a capture filled in', async () => {
    await ingestCapture(db, capture(xiaoman.map((o) => named(o, '小满爱喝茶'))), { at: NOW });
    await storeImport(db, exportFile, { at: NOW + DAY, parts: [{ platform: 'douyin', files: ['抖店订单导出.csv'], read: exportFile.length, rejected: 0, rejectedRows: [] }] });
    const rfm = await readRfm(db, NOW, DEFAULT_SETTINGS);
    expect(rfm.customers.map((c) => [c.buyer, c.totalOrders])).toEqual([['小满爱喝茶', 4]]);
    expect(rfm.noBuyer).toEqual({ orders: 1, fen: 13_900 }); // 阿泽's order, never captured
    await derivedEqualsRebuild();
  });

  it('a capture never stores an order without a nickname: the list page always shows one', async () => {
    const { capture: logged } = await ingestCapture(db, capture([douyin('6931000000000000401', 1, [serum])]), { at: NOW });
    expect(logged).toMatchObject({ saved: 0, rejected: 1 });
    expect(logged.rejectedRows[0]!.problems).toEqual([{ field: 'buyer', problem: 'missing', raw: '' }]);
    expect(await db.orders.get(['douyin', '6931000000000000401'])).toBeUndefined();
  });
});
