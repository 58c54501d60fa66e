import { mergeOrder, isSummaryItems } from '../../../lib/ingest/merge';
import { order } from '../../support/records';

// The merge rules of an order seen twice (capture and import, in either order): newer wins, an empty field
// never overwrites a known one, firstSeenAt stays.

const DAY = 86_400_000;
const CAPTURED = Date.UTC(2025, 7, 1, 2);
const captured = order({ capturedAt: CAPTURED, firstSeenAt: CAPTURED, buyer: '阿狸的夏天' });
/** The same order from an export file (no nickname column), as of `at`. */
const imported = (at: number, over = {}) =>
  order({ buyer: '', capturedAt: at, url: 'import:ExportOrderList.csv', ...over });

describe('mergeOrder', () => {
  it('stores a new order as it is, first seen when it was captured', () => {
    expect(mergeOrder(undefined, imported(CAPTURED))).toEqual({ ...imported(CAPTURED), firstSeenAt: CAPTURED });
  });

  it('takes status and amount from an import newer than the capture, and keeps the captured nickname', () => {
    const next = imported(CAPTURED + DAY, { status: 'refunded', statusText: '交易关闭', paidFen: 0 });
    const merged = mergeOrder(captured, next);
    expect(merged).toMatchObject({ buyer: '阿狸的夏天', status: 'refunded', statusText: '交易关闭', paidFen: 0 });
    expect(merged).toMatchObject({ capturedAt: CAPTURED + DAY, url: 'import:ExportOrderList.csv', firstSeenAt: CAPTURED });
  });

  it('keeps the capture when the export file is older than it (the file’s time, not the import’s)', () => {
    const older = imported(CAPTURED - DAY, { status: 'paid', statusText: '买家已付款', paidFen: 41800 });
    const stored = { ...captured, status: 'completed' as const, statusText: '交易成功' };
    expect(mergeOrder(stored, older)).toEqual(stored);
  });

  it('lets a later capture fill in the nickname of an imported order', () => {
    const stored = { ...imported(CAPTURED - DAY), firstSeenAt: CAPTURED - DAY };
    const merged = mergeOrder(stored, captured);
    expect(merged.buyer).toBe('阿狸的夏天');
    expect(merged.firstSeenAt).toBe(CAPTURED - DAY);
    expect(merged.url).toBe(captured.url);
  });

  it('never blanks a known nickname, even from the newer version', () => {
    expect(mergeOrder(captured, imported(CAPTURED + DAY)).buyer).toBe('阿狸的夏天');
    expect(mergeOrder({ ...imported(CAPTURED + DAY), firstSeenAt: CAPTURED }, captured).buyer).toBe('阿狸的夏天');
  });

  it('a newer nickname replaces an older one (the newer version wins where both are known)', () => {
    expect(mergeOrder(captured, order({ buyer: '阿狸的冬天', capturedAt: CAPTURED + DAY })).buyer).toBe('阿狸的冬天');
  });

  it('keeps the stored status text when the newer version has none', () => {
    const next = order({ capturedAt: CAPTURED + DAY, statusText: '', status: 'completed' });
    expect(mergeOrder(captured, next)).toMatchObject({ status: captured.status, statusText: captured.statusText });
  });

  it('keeps detailed items when the newer version has only a summary line (订单报表 without its 宝贝报表)', () => {
    const summary = imported(CAPTURED + DAY, { items: [{ title: '白鸭绒羽绒服女短款', spec: '', quantity: 2, priceFen: 20900 }] });
    expect(isSummaryItems(summary.items)).toBe(true);
    expect(isSummaryItems(captured.items)).toBe(false);
    expect(mergeOrder(captured, summary).items).toEqual(captured.items);
    // …while the summary's status still wins, as the newer.
    expect(mergeOrder(captured, { ...summary, status: 'shipped', statusText: '卖家已发货' }).status).toBe('shipped');
  });

  it('takes the newer detailed items over an older summary', () => {
    const stored = { ...imported(CAPTURED - DAY, { items: [{ title: '白鸭绒羽绒服女短款', spec: '', quantity: 2, priceFen: 20900 }] }), firstSeenAt: CAPTURED - DAY };
    expect(mergeOrder(stored, captured).items).toEqual(captured.items);
  });

  it('fills an item’s empty spec and ids from the same item of the other version', () => {
    const next = order({
      capturedAt: CAPTURED + DAY,
      items: [
        { title: '白鸭绒羽绒服女短款', spec: '', skuId: '5000000000001', quantity: 3, priceFen: 20900 },
        { title: '羊毛针织开衫女秋冬', spec: '尺码:M', quantity: 1, priceFen: 15900 },
      ],
    });
    const merged = mergeOrder(captured, next);
    expect(merged.items).toEqual([
      { title: '白鸭绒羽绒服女短款', spec: '颜色分类:黑色;尺码:M', productId: '731234567890', skuId: '5000000000001', outerId: 'YRF-2409-01', quantity: 3, priceFen: 20900 },
      { title: '羊毛针织开衫女秋冬', spec: '尺码:M', quantity: 1, priceFen: 15900 },
    ]);
  });

  it('on equal times the incoming version wins (a re-capture replaces what it re-read)', () => {
    const next = order({ capturedAt: CAPTURED, buyer: '阿狸的夏天', status: 'shipped', statusText: '卖家已发货' });
    expect(mergeOrder(captured, next).status).toBe('shipped');
  });

  it('merging the same version again changes nothing', () => {
    const once = mergeOrder(captured, imported(CAPTURED + DAY, { status: 'completed', statusText: '交易成功' }));
    expect(mergeOrder(once, imported(CAPTURED + DAY, { status: 'completed', statusText: '交易成功' }))).toEqual(once);
  });
});
