import { isItemLine, lineKind } from '../../../lib/scrape/lines';

describe('lineKind', () => {
  it.each([
    [['纯棉短袖T恤', '颜色分类:白色', '¥59.00', '1'], 'item'],
    [['蓝牙耳机真无线降噪', '¥189.10', 'x2'], 'item'],
    [['IDEAL Mug', '2件'], 'item'],
    [['【赠品】小样 5ml', '¥0.00', 'x1'], 'item'],
    [['商家备注 -', '买家留言', '订单编号 6912 写错了，x2 补差价¥5'], 'remark'],
    [['买家留言：尽快发货'], 'remark'],
    [['物流信息：已揽收'], 'remark'],
    [['【赠品】收纳袋', 'x1'], 'gift'],
    [['运费险', '1'], 'gift'],
    [['合计', '¥59.00', '共1件'], 'subtotal'],
    [['查看更多', '复制'], 'control'],
    [[], 'empty'],
    [['订单号：1001001001', '创建时间：2025-05-01 10:00:00'], 'other'],
    [['纯棉短袖T恤', '--'], 'other'],
  ])('%j → %s', (pieces, kind) => {
    expect(lineKind(pieces)).toBe(kind);
    expect(isItemLine(pieces)).toBe(kind === 'item');
  });
});
