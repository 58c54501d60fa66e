import { ShopLensDatabase } from '../../../lib/db';
import { aggregateStore } from '../../../lib/ingest/aggregate-store';
import { CAPTURE_LOG_LIMIT, PRUNE_EVERY, ingestCapture } from '../../../lib/ingest/ingest';
import type { CaptureFromContent } from '../../../lib/messaging/protocol';
import { order, product } from '../../support/records';

let db: ShopLensDatabase;
let n = 0;
beforeEach(() => {
  db = new ShopLensDatabase(`ingest-test-${n++}`);
});
afterEach(() => db.delete());

function message(records: unknown[], over: Partial<CaptureFromContent> = {}): CaptureFromContent {
  return {
    type: 'shoplens/capture-from-content',
    platform: 'taobao',
    kind: 'orders',
    url: 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
    read: records.length,
    records,
    rejected: [],
    ...over,
  };
}

const T1 = Date.UTC(2025, 7, 1, 2);
const T2 = Date.UTC(2025, 7, 2, 2);

describe('ingestCapture', () => {
  it('stores new orders and logs the capture', async () => {
    const a = order();
    const b = order({ orderId: '4012345678901234568', buyer: '阿狸的夏天' });
    const { capture, keys } = await ingestCapture(db, message([a, b]), { at: T1, tabId: 7 });
    expect(capture).toMatchObject({ platform: 'taobao', kind: 'orders', read: 2, saved: 2, added: 2, rejected: 0, tabId: 7 });
    expect(keys).toEqual(['taobao|4012345678901234567', 'taobao|4012345678901234568']);
    expect(await db.orders.count()).toBe(2);
    expect(await db.orders.get(['taobao', '4012345678901234567'])).toMatchObject({ capturedAt: T1, firstSeenAt: T1 });
  });

  it('updates status and amount on a later capture and never duplicates', async () => {
    await ingestCapture(db, message([order()]), { at: T1 });
    const later = order({ status: 'refunded', statusText: '交易关闭 退款成功', paidFen: 41800 });
    const { capture } = await ingestCapture(db, message([later, later]), { at: T2 });
    expect(capture).toMatchObject({ saved: 1, added: 0 });
    expect(await db.orders.count()).toBe(1);
    expect(await db.orders.get(['taobao', '4012345678901234567'])).toMatchObject({
      status: 'refunded',
      capturedAt: T2,
      firstSeenAt: T1,
    });
    expect(await db.captures.count()).toBe(2);
  });

  it('keeps the same order id on two platforms apart', async () => {
    await ingestCapture(db, message([order()]), { at: T1 });
    await ingestCapture(db, message([order({ platform: 'pdd' })], { platform: 'pdd', url: 'https://mms.pinduoduo.com/orders/list' }), { at: T1 });
    expect(await db.orders.count()).toBe(2);
  });

  it('rejects records that fail validation in the background, with reasons, and keeps the rest', async () => {
    const bad = { ...order({ orderId: '4012345678901234569' }), paidFen: -5, items: [] };
    const { capture } = await ingestCapture(db, message([order(), bad, 'not a record']), { at: T1 });
    expect(capture).toMatchObject({ saved: 1, rejected: 2 });
    expect(capture.rejectedRows.map((r) => r.index)).toEqual([1, 2]);
    expect(capture.rejectedRows[0]!.problems.map((p) => p.field).sort()).toEqual(['items', 'paidFen']);
    expect(await db.orders.count()).toBe(1);
  });

  it('keeps rows the content script already rejected in the log', async () => {
    const rejected = [{ index: 4, key: '4012', text: '订单号：4012 …', problems: [{ field: 'paid', problem: 'invalid' as const, raw: '--' }] }];
    const { capture } = await ingestCapture(db, message([order()], { read: 2, rejected }), { at: T1 });
    expect(capture).toMatchObject({ read: 2, saved: 1, rejected: 1, rejectedRows: rejected });
    expect((await db.captures.toArray())[0]!.rejectedRows).toEqual(rejected);
  });

  it('stores records under the page’s platform and URL, whatever the record claims', async () => {
    const forged = order({ platform: 'jd', url: 'https://evil.example/' });
    await ingestCapture(db, message([forged]), { at: T1 });
    const [stored] = await db.orders.toArray();
    expect(stored).toMatchObject({ platform: 'taobao', url: 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold' });
  });

  it('updates stock and price of products and keeps what the new page does not show', async () => {
    const url = 'https://myseller.taobao.com/home.htm/SellManage/on_sale';
    await ingestCapture(db, message([product()], { kind: 'products', url }), { at: T1 });
    const { sales30d: _s, listedAt: _l, ...lean } = product({ stock: 3, priceFen: 35900 });
    const { capture } = await ingestCapture(db, message([{ ...lean, outerId: '' }], { kind: 'products', url }), { at: T2 });
    expect(capture.added).toBe(0);
    expect(await db.products.toArray()).toEqual([
      { ...product({ stock: 3, priceFen: 35900, capturedAt: T2, url }), firstSeenAt: T1 },
    ]);
  });

  it('prunes the capture log to its limit, every PRUNE_EVERY captures', async () => {
    const total = CAPTURE_LOG_LIMIT + PRUNE_EVERY;
    for (let i = 0; i < total - 1; i++) await ingestCapture(db, message([]), { at: T1 + i });
    // Between prunes the log grows by at most PRUNE_EVERY − 1 entries.
    expect(await db.captures.count()).toBe(total - 1);
    await ingestCapture(db, message([]), { at: T1 + total - 1 });
    expect(await db.captures.count()).toBe(CAPTURE_LOG_LIMIT);
    expect((await db.captures.orderBy('id').first())!.at).toBe(T1 + PRUNE_EVERY);
  });

  it('numbers the log entries in order, across a restarted background and after the log was cleared and the store reset', async () => {
    const ids = async (d: ShopLensDatabase) => (await d.captures.orderBy('id').toArray()).map((c) => [c.id, c.at]);
    expect((await ingestCapture(db, message([order()]), { at: T1 })).capture.id).toBe(1);
    expect((await ingestCapture(db, message([]), { at: T1 + 1 })).capture.id).toBe(2);
    // A restarted background: a new database object, so a new store that reads the log's last id.
    const again = new ShopLensDatabase(db.name);
    expect((await ingestCapture(again, message([]), { at: T1 + 2 })).capture.id).toBe(3);
    expect(await ids(again)).toEqual([[1, T1], [2, T1 + 1], [3, T1 + 2]]);
    // Cleared behind ingest's back, then reset (what shoplens/data-changed does): nothing is overwritten.
    await again.captures.clear();
    await aggregateStore(again).reset();
    const { capture } = await ingestCapture(again, message([]), { at: T1 + 3 });
    expect(await ids(again)).toEqual([[capture.id, T1 + 3]]);
    again.close();
  });

  it('stores an order listed twice in one capture once, as its last version', async () => {
    const first = order({ status: 'paid', statusText: '买家已付款' });
    const last = { ...first, status: 'shipped', statusText: '卖家已发货' };
    const { capture, keys } = await ingestCapture(db, message([first, last]), { at: T1 });
    expect(capture).toMatchObject({ saved: 1, added: 1 });
    expect(keys).toEqual([`taobao|${first.orderId}`]);
    expect(await db.orders.toArray()).toMatchObject([{ status: 'shipped' }]);
  });

  it('neither reads nor writes an order re-captured unchanged, and counts only new orders as added', async () => {
    const a = order({ capturedAt: T1 });
    const b = order({ orderId: '4012345678901234568', capturedAt: T1 });
    await ingestCapture(db, message([a]), { at: T1 });
    const bulkGet = vi.spyOn(db.orders, 'bulkGet');
    const bulkPut = vi.spyOn(db.orders, 'bulkPut');
    const { capture } = await ingestCapture(db, message([{ ...a, capturedAt: T2 }, { ...b, capturedAt: T2 }]), { at: T2 });
    expect(capture).toMatchObject({ saved: 2, added: 1 });
    expect(bulkGet).not.toHaveBeenCalled();
    expect(bulkPut.mock.calls.map(([rows]) => rows.map((o) => o.orderId))).toEqual([[b.orderId]]);
    // The unchanged order keeps the capture it was stored from; the capture log records the visit.
    expect((await db.orders.get(['taobao', a.orderId]))!.capturedAt).toBe(T1);
    expect(await db.captures.count()).toBe(2);
  });
});
