import { describe, expect, it } from 'vitest';
import { detectFormat, headerKey } from '../../../lib/import';
import { DOUYIN_HEADER, JD_HEADER, PDD_HEADER, TAOBAO_ITEM_HEADER, TAOBAO_ORDER_HEADER } from './sample-exports';

describe('detectFormat: platform and kind from the header row', () => {
  it('recognises each console’s export by its header', () => {
    expect(detectFormat(TAOBAO_ORDER_HEADER)?.format.kind).toBe('taobao-orders');
    expect(detectFormat(TAOBAO_ITEM_HEADER)?.format.kind).toBe('taobao-lines');
    expect(detectFormat(DOUYIN_HEADER)?.format.kind).toBe('douyin-orders');
    expect(detectFormat(JD_HEADER)?.format.kind).toBe('jd-orders');
    expect(detectFormat(PDD_HEADER)?.format.kind).toBe('pdd-orders');
  });

  it('maps columns by header synonyms wherever they stand, with trailing spaces, （元） and 商品id/商品ID', () => {
    const map = detectFormat(['"订单付款时间 "', '宝贝标题 ', '买家实付金额', '订单状态', ' 订单创建时间', '买家会员名', '订单编号'])!;
    expect(map.format.kind).toBe('taobao-orders');
    expect(map.index).toMatchObject({ orderId: 6, buyer: 5, placedAt: 4, status: 3, paid: 2, summaryTitle: 1 });
    const pdd = detectFormat(['订单号', '商品', '商品数量（件）', '用户实付金额(元)', '商品ID', '商品总价（元）'])!;
    expect(pdd.format.kind).toBe('pdd-orders');
    expect(pdd.index).toMatchObject({ orderId: 0, title: 1, quantity: 2, paid: 3, productId: 4, lineTotal: 5 });
    expect(headerKey('商家实收金额（元）')).toBe(headerKey('商家实收金额(元)'));
  });

  it('takes a 销售明细 that also has 买家会员名 and 买家实付金额 for item lines, not orders', () => {
    const map = detectFormat(['子订单编号', '主订单编号', '商品标题', '价格', '购买数量', '商品属性', '订单状态', '买家会员名', '买家实付金额', '订单创建时间']);
    expect(map?.format.kind).toBe('taobao-lines');
    expect(map?.index.orderId).toBe(1);
  });

  it('never maps a personal-data column to a field, and lists those present', () => {
    const map = detectFormat(TAOBAO_ORDER_HEADER)!;
    const used = Object.values(map.headers);
    for (const h of ['买家支付宝账号', '收货人姓名', '收货地址', '联系电话', '联系手机', '买家留言']) expect(used).not.toContain(h);
    expect(map.personal).toEqual(['买家支付宝账号', '买家留言', '收货人姓名', '收货地址', '联系电话', '联系手机', '发票抬头', '修改后的收货地址']);
  });

  it('finds no format in other tables (a settlement bill, a product list, a header missing a required column)', () => {
    expect(detectFormat(['动账时间', '动帐流水号', '动账方向', '动账金额', '子订单号', '订单号'])).toBeUndefined();
    expect(detectFormat(['商品ID', '商品名称', '价格', '库存', '商家编码'])).toBeUndefined();
    expect(detectFormat(['订单号', '商品名称', '下单时间'])).toBeUndefined();
    expect(detectFormat([])).toBeUndefined();
  });
});
