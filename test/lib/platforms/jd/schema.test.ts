import { parseMoneyFen, parseShanghaiTime } from '../../../../lib/domain';
import {
  codeAtEnd,
  countIn,
  isAfterSaleText,
  isPriceText,
  isQuantityText,
  listedAtText,
  placedAtText,
  receivablesText,
  moneyIn,
  PORDER_HEADERS,
  WARE_HEADERS,
} from '../../../../lib/platforms/jd/schema';
import { columnsByHeader } from '../../../../lib/scrape';

describe('receivablesText', () => {
  it.each([
    ['¥204.00 运费 ¥6.00', 20400],
    ['运费 ¥6.00 ¥204.00', 20400],
    ['¥204.00（含运费：¥6.00）', 20400],
    ['共2件 ¥1,204.50 在线支付', 120450],
    ['￥59.90', 5990],
    ['204.00', 20400],
  ])('%s → the total, not the shipping note', (text, fen) => {
    expect(parseMoneyFen(receivablesText(text))).toBe(fen);
  });

  it('leaves nothing when only the shipping note is there, so the amount counts as missing', () => {
    expect(receivablesText('运费 ¥6.00 在线支付')).toBe('');
    expect(receivablesText('')).toBe('');
  });
});

describe('placedAtText', () => {
  it('takes the 下单 time of a paid order even when 付款 is written first', () => {
    expect(placedAtText('2025-07-30 01:22:42 下单，2025-07-30 01:25:04 付款')).toBe('2025-07-30 01:22:42');
    expect(placedAtText('2025-07-30 01:25:04 付款，2025-07-30 01:22:42 下单')).toBe('2025-07-30 01:22:42');
  });

  it('keeps an unpaid order (下单 only) and other time texts parseable', () => {
    expect(parseShanghaiTime(placedAtText('2025-07-30 01:22:42 下单'))).toBe(Date.UTC(2025, 6, 29, 17, 22, 42));
    expect(placedAtText(' 下单时间：2025/07/30 01:22 ')).toBe('下单时间：2025/07/30 01:22');
  });
});

describe('listedAtText', () => {
  it('prefers the 上架 time of a cell that shows both', () => {
    expect(listedAtText('创建时间：2024-09-01 10:00:00 上架时间：2024-09-03 08:30:00')).toBe('2024-09-03 08:30:00');
    expect(listedAtText('2024-09-01 10:00:00')).toBe('2024-09-01 10:00:00');
  });
});

describe('SKU line values', () => {
  it('tells the price from the quantity', () => {
    expect(['¥199.00', 'x2'].map(isPriceText)).toEqual([true, false]);
    expect(['¥199.00', 'x2', '×3', '2件', '12'].map(isQuantityText)).toEqual([false, true, true, true, false]);
  });
});

describe('isAfterSaleText', () => {
  it('knows refund words and ignores service tags that merely mention returns', () => {
    expect(['退款中', '退款成功', '售后中'].map(isAfterSaleText)).toEqual([true, true, true]);
    expect(['7天无理由退货', '顺丰包邮', '已取消', '等待出库'].map(isAfterSaleText)).toEqual([false, false, false, false]);
  });
});

describe('WARE_HEADERS', () => {
  it('maps the ware list headers without mixing up 商品信息, 商品编号 and 商品状态', () => {
    const headers = ['', '商品信息', '商品编号', 'SKU编码', '商家SKU', '销售属性', '京东价', '库存', '30天销量', '商品状态', '上架时间'];
    expect(columnsByHeader(headers, WARE_HEADERS)).toEqual({
      title: 1,
      productId: 2,
      skuId: 3,
      outerId: 4,
      spec: 5,
      price: 6,
      stock: 7,
      sales30d: 8,
      status: 9,
      listedAt: 10,
    });
  });

  it('leaves 30-day sales out when only total sales are shown', () => {
    expect(columnsByHeader(['商品名称', '价格', '总销量', '创建时间'], WARE_HEADERS)).toEqual({ title: 0, price: 1, listedAt: 3 });
  });
});

describe('moneyIn and countIn', () => {
  it('take the first amount or count of a labelled value', () => {
    expect(moneyIn('¥199.00 市场价 ¥299.00')).toBe('¥199.00');
    expect(moneyIn(' 1,527.00元')).toBe('1,527.00');
    expect(moneyIn('待定')).toBe('');
    expect(moneyIn(undefined)).toBe('');
    expect(countIn('12 件')).toBe('12');
    expect(countIn('1.2万')).toBe('1.2万');
    expect(countIn('--')).toBe('');
  });
});

describe('codeAtEnd', () => {
  it('finds the 货号-like code a porder title ends with, never a model word', () => {
    expect(codeAtEnd('男士石英表 防水 JS-8812')).toBe('JS-8812');
    expect(codeAtEnd('蓝牙耳机 EJ-BT5-01')).toBe('EJ-BT5-01');
    expect(codeAtEnd('Redmi K70')).toBeUndefined();
    expect(codeAtEnd('iPhone 15 Pro')).toBeUndefined();
    expect(codeAtEnd('全棉四件套1.8m')).toBeUndefined();
    expect(codeAtEnd('数据线 2-3')).toBeUndefined();
  });
});

describe('PORDER_HEADERS', () => {
  it('maps the porder columns, the receiver column apart from the buyer', () => {
    const headers = ['商品', '单价', '数量', '应付金额', '收货人', '订单状态', '备注', '操作'];
    expect(columnsByHeader(headers, PORDER_HEADERS)).toEqual({ title: 0, price: 1, quantity: 2, paid: 3, receiver: 4, status: 5, remark: 6 });
  });
});
