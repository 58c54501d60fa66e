import { parseId, parseOuterId } from '../../../lib/domain/ids';
import { parseCount, parseQuantity } from '../../../lib/domain/quantity';
import { parseOrderStatus, parseProductStatus } from '../../../lib/domain/status';

describe('parseQuantity', () => {
  it.each([
    ['x2', 2],
    ['×2', 2],
    ['X 3', 3],
    ['2件', 2],
    ['共 12 件', 12],
    ['数量：4', 4],
    ['1', 1],
    ['黑色 M ×1', 1],
  ])('%j → %i', (text, n) => expect(parseQuantity(text)).toBe(n));
  it.each(['', 'x0', '0', '若干', '-'])('%j is rejected', (text) => expect(parseQuantity(text)).toBeUndefined());
});

describe('parseCount', () => {
  it.each([
    ['1,200', 1200],
    ['0', 0],
    ['库存 35', 35],
    ['1.2万', 12000],
  ])('%j → %i', (text, n) => expect(parseCount(text)).toBe(n));
  it('rejects text without a number', () => expect(parseCount('--')).toBeUndefined());
});

describe('parseId', () => {
  it.each([
    ['订单编号：4012345678901234567', '4012345678901234567'],
    ['="4012345678901234567"', '4012345678901234567'],
    ['\t6925123456789012345', '6925123456789012345'],
    ['ID: 731234567890', '731234567890'],
    ['250731-662525154951775', '250731-662525154951775'],
    ['订单号:312345678901 复制', '312345678901'],
  ])('%j → %s', (text, id) => expect(parseId(text)).toBe(id));
  it('keeps 19-digit ids exact (they do not fit a JS number)', () => {
    expect(parseId('9007199254740993123')).toBe('9007199254740993123');
  });
  it.each(['', '--', 'abc', '12'])('%j has no id', (text) => expect(parseId(text)).toBeUndefined());
});

describe('parseOuterId', () => {
  it.each([
    ['YRF-2409-01', 'YRF-2409-01'],
    [': YRF-2409 ', 'YRF-2409'],
    ['商家编码：YRF-2409-01', 'YRF-2409-01'],
    ['编码: TX-0101', 'TX-0101'],
    ['货号：SJX-66W-02 复制', 'SJX-66W-02'],
    ['-', ''],
    ['无', ''],
    [undefined, ''],
  ])('%j → %j', (text, id) => expect(parseOuterId(text)).toBe(id));
});

describe('parseOrderStatus', () => {
  it.each([
    ['等待买家付款', 'unpaid'],
    ['待确认', 'unpaid'],
    ['买家已付款，等待卖家发货', 'paid'],
    ['买家已付款,等待卖家发货', 'paid'],
    ['卖家已发货，等待买家确认', 'shipped'],
    ['交易成功', 'completed'],
    ['交易关闭', 'closed'],
    ['交易关闭 退款成功', 'refunded'],
    ['待支付', 'unpaid'],
    ['待发货', 'paid'],
    ['已发货', 'shipped'],
    ['已完成', 'completed'],
    ['已关闭', 'closed'],
    ['等待付款', 'unpaid'],
    ['等待出库', 'paid'],
    ['等待确认收货', 'shipped'],
    ['完成', 'completed'],
    ['已取消', 'closed'],
    ['已发货，待签收', 'shipped'],
    ['已签收', 'completed'],
    ['退款中', 'refunding'],
    ['WAIT_SELLER_SEND_GOODS', 'paid'],
  ])('%s → %s', (text, status) => expect(parseOrderStatus(text)).toBe(status));
  it('does not guess on unknown text', () => expect(parseOrderStatus('状态异常')).toBeUndefined());
});

describe('parseProductStatus', () => {
  it.each([
    ['出售中', 'on_sale'],
    ['在售中', 'on_sale'],
    ['已售罄', 'sold_out'],
    ['仓库中', 'off_shelf'],
    ['已下架', 'off_shelf'],
    ['暂停销售', 'off_shelf'],
    ['暂停', 'off_shelf'],
    ['审核中', 'in_review'],
    ['已驳回', 'in_review'],
  ])('%s → %s', (text, status) => expect(parseProductStatus(text)).toBe(status));
});
