import { parseOrderRow, parseProductRow, parseRows, type RawOrderRow } from '../../../lib/domain';

const ctx = { platform: 'taobao' as const, url: 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold', capturedAt: Date.UTC(2025, 7, 1) };

const good: RawOrderRow = {
  orderId: '订单号：4012345678901234567',
  buyer: ' t**9 ',
  placedAt: '创建时间：2025-07-30 20:15:00',
  status: '交易关闭',
  afterSale: '退款成功',
  paid: '¥418.00 (含快递:¥0.00)',
  items: [{ title: '白鸭绒羽绒服女短款', spec: '颜色分类:黑色;尺码:M', productId: '731234567890', outerId: '商家编码：YRF-2409-01', quantity: 'x2', price: '¥209.00' }],
  text: '订单号：4012345678901234567 …',
};

describe('parseOrderRow', () => {
  it('normalises every field of a good row', () => {
    const result = parseOrderRow(good, 0, ctx);
    expect(result).toEqual({
      ok: true,
      record: {
        platform: 'taobao',
        orderId: '4012345678901234567',
        buyer: 't**9',
        placedAt: Date.UTC(2025, 6, 30, 12, 15),
        status: 'refunded',
        statusText: '交易关闭 退款成功',
        paidFen: 41800,
        items: [{ title: '白鸭绒羽绒服女短款', spec: '颜色分类:黑色;尺码:M', productId: '731234567890', outerId: 'YRF-2409-01', quantity: 2, priceFen: 20900 }],
        capturedAt: ctx.capturedAt,
        url: ctx.url,
      },
    });
  });

  it('lists every bad field with the page text, never a silent 0', () => {
    const result = parseOrderRow({ ...good, paid: '--', placedAt: '待同步', status: '状态异常', items: [] }, 3, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejected.index).toBe(3);
    expect(result.rejected.key).toBe('4012345678901234567');
    expect(result.rejected.problems).toEqual([
      { field: 'placedAt', problem: 'invalid', raw: '待同步' },
      { field: 'paid', problem: 'invalid', raw: '--' },
      { field: 'items', problem: 'missing', raw: '' },
    ]);
  });

  it('reports the unknown status when no after-sales text rescues it', () => {
    const result = parseOrderRow({ ...good, status: '状态异常', afterSale: undefined }, 0, ctx);
    expect(result.ok || result.rejected.problems).toEqual([{ field: 'status', problem: 'invalid', raw: '状态异常' }]);
  });

  it('names the item and field that failed', () => {
    const result = parseOrderRow({ ...good, items: [good.items[0]!, { ...good.items[0]!, quantity: '若干' }] }, 0, ctx);
    expect(result.ok || result.rejected.problems).toEqual([{ field: 'items[1].quantity', problem: 'invalid', raw: '若干' }]);
  });

  it('shows a rejected row as what the reader read, never the row text with the receiver', () => {
    const receiver = '收货人：张** 138****5678 浙江省杭州市西湖区文三路**号';
    const result = parseOrderRow({ ...good, paid: '--', text: `订单号：4012345678901234567 ${receiver}` }, 0, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejected.text).not.toMatch(/收货人|138|文三路/);
    expect(result.rejected.text).toBe('订单号：4012345678901234567 · 创建时间：2025-07-30 20:15:00 · 白鸭绒羽绒服女短款 颜色分类:黑色;尺码:M ¥209.00 x2 · t**9 · -- · 交易关闭');
  });

  it('makes the order a refund only when every item is refunded, or one is still refunding', () => {
    const item = good.items[0]!;
    const status = (afterSales: (string | undefined)[], own?: string) => {
      const r = parseOrderRow({ ...good, status: '交易成功', afterSale: own, items: afterSales.map((a) => ({ ...item, afterSale: a })) }, 0, ctx);
      return r.ok ? [r.record.status, r.record.statusText] : r.rejected.problems;
    };
    expect(status(['退款成功', undefined])).toEqual(['completed', '交易成功 退款成功']);
    expect(status(['退款成功', '退款成功'])).toEqual(['refunded', '交易成功 退款成功']);
    expect(status(['退款中', undefined])).toEqual(['refunding', '交易成功 退款中']);
    expect(status([undefined, undefined], '退款成功')).toEqual(['refunded', '交易成功 退款成功']);
    expect(status([undefined])).toEqual(['completed', '交易成功']);
  });

  it('rejects a row without a buyer rather than inventing one', () => {
    const result = parseOrderRow({ ...good, buyer: '' }, 0, ctx);
    expect(result.ok || result.rejected.problems).toEqual([{ field: 'buyer', problem: 'missing', raw: '' }]);
  });
});

describe('parseProductRow', () => {
  const raw = {
    productId: 'ID:731234567890',
    title: '白鸭绒羽绒服女短款',
    outerId: '编码:YRF-2409',
    price: '¥399.00 - ¥409.00',
    stock: '1,024',
    sales30d: '35',
    status: '出售中',
    listedAt: '2025-03-02 10:00:00',
    text: '',
  };
  it('stores a product-level row with the lowest price of its range', () => {
    const result = parseProductRow(raw, 0, { ...ctx });
    expect(result.ok && result.record).toMatchObject({
      productId: '731234567890',
      skuId: '',
      outerId: 'YRF-2409',
      priceFen: 39900,
      stock: 1024,
      sales30d: 35,
      status: 'on_sale',
      listedAt: Date.UTC(2025, 2, 2, 2),
    });
  });
  it('leaves optional fields out when the page does not show them', () => {
    const result = parseProductRow({ ...raw, sales30d: undefined, listedAt: '' }, 0, ctx);
    expect(result.ok && 'sales30d' in result.record).toBe(false);
    expect(result.ok && 'listedAt' in result.record).toBe(false);
  });
  it('rejects a missing stock', () => {
    const result = parseProductRow({ ...raw, stock: '' }, 0, ctx);
    expect(result.ok || result.rejected.problems).toEqual([{ field: 'stock', problem: 'missing', raw: '' }]);
  });
});

it('parseRows keeps good rows and collects the bad ones', () => {
  const { records, rejected } = parseRows('orders', [good, { ...good, orderId: '' }, good], ctx);
  expect(records).toHaveLength(2);
  expect(rejected.map((r) => r.index)).toEqual([1]);
});
