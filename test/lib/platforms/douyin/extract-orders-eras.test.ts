// @vitest-environment jsdom
import { parseRows, type Order } from '../../../../lib/domain';
import { extractOrders } from '../../../../lib/platforms/douyin/extract';

// The order list in the shapes real-evidence.md documents beyond the demo page: the remark rows the field
// pages drew (no kit class, the order's own key, a level-0 class, remark divs only), the 2023 crawler's
// rows (one goods div, `¥<unit>x<qty>`, the closing class on the last item row) and the 2021–22 div rows.

const ctx = { platform: 'douyin' as const, url: 'https://fxg.jinritemai.com/ffa/morder/order/list', capturedAt: Date.UTC(2025, 7, 1) };
const doc = (body: string) => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
function read(html: string) {
  const raw = extractOrders(doc(html));
  return { raw, ...parseRows('orders', raw, ctx) };
}

const ID1 = '6921804373719182450';
const ID2 = '6930011122233344455';
const HEAD = ['', '商品', '单价/数量', '售后', '实付金额', '买家/收货信息', '订单状态', '操作'];
const table = (rows: string, cols = HEAD) =>
  `<div class="auxo-table-content"><table><thead><tr>${cols.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody class="auxo-table-tbody">${rows}</tbody></table></div>`;
const ROW = 'auxo-table-row row-vertical-top index_table-row__ULgxX';
const head = (id: string) =>
  `<tr class="${ROW} auxo-table-row-level-0" data-row-key="${id}"><td></td><td colspan="7"><span class="auxo-pair-head-wrapper"><span class="index_text__3y09K">订单编号\u00a0${id}</span><span class="index_text__3y09K">下单时间\u00a02025/04/03 14:22:01</span></span></td></tr>`;

// ---- the 2023 crawler's rows: goods text in one div, no kit item classes ----
const crawlerItem = (id: string, n: number, o: { title: string; spec: string; qty: number; code: string; unit: string; after?: string; last?: boolean }, order = '') =>
  `<tr class="${ROW} auxo-table-row-level-1${o.last ? ' auxo-pair-group-row-last' : ''}" data-row-key="${id}child${n}"><td class="auxo-table-cell"></td>` +
  `<td class="auxo-table-cell"><div class="index_ellipsis__29MP5 undefined"><div>${o.title}</div><div>${o.spec}x${o.qty}<span>商家编码：${o.code}</span></div></div><div class="style_tags__1hgJ9"><span>极速退</span></div></td>` +
  `<td class="auxo-table-cell">¥${o.unit}x${o.qty}</td><td class="auxo-table-cell">${o.after ?? '-'}</td>${order}</tr>`;
const crawlerOrder = (n: number, paid: string, status: string) =>
  `<td class="auxo-table-cell" rowspan="${n}">抖音支付¥${paid}</td><td class="auxo-table-cell" rowspan="${n}"><a class="table_nickname__x">用户***45</a><div class="index_locationDetail__q">王***，1********35，浙江省********</div></td>` +
  `<td class="auxo-table-cell" rowspan="${n}"><div>${status}</div></td><td class="auxo-table-cell" rowspan="${n}"><a>订单详情</a></td>`;
const crawlerPage = (cols = HEAD) =>
  table(
    head(ID1) +
      crawlerItem(ID1, 0, { title: '蓝牙耳机真无线降噪', spec: '颜色:曜石黑', qty: 2, code: 'EJ-BT5-01', unit: '189.10' }, crawlerOrder(2, '444.00', '卖家已发货')) +
      crawlerItem(ID1, 1, { title: '玻尿酸补水保湿面膜', spec: '规格:10片装', qty: 1, code: 'MM-10', unit: '65.80', after: '退款成功', last: true }),
    cols,
  );

describe('the 2023 crawler rows', () => {
  it('reads title, spec x qty and a glued 商家编码 from one goods div, and the last item row despite its closing class', () => {
    const { records, rejected } = read(crawlerPage());
    expect(rejected).toEqual([]);
    const [o] = records as Order[];
    expect(o!.items).toEqual([
      { title: '蓝牙耳机真无线降噪', spec: '颜色:曜石黑', outerId: 'EJ-BT5-01', quantity: 2, priceFen: 18910 },
      { title: '玻尿酸补水保湿面膜', spec: '规格:10片装', outerId: 'MM-10', quantity: 1, priceFen: 6580 },
    ]);
    expect(o!.paidFen).toBe(44400);
    expect(o!.buyer).toBe('用户***45');
  });

  it('keeps one item\'s 退款成功 on the item: the 卖家已发货 order stays shipped', () => {
    const [o] = read(crawlerPage()).records as Order[];
    expect(o!.status).toBe('shipped');
    expect(o!.statusText).toBe('卖家已发货 退款成功');
    expect(read(crawlerPage()).raw[0]!.items.map((i) => i.afterSale)).toEqual([undefined, '退款成功']);
  });

  it('finds price, after-sales, paid and status cells by what they hold when the header names none', () => {
    const { records, rejected } = read(crawlerPage(['', '商品', '', '', '', '买家', '', '']));
    expect(rejected).toEqual([]);
    const [o] = records as Order[];
    expect([o!.paidFen, o!.status, o!.statusText, o!.items[1]!.priceFen]).toEqual([44400, 'shipped', '卖家已发货 退款成功', 6580]);
  });
});

// ---- remark rows as the field pages drew them ----
const item = (id: string, n: number, order = '') =>
  `<tr class="${ROW} auxo-table-row-level-1" data-row-key="${id}_child_${n}"><td></td><td><div class="style_name__2xH1s">跑步鞋男轻便透气</div><div class="style_desc__3WmQ0">颜色:灰色</div><div>商品ID：<span>3416557446684826079</span></div><div>商家编码：<span>PBX-01</span></div></td>` +
  `<td><div class="table_comboAmount__1X">¥246.10</div><div class="table_comboNum__3v">x1</div></td><td>-</td>${order}</tr>`;
const orderCells = (n: number) =>
  `<td rowspan="${n}"><div class="index_payAmount__2W">¥246.10</div></td><td rowspan="${n}"><a class="table_nickname__2c">追光的人</a></td><td rowspan="${n}"><div>待发货</div></td><td rowspan="${n}"><a>发货</a></td>`;
const REMARKS: [string, (id: string) => string][] = [
  ['商家备注/买家留言 lines in full-width cells', () => `<tr class="${ROW}"><td></td><td>商家备注：- 买家留言：订单号${ID1}写错了 x2 ¥5</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>`],
  ['remark row reusing the order key with the level-0 class', (id) => `<tr class="${ROW} auxo-table-row-level-0" data-row-key="${id}"><td colspan="8"><div class="index_footerContent__1r"><span>买家留言</span><span class="index_content__3v">订单编号 ${ID1} 的赠品一起发</span></div></td></tr>`],
  ['remark divs only, message first', (id) => `<tr class="${ROW}" data-row-key="${id}"><td></td><td colspan="3"><div class="index_content__3v">尽快发货谢谢，x2 ¥5</div></td><td></td><td></td><td></td><td></td></tr>`],
  ['remark lines in a child-keyed row under the items', (id) => `<tr class="${ROW} auxo-table-row-level-1" data-row-key="${id}_child_remark"><td></td><td><div>商家备注：-</div><div>买家留言：尽快发货</div></td><td></td><td></td></tr>`],
  ['remark divs in a child-keyed closing row, message first', (id) => `<tr class="${ROW} auxo-table-row-level-1 auxo-pair-group-row-last" data-row-key="${id}child9"><td></td><td colspan="3"><div class="index_footerContent__1r"><div class="index_content__3v">麻烦发顺丰 x1</div></div></td><td></td></tr>`],
  ['remark row quoting an order number, no class', (id) => `<tr class="${ROW}" data-row-key="${id}"><td colspan="8"><span>订单编号 ${ID1} 的赠品一起发</span></td></tr>`],
];

describe.each(REMARKS)('a remark row: %s', (_name, remark) => {
  it('is passed over: every order stored whole, nothing rejected', () => {
    const html = table(head(ID2) + item(ID2, 0, orderCells(1)) + remark(ID2) + head(ID1) + item(ID1, 0, orderCells(2)) + item(ID1, 1) + remark(ID1));
    const { records, rejected } = read(html);
    expect(rejected).toEqual([]);
    expect((records as Order[]).map((o) => [o.orderId, o.items.length])).toEqual([[ID2, 1], [ID1, 2]]);
  });
});

// ---- the 2021–22 div rows ----
interface DivItem { name: string; sku: string; code: string; unit: string; qty: number }
const divItem = (i: DivItem) =>
  `<div class="index_cellRow__2kT"><div class="index_cell__6jtb6"><div class="style_productItem__3K"><div class="style_content__1a"><div class="style_name__9q">${i.name}</div><div class="style_desc__k2"><div class="table_sku__VJKJF table_rows__2hcuX">${i.sku}</div></div><div class="index_ellipsis__29MP5 table_secondary__264Bg">商家编码：${i.code}</div></div></div></div>` +
  `<div class="index_cell__6jtb6"><div class="table_comboAmount__2Sohw">¥${i.unit}</div><div class="table_comboNum__1pAh5">x${i.qty}</div></div></div>`;
const divOrder = (o: { id: string; idLabel?: string; time?: string; items: DivItem[]; paid: string; status: string; styled?: boolean }) =>
  `<div class="index_tableRow__3HGIM mortise-rich-table-row" data-kora_order_status="2"><div class="index_rowHeader__1x"><div class="index_RowHeader__2K"><div class="index_leftWrapper__3f">` +
  `<span class="index_text__3y09K">${o.idLabel ?? '订单编号 '}${o.id}</span><span class="index_text__3y09K">${o.time ?? '下单时间 2025/04/03 14:22:01'}</span><span>推广类型：直播</span></div></div></div>` +
  `<div class="index_body__1"><div class="index_items__2">${o.items.map(divItem).join('')}</div>` +
  `<div class="index_cell__6jtb6"><div class="index_payAmount__1Q">¥${o.paid}</div><div>(含运费¥0.00)</div></div>` +
  (o.styled ? `<div style="width: 106px; text-align: left;"><div>${o.status}</div><div>剩余 1天</div></div>` : `<div class="index_cell__6jtb6"><div>${o.status}</div><div>查看物流</div></div>`) +
  `<div class="index_cell__6jtb6"><div class="table_contact__3izAk"><a><div>用户***45</div></a><div class="index_locationDetail__2IqFq">王**，1********35，浙江省杭州市********</div></div></div></div>` +
  `<div class="index_footerContent__2CvsZ"><div class="index_title__1tP29">买家留言</div><div class="index_ellipsis__29MP5 undefined">订单号：${ID2} 一起发 x2 ¥5</div></div>` +
  `<div class="index_footerContent__2CvsZ"><div class="index_title__1tP29">商家备注</div><div class="index_ellipsis__29MP5 undefined">-</div></div></div>`;

const SHOES: DivItem = { name: '跑步鞋男轻便透气', sku: '灰色\\\\40码', code: 'PBX-AIR-01', unit: '1,246.10', qty: 2 };
const BAG: DivItem = { name: '双肩包男大容量', sku: '黑色', code: 'SJB-15', unit: '132.10', qty: 1 };

describe('the 2021–22 div rows', () => {
  const page = `<div class="auxo-spin-container"><div><div>${divOrder({ id: ID1, items: [SHOES, BAG], paid: '2,624.30', status: '待发货' })}${divOrder({ id: ID2, idLabel: '订单号：', time: '下单时间：2025/07/30 09:05:00', items: [BAG], paid: '132.10', status: '已完成', styled: true })}</div></div></div>`;

  it('reads each order div: header, items with their own price and quantity, amount, buyer and status', () => {
    const { records, rejected } = read(page);
    expect(rejected).toEqual([]);
    const [a, b] = records as Order[];
    expect(a).toMatchObject({ orderId: ID1, buyer: '用户***45', placedAt: Date.UTC(2025, 3, 3, 6, 22, 1), status: 'paid', statusText: '待发货', paidFen: 262430 });
    expect(a!.items).toEqual([
      { title: '跑步鞋男轻便透气', spec: '灰色 40码', outerId: 'PBX-AIR-01', quantity: 2, priceFen: 124610 },
      { title: '双肩包男大容量', spec: '黑色', outerId: 'SJB-15', quantity: 1, priceFen: 13210 },
    ]);
    expect(b).toMatchObject({ orderId: ID2, placedAt: Date.UTC(2025, 6, 30, 1, 5, 0), status: 'completed', paidFen: 13210 });
  });

  it('never reads the remarks footer or the receiver', () => {
    const { raw } = read(page);
    expect(raw.map((o) => o.items.length)).toEqual([2, 1]);
    const out = JSON.stringify(raw);
    for (const text of ['王**', '1********35', '浙江省', '一起发']) expect(out).not.toContain(text);
  });

  it('pairs prices drawn in a column of their own with the items in order', () => {
    const columns = page.replace(/<\/div><div class="index_cell__6jtb6"><div class="table_comboAmount/g, '</div></div><div class="index_cellRow__x"><div class="index_cell__6jtb6"><div class="table_comboAmount');
    const { records, rejected } = read(columns);
    expect(rejected).toEqual([]);
    expect((records as Order[])[0]!.items.map((i) => [i.quantity, i.priceFen])).toEqual([[2, 124610], [1, 13210]]);
  });

  it('stores nothing and returns no rows when the page has no order div', () => {
    expect(extractOrders(doc('<div class="index_tableRow__3HGIM"><div class="auxo-empty-description">暂无数据</div></div>'))).toEqual([]);
  });
});
