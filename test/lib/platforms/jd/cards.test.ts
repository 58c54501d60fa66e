// @vitest-environment jsdom
import { parseRows } from '../../../../lib/domain';
import { extractJdOrders } from '../../../../lib/platforms/jd/extract';
import { card, cfg, ctx, dom, list, sku } from './html';

const tag = (t: string) => `<span class="jd-tag jd-tag--danger"><span class="jd-tag__content">${t}</span></span>`;
const read = (html: string) => parseRows('orders', extractJdOrders(dom(html)), ctx);

describe('jdm order cards: item lines only', () => {
  it('skips a remark whatever it holds: x2, ¥5, an order number, a SKU-looking line', () => {
    const remarks = [
      '商家备注：补发 x2 ¥5',
      '订单号：398975605725 的赠品一起发',
      '蓝牙耳机真无线降噪 ¥5.00 x2',
    ].map((t) => `<div class="card-footer"><div class="remark-cell"><span class="remark-cell__text">${t}</span></div></div>`);
    for (const footer of remarks) {
      const { records, rejected } = read(list(card({ footer })));
      expect(rejected, footer).toEqual([]);
      expect(records.map((r) => 'items' in r && [r.orderId, r.items.length, r.paidFen]), footer).toEqual([['312345678901', 1, 40400]]);
    }
  });

  it('stores a gift line at ¥0 as an item, and skips gift and service lines without a price', () => {
    const items = [
      sku(),
      sku({ title: '【赠品】耳机收纳包', price: '¥0.00', qty: 'x1', outerId: '', skuId: '100012345678' }),
      sku({ title: '【赠品】清洁布', price: '', qty: 'x1', outerId: '', skuId: '100012345679' }),
      `<div class="sku-info-list__item"><div class="sku-info-card"><div class="card-left__desc"><a class="sku-name">京东保障服务 1年延保</a></div><div class="sku-info-card__right">${cfg('x1')}</div></div></div>`,
      `<div class="sku-info-list__item"><div class="card-left__desc"><span class="sku-name">运费险</span></div></div>`,
    ].join('');
    const { records, rejected } = read(list(card({ items })));
    expect(rejected).toEqual([]);
    const order = records[0]!;
    expect('items' in order && order.items.map((i) => [i.title, i.priceFen, i.quantity])).toEqual([
      ['蓝牙耳机真无线降噪', 19900, 2],
      ['【赠品】耳机收纳包', 0, 1],
    ]);
  });

  it('still rejects an order whose real item line lost its price', () => {
    const items = sku({ price: '' }) + sku({ title: '【赠品】清洁布', price: '', qty: 'x1' });
    const { records, rejected } = read(list(card({ items })));
    expect(records).toEqual([]);
    expect(rejected[0]!.problems).toEqual([{ field: 'items[0].price', problem: 'missing', raw: '' }]);
  });

  it('keeps an after-sales tag on ONE SKU line with that item: the order stays completed', () => {
    const items = sku() + sku({ title: '充电仓替换装', skuId: '419315862199', outerId: 'EJ-BT5-CH', price: '¥59.00', qty: 'x1', extra: `<div class="sku-after-sale">${tag('退款成功')}</div>` });
    const rows = extractJdOrders(dom(list(card({ items, tags: ['7天无理由退货'], status: '<div class="order-status"><span>完成</span></div>' }))));
    expect(rows[0]!.afterSale).toBeUndefined();
    expect(rows[0]!.items.map((i) => i.afterSale)).toEqual([undefined, '退款成功']);
    const { records } = parseRows('orders', rows, ctx);
    expect(records[0]).toMatchObject({ status: 'completed', statusText: '完成 退款成功' });
  });

  it('reads an order-level 退款中 tag as the order after-sales, and every item refunded makes it refunded', () => {
    const refunding = card({ tags: ['退款中'], status: '<div class="order-status"><span>等待确认收货</span></div>' });
    const allItems = card({ items: sku({ extra: tag('退款成功') }), status: '<div class="order-status"><span>已取消</span></div>' });
    const { records } = read(list(refunding, allItems));
    expect(records.map((r) => 'items' in r && [r.status, r.statusText])).toEqual([
      ['refunding', '等待确认收货 退款中'],
      ['refunded', '已取消 退款成功'],
    ]);
  });

  it('never reads the phone cell (虚拟号说明) or the masked receiver, and never the 承诺发货时间 as the order time', () => {
    const consignee = `<div class="cons-address"><span class="cons-address-text">王**，陕西安康市紫阳县**********</span></div>
      <div class="cons-mobile-phone"><span class="cons-mobile-phone-text">138****5678 虚拟号说明 </span></div><span class="user-pin">jd_***8d</span>`;
    const status = `<div class="order-status"><span>等待出库</span></div><div class="promise-out-ship-date"><span class="jd-only-child__content">承诺发货时间 2025-08-01 23:59:59</span></div>`;
    const rows = extractJdOrders(dom(list(card({ consignee, status }))));
    expect(JSON.stringify(rows)).not.toMatch(/王\*\*|陕西|138|虚拟号/);
    expect(rows[0]).toMatchObject({ buyer: 'jd_***8d', placedAt: '2025-07-30 01:22:42', status: '等待出库' });
  });

  it('does not cut or rename an order by a buyer pin that reads like an order number', () => {
    const consignee = '<span class="user-pin">订单号：409912345678</span>';
    const rows = extractJdOrders(dom(list(card({ consignee }), card({}))));
    expect(rows.map((r) => r.orderId)).toEqual(['312345678901', '312345678901']);
  });

  it('reads cards in a .jd-pro-card-table .table-body without a scroll view', () => {
    const html = `<div class="jd-pro-card-table"><div class="table-body">${card({})}${card({})}</div></div>`;
    expect(extractJdOrders(dom(html))).toHaveLength(2);
  });
});

/** The `/jdm/trade/order/orderList` variant: one `.table-item-container` per order ([id 20029388915]). */
function container(o: { id?: string; items?: string; pin?: string; status?: string; remark?: string } = {}): string {
  return `<div class="table-item-container">
    <div class="table-item-header"><span>订单编号：${o.id ?? '398975605725'}</span><span>下单时间：2025-07-30 01:22:42</span></div>
    <div class="goods-info-column">
      <div class="user-pin-cell-row"><button class="jd-button"><i class="jd-icon-chat"></i></button><span>${o.pin ?? 'jd_liuyang'}</span></div>
      ${o.items ?? `<div class="goods-item"><div class="goods-item__left"><a class="goods-name">全棉床上四件套</a><p>规格：1.8m床</p><p>货号：SJT-60S-02</p><p>SKU：365124448734</p></div><div class="goods-item__right"><span>￥509.00</span><span>×3</span></div></div>`}
    </div>
    <div class="amount-column"><span>应付金额：</span><span>￥1,527.00</span></div>
    <div class="status-column"><span>${o.status ?? '等待出库'}</span></div>
    ${o.remark ? `<div class="remark-column"><span>${o.remark}</span></div>` : ''}
  </div>`;
}

describe('jdm order list of .table-item-container blocks', () => {
  it('reads the order by its labels, the pin after the chat button, the item by its anchors', () => {
    const rows = extractJdOrders(dom(`<div class="order-list">${container()}${container({ id: '398975605726', pin: 'jd_***8d', status: '完成' })}</div>`));
    expect(rows).toMatchObject([
      {
        orderId: '398975605725',
        buyer: 'jd_liuyang',
        placedAt: '2025-07-30 01:22:42',
        status: '等待出库',
        paid: '￥1,527.00',
        items: [{ title: '全棉床上四件套', spec: '1.8m床', outerId: 'SJT-60S-02', skuId: '365124448734', price: '￥509.00', quantity: '×3' }],
      },
      { orderId: '398975605726', buyer: 'jd_***8d', status: '完成' },
    ]);
    const { records, rejected } = parseRows('orders', rows, ctx);
    expect(rejected).toEqual([]);
    expect(records[0]).toMatchObject({ paidFen: 152700, status: 'paid', items: [{ quantity: 3, priceFen: 50900 }] });
  });

  it('never reads a remark with a price and a count as an item', () => {
    const rows = extractJdOrders(dom(container({ remark: '买家留言：数据线 ¥5 x2 一起发' }) + container({ remark: '<b>数据线</b><i>¥5.00</i><i>x2</i>' })));
    expect(rows.map((r) => r.items.map((i) => i.title))).toEqual([['全棉床上四件套'], ['全棉床上四件套']]);
  });

  it('reads two item lines of one order as two items', () => {
    const line = (t: string, p: string) => `<div class="goods-item"><a class="goods-name">${t}</a><span>${p}</span><span>x1</span></div>`;
    const [row] = extractJdOrders(dom(container({ items: line('数据线快充版', '¥29.90') + line('充电头套装', '¥59.00') })));
    expect(row!.items.map((i) => [i.title, i.price, i.quantity])).toEqual([
      ['数据线快充版', '¥29.90', 'x1'],
      ['充电头套装', '¥59.00', 'x1'],
    ]);
  });
});
