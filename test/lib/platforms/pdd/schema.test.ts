import {
  afterSaleText,
  isOrderIdText,
  ORDER_HEADERS,
  PRODUCT_HEADERS,
  readGoodsLines,
  unitPriceText,
} from '../../../../lib/platforms/pdd/schema';
import { normalizeHeader } from '../../../../lib/scrape';

describe('header synonyms', () => {
  it('lets the goods header match only the goods column, not 商品总价', () => {
    expect(ORDER_HEADERS.goods.test('商品')).toBe(true);
    expect(ORDER_HEADERS.goods.test('商品总价')).toBe(false);
    expect(ORDER_HEADERS.total.test('商品总价')).toBe(true);
    expect(PRODUCT_HEADERS.goods.test('商品信息')).toBe(true);
    expect(PRODUCT_HEADERS.status.test('商品状态')).toBe(true);
    expect(PRODUCT_HEADERS.status.test('订单状态')).toBe(false);
  });
});

describe('afterSaleText', () => {
  it.each(['无售后', '-', '--', '—', '', '  ', '暂无'])('%j says there is no after-sale', (text) => {
    expect(afterSaleText(text)).toBe('');
  });
  it.each(['退款中', '退款成功', '商家同意退货退款，待买家发货'])('%s is kept', (text) => {
    expect(afterSaleText(` ${text} `)).toBe(text);
  });
});

describe('isOrderIdText', () => {
  it.each(['250731-662525154951775', '190412123456789'])('%s is an order number', (t) => expect(isOrderIdText(t)).toBe(true));
  it.each(['2025-07-31', '请输入订单编号', '商品ID', '', '12345'])('%j is not', (t) => expect(isOrderIdText(t)).toBe(false));
});

describe('readGoodsLines', () => {
  it('reads the order list goods cell: name, unit price, ID, 商家编码, spec last', () => {
    const goods = readGoodsLines(['法式碎花连衣裙女夏季', '¥139.90', 'ID: 414444537067', '商家编码: LYQ-2503-01', '蓝色碎花,S']);
    expect(goods).toEqual({
      title: '法式碎花连衣裙女夏季',
      spec: '蓝色碎花,S',
      productId: '414444537067',
      outerId: 'LYQ-2503-01',
      price: '¥139.90',
    });
  });

  it('accepts full-width colons, 商品ID, labelled 规格 and 单价', () => {
    const goods = readGoodsLines(['蓝牙耳机', '商品ID：868025848355', '商家编码：EJ-BT5-01', '规格：曜石黑', '单价：￥175.10']);
    expect(goods).toMatchObject({ title: '蓝牙耳机', spec: '曜石黑', productId: '868025848355', outerId: 'EJ-BT5-01', price: '￥175.10' });
  });

  it('leaves spec and code empty when the goods has neither, and skips link words', () => {
    expect(readGoodsLines(['手机壳', 'ID: 584568370903', '查看'])).toEqual({
      title: '手机壳',
      spec: '',
      productId: '584568370903',
      outerId: '',
      price: '',
    });
  });

  it('does not take a name that starts with "ID" for the goods id', () => {
    const goods = readGoodsLines(['IDEAL 保温杯 500ml', 'ID: 123456789012']);
    expect(goods.title).toBe('IDEAL 保温杯 500ml');
    expect(goods.productId).toBe('123456789012');
  });
});

describe('unitPriceText', () => {
  it('divides the line total by the quantity', () => {
    expect(unitPriceText('279.80', '2')).toBe('139.90');
    expect(unitPriceText('¥105.30', 'x3')).toBe('35.10');
  });
  it('is empty when the total or the quantity cannot be read', () => {
    expect(unitPriceText('', '2')).toBe('');
    expect(unitPriceText('--', '2')).toBe('');
    expect(unitPriceText('279.80', '')).toBe('');
  });
});
