// @vitest-environment jsdom
import { parseRows } from '../../../../lib/domain';
import { extractJdOrders } from '../../../../lib/platforms/jd/extract';
import { ctx, dom } from './html';

// The old porder list (porder.shop.jd.com/order/orderlist/<tab>, ≤2023; research real-evidence.md, JD "Old
// list"): under #order-shop-content, a header table (thead th/div[1]/span[1]/a = order id) and a body table
// (td[1] div/div/p[1]/a = title ending with a 货号-like code, td[3] p[2] = ¥price, td[6] = 备注) per order.

interface Line {
  title: string;
  price: string;
  qty: string;
  note?: string;
}

function order(id: string, lines: Line[], o: { status?: string; paid?: string; head?: string; extraRows?: string } = {}): string {
  const rows = lines.map(
    (l, i) => `<tr>
      <td><div><div><p><a href="#">${l.title}</a></p><p class="sku-id">商品编号：10${id.slice(-6)}${i}</p></div></div></td>
      <td>×${l.qty}</td>
      <td><p class="origin-price"><del>¥${(Number(l.price) + 50).toFixed(2)}</del></p><p>¥${l.price}</p></td>
      ${i === 0 ? `<td rowspan="${lines.length}"><p>${o.paid ?? '¥404.00'}</p><p>(含运费：¥6.00)</p></td><td rowspan="${lines.length}"><p>王**</p><p>138****5678</p></td><td rowspan="${lines.length}">${o.status ?? '等待出库'}</td>` : ''}
      <td>${l.note ?? ''}</td><td><a>出库</a></td>
    </tr>`,
  );
  return `<div class="order-item"><div>
    <div><table><thead><tr><th><div><span><a href="#">${id}</a></span><span>下单时间：2025-07-30 01:22:42</span>${o.head ?? ''}</div><div><span>下单账号：jd_liuyang</span></div></th></tr></thead></table></div>
    <div><table><tbody>${rows.join('')}${o.extraRows ?? ''}</tbody></table></div>
  </div></div>`;
}

const HEADER = `<table class="list-head"><thead><tr><th>商品</th><th>数量</th><th>单价(元)</th><th>应付金额</th><th>收货人</th><th>订单状态</th><th>备注</th><th>操作</th></tr></thead></table>`;
const page = (orders: string[], header = HEADER) =>
  `<div id="order-shop-content"><div><div><div><div class="head">${header}</div><div class="order-list"><div>${orders.join('')}</div></div></div></div></div>`;

const earbuds: Line = { title: '蓝牙耳机真无线降噪 EJ-BT5-01', price: '199.00', qty: '2' };

describe('old porder list', () => {
  it('reads each order from its header table and body table, columns by header text', () => {
    const rows = extractJdOrders(dom(page([order('312345678901', [earbuds]), order('312345678902', [earbuds], { status: '完成' })])));
    expect(rows).toMatchObject([
      {
        orderId: '312345678901',
        buyer: 'jd_liuyang',
        placedAt: '2025-07-30 01:22:42',
        status: '等待出库',
        paid: '¥404.00',
        items: [{ title: '蓝牙耳机真无线降噪 EJ-BT5-01', outerId: 'EJ-BT5-01', skuId: '106789010', price: '¥199.00', quantity: '×2' }],
      },
      { orderId: '312345678902', status: '完成' },
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/王\*\*|138/);
    const { records, rejected } = parseRows('orders', rows, ctx);
    expect(rejected).toEqual([]);
    expect(records[0]).toMatchObject({ paidFen: 40400, status: 'paid', items: [{ quantity: 2, priceFen: 19900 }] });
  });

  it('reads by the evidence positions when the list shows no header (td[1] title, td[3] p[2] price, td[6] 备注)', () => {
    const note = '卖家备注 x9 ¥5.00';
    const rows = extractJdOrders(dom(page([order('312345678901', [{ ...earbuds, note }])], '')));
    expect(rows[0]).toMatchObject({ orderId: '312345678901', items: [{ title: earbuds.title, price: '¥199.00', quantity: '×2' }] });
    expect(JSON.stringify(rows)).not.toContain('x9');
  });

  it('reads several item rows against row-spanned amount and status cells', () => {
    const cable: Line = { title: '数据线 快充 DL-60W-1M', price: '29.90', qty: '3' };
    const rows = extractJdOrders(dom(page([order('312345678901', [earbuds, cable], { paid: '¥487.70' })])));
    expect(rows[0]!.items.map((i) => [i.title, i.price, i.quantity, i.outerId])).toEqual([
      [earbuds.title, '¥199.00', '×2', 'EJ-BT5-01'],
      [cable.title, '¥29.90', '×3', 'DL-60W-1M'],
    ]);
    expect(parseRows('orders', rows, ctx).records[0]).toMatchObject({ paidFen: 48770, status: 'paid' });
  });

  it('skips remark, buyer-message and gift rows inside the body table, and keeps the remark column out of the item', () => {
    const extraRows =
      '<tr><td colspan="8">买家留言：请发顺丰 x2 ¥5.00</td></tr><tr><td colspan="8"><span>赠品</span><span>耳机收纳包</span></td></tr><tr><td colspan="8"></td></tr>';
    const rows = extractJdOrders(dom(page([order('312345678901', [{ ...earbuds, note: '补发 x1' }], { extraRows })])));
    expect(rows[0]!.items).toHaveLength(1);
    expect(parseRows('orders', rows, ctx).rejected).toEqual([]);
  });

  it('keeps an after-sales word of the header with the order, and rejects an order whose item lost its price', () => {
    const broken = order('312345678903', [{ ...earbuds, price: '' }]).replace('<p>¥</p>', '<p></p>').replace(/<del>.*?<\/del>/, '');
    const rows = extractJdOrders(dom(page([order('312345678901', [earbuds], { status: '已取消', head: '<span class="tag">退款成功</span>' }), broken])));
    expect(rows[0]).toMatchObject({ status: '已取消', afterSale: '退款成功' });
    const { records, rejected } = parseRows('orders', rows, ctx);
    expect(records[0]).toMatchObject({ status: 'refunded', statusText: '已取消 退款成功' });
    expect(rejected).toMatchObject([{ key: '312345678903', problems: [{ field: 'items[0].price', problem: 'missing' }] }]);
  });

  it('reads nothing off a page without order header tables', () => {
    expect(extractJdOrders(dom(page([])))).toEqual([]);
    expect(extractJdOrders(dom(`<table><thead><tr><th>订单号</th><th>金额</th></tr></thead></table>`))).toEqual([]);
  });
});
