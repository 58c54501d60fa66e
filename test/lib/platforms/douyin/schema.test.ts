import { parseMoneyFen } from '../../../../lib/domain';
import {
  afterSaleText,
  ORDER_STATUS_WORD,
  paidText,
  productIdToken,
  quantityToken,
  specText,
} from '../../../../lib/platforms/douyin/schema';

describe('paidText', () => {
  it.each([
    ['抖音支付 ¥119.80 (含运费¥0.00)', 11980],
    ['(含运费¥6.00) ¥125.80', 12580],
    ['运费：¥8.00 ¥58.00', 5800],
    ['¥1,299.00（含运费 ¥0.00）商家优惠 -¥20.00', 129900],
  ])('%s → the paid amount', (text, fen) => {
    expect(parseMoneyFen(paidText(text))).toBe(fen);
  });

  it('leaves nothing to parse when the cell has only the shipping note', () => {
    expect(parseMoneyFen(paidText('(含运费¥0.00)'))).toBeUndefined();
  });
});

describe('afterSaleText', () => {
  it.each([
    ['-', ''],
    [' -- ', ''],
    ['无', ''],
    ['退款中', '退款中'],
    ['退款成功', '退款成功'],
  ])('%s → %s', (text, want) => expect(afterSaleText(text)).toBe(want));
});

describe('specText and quantityToken', () => {
  it('drops a trailing quantity from the spec and finds it', () => {
    expect(specText('颜色:黑色 尺码:M x2')).toBe('颜色:黑色 尺码:M');
    expect(specText('型号:iPhone15 Pro')).toBe('型号:iPhone15 Pro');
    expect(quantityToken('¥59.90 x 3')).toBe('x 3');
    expect(quantityToken('¥59.90')).toBeUndefined();
  });
});

describe('productIdToken', () => {
  it.each([
    ['跑步鞋 ID:3780146630342714562', '3780146630342714562'],
    ['ID： 3780146630342714562 复制', '3780146630342714562'],
  ])('%s → %s', (text, id) => expect(productIdToken(text)).toBe(id));

  it.each(['商品ID:3780146630342714562', 'SKU ID: 1780146630342714562', 'ADIDAS ID:12', 'ADIDAS:3780146630342714562'])(
    'does not read %s as the product id',
    (text) => expect(productIdToken(text)).toBeUndefined(),
  );
});

describe('ORDER_STATUS_WORD', () => {
  it('is the whole text of a status cell, not a word inside other text', () => {
    expect(ORDER_STATUS_WORD.test('已发货')).toBe(true);
    expect(ORDER_STATUS_WORD.test('待发货')).toBe(true);
    expect(ORDER_STATUS_WORD.test('剩余 1天23小时 发货')).toBe(false);
    expect(ORDER_STATUS_WORD.test('批量发货')).toBe(false);
  });
});
