// @vitest-environment jsdom
import { parseRows, type Order, type Product } from '../../../../lib/domain';
import { extractOrders, extractProducts } from '../../../../lib/platforms/douyin/extract';

const ctx = { platform: 'douyin' as const, url: 'https://fxg.jinritemai.com/ffa/morder/order/list', capturedAt: Date.UTC(2025, 7, 1) };
const doc = (body: string) => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');

// ---- order list: hand-written variants of the auxo tree table (research §2.2) ----

const HEAD = ['', '商品', '单价/数量', '售后', '实付金额', '买家/收货信息', '订单状态', '操作'];
const thead = (cols = HEAD) => `<thead class="auxo-table-thead"><tr>${cols.map((c) => `<th>${c}</th>`).join('')}</tr></thead>`;

interface ItemOpts { name?: string; spec?: string; pid?: string; code?: string; price?: string; qty?: string; after?: string }
const item = (o: ItemOpts = {}) =>
  `<td class="auxo-table-cell"></td>
   <td class="auxo-table-cell"><div class="style_detail__Q1"><div class="style_name__Zx9">${o.name ?? '蓝牙耳机真无线降噪'}</div>
     <div class="style_property__aa"><div class="style_desc__k2">${o.spec ?? '颜色:曜石黑'}</div></div>
     <div>商品ID：${o.pid ?? '3124655253811785707'}</div><div><span>商家编码：</span><span>${o.code ?? 'EJ-BT5-01'}</span></div></div></td>
   <td class="auxo-table-cell"><div class="table_comboAmount__Ab1">${o.price ?? '¥189.10'}</div><div class="table_comboNum__Cd2">${o.qty ?? 'x1'}</div></td>
   <td class="auxo-table-cell">${o.after ?? '-'}</td>`;
const orderCells = (n: number, paid = '<div class="index_payAmount__9Zq">¥378.20</div><div>(含运费¥0.00)</div>', status = '已发货') =>
  `<td rowspan="${n}">${paid}</td>
   <td rowspan="${n}"><a class="table_nickname__7Yt">用户***45</a><div class="index_locationDetail__Pp0"><div>生***</div><div>1********35</div><div>浙江省杭州市西湖区********</div></div></td>
   <td rowspan="${n}"><div>${status}</div><div>查看物流</div></td><td rowspan="${n}"><a>订单详情</a><a>下架</a></td>`;
const head = (id: string, time = '2025/04/03 14:22:01') =>
  `<tr class="auxo-table-row auxo-table-row-level-0 index_table-row__Zz1" data-row-key="${id}"><td></td><td colspan="7">
    <span class="auxo-pair-head-wrapper"><div class="index_leftWrapper__Q0"><span class="index_text__A1">订单编号&nbsp;${id}</span><span class="index_text__A1">下单时间&nbsp;${time}</span></div></span></td></tr>`;
const itemRow = (id: string, n: number, cells: string) =>
  `<tr class="auxo-table-row auxo-table-row-level-1" data-row-key="${id}_child_${n}">${cells}</tr>`;
const remark = (id: string, text = '订单编号 6912 写错了，x2 补差价¥5') =>
  `<tr class="auxo-table-row auxo-table-row-level-1 auxo-pair-group-row-last" data-row-key="${id}"><td colspan="8"><div class="index_footerContent__b">商家备注 -</div><div class="index_footerContent__b"><span>买家留言</span><span>${text}</span></div></td></tr>`;
const table = (rows: string, cols = HEAD) =>
  `<div class="auxo-table-container"><div class="auxo-table-content"><table>${thead(cols)}<tbody class="auxo-table-tbody">
   <tr aria-hidden="true" class="auxo-table-measure-row"><td></td><td></td></tr>${rows}</tbody></table></div></div>`;

const ID1 = '6921804373719182450';
const ID2 = '6930011122233344455';
const twoOrders =
  head(ID1) +
  itemRow(ID1, 0, item({ qty: 'x2', after: '<div>退款中</div><a>查看详情</a>' }) + orderCells(2)) +
  itemRow(ID1, 1, item({ name: '玻尿酸补水保湿面膜', spec: '规格:10片装', pid: '3416557446684826079', code: '-', price: '¥65.60', qty: 'x3', after: '退款中' })) +
  remark(ID1) +
  head(ID2, '2025/07/30 09:05:00') +
  itemRow(ID2, 0, item() + orderCells(1, '<div>抖音支付</div><div class="index_payAmount__9Zq">¥189.10</div>', '已完成')) +
  remark(ID2);

function orders(html: string) {
  const raw = extractOrders(doc(html));
  return { raw, ...parseRows('orders', raw, ctx) };
}

describe('extractOrders', () => {
  it('reads each order header with its item rows and the row-spanned cells', () => {
    const { raw, records, rejected } = orders(table(twoOrders));
    expect(rejected).toEqual([]);
    expect(raw).toHaveLength(2);
    const [a, b] = records as Order[];
    expect(a!.orderId).toBe(ID1);
    expect(a!.placedAt).toBe(Date.UTC(2025, 3, 3, 6, 22, 1));
    expect(a!.buyer).toBe('用户***45');
    expect(a!.paidFen).toBe(37820);
    expect(a!.status).toBe('refunding');
    expect(a!.statusText).toBe('已发货 退款中');
    expect(a!.items).toEqual([
      { title: '蓝牙耳机真无线降噪', spec: '颜色:曜石黑', productId: '3124655253811785707', outerId: 'EJ-BT5-01', quantity: 2, priceFen: 18910 },
      { title: '玻尿酸补水保湿面膜', spec: '规格:10片装', productId: '3416557446684826079', quantity: 3, priceFen: 6560 },
    ]);
    expect(b!.orderId).toBe(ID2);
    expect(b!.status).toBe('completed');
    expect(b!.statusText).toBe('已完成');
    expect(b!.paidFen).toBe(18910);
    expect(b!.items).toHaveLength(1);
  });

  it('never carries the masked receiver name, phone or address into what it returns', () => {
    const { raw } = orders(table(twoOrders));
    const out = JSON.stringify(raw);
    for (const pii of ['生***', '1********35', '浙江省杭州市西湖区']) expect(out).not.toContain(pii);
  });

  it('passes over remark rows, even when a message mentions 订单号, prices or quantities', () => {
    const { raw } = orders(table(twoOrders));
    expect(raw.map((r) => r.items.length)).toEqual([2, 1]);
  });

  it('passes over a remark row by its kit class, whatever its text', () => {
    const odd = `<tr class="auxo-table-row auxo-table-row-level-1 auxo-pair-group-row-last" data-row-key="${ID2}"><td colspan="8"><span>订单编号 ${ID1} 的赠品一起发</span></td></tr>`;
    const { raw } = orders(table(head(ID2) + itemRow(ID2, 0, item() + orderCells(1)) + odd));
    expect(raw.map((r) => r.orderId)).toEqual([ID2]);
  });

  it('passes over a remark row drawn without the kit class', () => {
    const bare = remark(ID2).replace(' auxo-pair-group-row-last', '').replace('auxo-table-row-level-1', 'auxo-table-row');
    const { raw } = orders(table(head(ID2) + itemRow(ID2, 0, item() + orderCells(1)) + bare));
    expect(raw.map((r) => r.orderId)).toEqual([ID2]);
  });

  it('copes with other hash suffixes, a header table apart from the body and labels split from values', () => {
    const row =
      `<tr class="auxo-table-row auxo-table-row-level-0 index_table-row__ULgxX" data-row-key="${ID1}"><td colspan="8"><div class="index_leftWrapper__x7Yq2">` +
      `<span class="index_text__3y09K"><span>订单编号</span><span>${ID1}</span></span><span class="index_text__3y09K"><span>下单时间：</span><span>2025-04-03 14:22</span></span></div></td></tr>` +
      itemRow(ID1, 0, item({ pid: '3124655253811785707' }).replace('style_name__Zx9', 'style_name__0aBcD') + orderCells(1).replace('index_payAmount__9Zq', 'index_payAmount__2WjWz'));
    const html = `<div class="auxo-table-header"><table>${thead()}</table></div><div class="auxo-table-body"><table><tbody>${row}</tbody></table></div>`;
    const { records, rejected } = orders(html);
    expect(rejected).toEqual([]);
    const [o] = records as Order[];
    expect(o!.orderId).toBe(ID1);
    expect(o!.placedAt).toBe(Date.UTC(2025, 3, 3, 6, 22, 0));
    expect(o!.statusText).toBe('已发货');
    expect(o!.paidFen).toBe(37820);
  });

  it('falls back to the header columns when the kit classes are gone', () => {
    const cells =
      `<td></td><td><div>跑步鞋男轻便透气</div><div>颜色:灰色 尺码:40 x2</div><div>商家编码：PBX-AIR-01</div></td><td>¥246.10 x2</td><td>-</td>` +
      `<td><div>抖音支付</div><div>¥492.20</div><div>(含运费¥0.00)</div></td><td><a>追光的人</a><div class="index_locationDetail__q">王***</div></td><td><div>待发货</div><div>剩余 1天23小时 发货</div></td><td></td>`;
    const { records, rejected } = orders(table(head(ID1) + `<tr class="auxo-table-row auxo-table-row-level-1" data-row-key="${ID1}_child_0">${cells}</tr>`));
    expect(rejected).toEqual([]);
    const [o] = records as Order[];
    expect(o!.buyer).toBe('追光的人');
    expect(o!.paidFen).toBe(49220);
    expect(o!.status).toBe('paid');
    expect(o!.statusText).toBe('待发货');
    expect(o!.items).toEqual([{ title: '跑步鞋男轻便透气', spec: '颜色:灰色 尺码:40', outerId: 'PBX-AIR-01', quantity: 2, priceFen: 24610 }]);
  });

  it('never takes the receiver name for the buyer when no nickname is shown', () => {
    const noNick = orderCells(1).replace('<a class="table_nickname__7Yt">用户***45</a>', '');
    const { raw, rejected } = orders(table(head(ID1) + itemRow(ID1, 0, item() + noNick)));
    expect(raw[0]!.buyer).toBe('');
    expect(rejected[0]!.problems).toEqual([{ field: 'buyer', problem: 'missing', raw: '' }]);
  });

  it('finds the status word without a 订单状态 header', () => {
    const cols = ['', '商品', '单价/数量', '售后', '实付金额', '买家', '', '操作'];
    const { records } = orders(table(head(ID2) + itemRow(ID2, 0, item() + orderCells(1, undefined, '已关闭')), cols));
    expect((records as Order[])[0]!.status).toBe('closed');
  });

  it('reports an order whose amount is missing instead of storing 0', () => {
    const html = table(twoOrders + head(ID1.replace('0', '9')) + itemRow('x', 0, item() + orderCells(1, '<div class="index_payAmount__9Zq">--</div>')) + head('6900000000000000001') + itemRow('y', 0, item() + orderCells(1, '')));
    const { records, rejected } = orders(html);
    expect(records).toHaveLength(2);
    expect(rejected.map((r) => r.problems)).toEqual([
      [{ field: 'paid', problem: 'invalid', raw: '--' }],
      [{ field: 'paid', problem: 'missing', raw: '' }],
    ]);
    expect(rejected[1]!.key).toBe('6900000000000000001');
  });

  it('reports an item whose name cannot be read, and an empty 商品ID without taking the next label', () => {
    const html = table(head(ID1) + itemRow(ID1, 0, item({ name: '', pid: '' }) + orderCells(1)));
    const { raw, rejected } = orders(html);
    expect(raw[0]!.items[0]!.productId).toBe('');
    expect(raw[0]!.items[0]!.outerId).toBe('EJ-BT5-01');
    expect(rejected[0]!.problems).toEqual([{ field: 'items[0].title', problem: 'missing', raw: '' }]);
  });

  it('returns nothing for the empty state', () => {
    const empty = `<div class="auxo-table-content"><table>${thead()}<tbody class="auxo-table-tbody"><tr class="auxo-table-placeholder"><td colspan="8"><div class="auxo-empty-description">暂无数据</div></td></tr></tbody></table></div>`;
    expect(extractOrders(doc(empty))).toEqual([]);
    expect(extractOrders(doc('<div>订单管理</div>'))).toEqual([]);
  });
});

// ---- product list: variants of the ecom-g table (research §2.3) ----

const PHEAD = ['', '商品信息', '商家编码', '价格', '总库存', '30日销量', '状态', '创建时间', '操作'];
const PID = '3654508619460102466';
const info = (id = PID, title = '全棉床上四件套60支长绒棉被套床单', extra = '') =>
  `<div class="style_info__q"><a class="style_title__Zz" href="/ffa/g/create?product_id=${id}">${title}</a><div class="style_id__w"><span>ID:</span><span>${id}</span></div>${extra}</div>`;
const prow = (cells: string[], key = PID, cls = 'ecom-g-table-row ecom-g-table-row-level-0') =>
  `<tr data-row-key="${key}" class="${cls}">${cells.map((c) => `<td class="ecom-g-table-cell">${c}</td>`).join('')}</tr>`;
const standard = (o: { price?: string; id?: string; title?: string } = {}) =>
  ['', info(o.id, o.title), 'SJT-60S', o.price ?? '￥474.10 ~ ￥484.10', '4<a>编辑</a>', '81', '<span>在售中</span>', '2025/06/13 07:00:48', '<a>编辑</a><a>下架</a>'];
const ptable = (rows: string, cols = PHEAD) =>
  `<div class="ecom-g-table-header"><table><thead class="ecom-g-table-thead"><tr>${cols.map((c) => `<th>${c}</th>`).join('')}</tr></thead></table></div>` +
  `<div class="ecom-g-table-body"><div class="ecom-g-table-virtual-holder"><table><tbody class="ecom-g-table-tbody">${rows}</tbody></table></div></div>`;

function products(html: string) {
  const raw = extractProducts(doc(html));
  return { raw, ...parseRows('products', raw, { ...ctx, url: 'https://fxg.jinritemai.com/ffa/g/list' }) };
}

describe('extractProducts', () => {
  it('reads a product row with its header in another table, taking the lowest price of a range', () => {
    const { records, rejected } = products(ptable(prow(standard())));
    expect(rejected).toEqual([]);
    const [p] = records as Product[];
    expect(p).toMatchObject({
      productId: PID,
      skuId: '',
      title: '全棉床上四件套60支长绒棉被套床单',
      spec: '',
      outerId: 'SJT-60S',
      priceFen: 47410,
      stock: 4,
      sales30d: 81,
      status: 'on_sale',
      statusText: '在售中',
      listedAt: Date.UTC(2025, 5, 12, 23, 0, 48),
    });
  });

  it('reads 商家编码 from the product cell when it has no column, and leaves out a missing 30日销量', () => {
    const cols = ['', '商品信息', '价格', '库存', '状态', '创建时间'];
    const cells = ['', info(PID, '双肩包男大容量电脑背包', '<div>商家编码：<span>SJB-15</span></div>'), '￥132.10', '5', '已下架', '2025-01-02 03:04:05'];
    const { records, rejected } = products(ptable(prow(cells), cols));
    expect(rejected).toEqual([]);
    const [p] = records as Product[];
    expect(p!.outerId).toBe('SJB-15');
    expect(p!.status).toBe('off_shelf');
    expect(p!.sales30d).toBeUndefined();
    expect('sales30d' in p!).toBe(false);
  });

  it('takes the id from the ID: anchor, and from data-row-key when the anchor is missing', () => {
    const noAnchor = ['', '<a class="style_title__Zz">ADIDAS 运动鞋</a>', '-', '￥99.00', '1', '0', '在售中', '2025/01/01 00:00:00', ''];
    const { records } = products(ptable(prow(standard({ id: '3780146630342714562' }), 'row-0') + prow(noAnchor, '3283666321193792267')));
    expect((records as Product[]).map((p) => [p.productId, p.title, p.outerId])).toEqual([
      ['3780146630342714562', '全棉床上四件套60支长绒棉被套床单', 'SJT-60S'],
      ['3283666321193792267', 'ADIDAS 运动鞋', ''],
    ]);
  });

  it('reads ARIA div rows and skips expanded SKU sub-rows', () => {
    const cells = standard().map((c) => `<div role="cell" class="ecom-g-table-cell">${c}</div>`).join('');
    const html =
      `<div role="table"><div role="row">${PHEAD.map((h) => `<div role="columnheader">${h}</div>`).join('')}</div>` +
      `<div role="row" data-row-key="${PID}" class="ecom-g-table-row">${cells}</div></div>` +
      `<table><tbody>${prow(['', 'SKU ID 1780146630342714562', 'SJT-60S-01', '￥474.10', '2', '40', '', '', ''], `${PID}-sku`, 'ecom-g-table-row ecom-g-table-row-level-1')}</tbody></table>`;
    const { records, rejected } = products(html);
    expect(rejected).toEqual([]);
    expect((records as Product[]).map((p) => p.productId)).toEqual([PID]);
  });

  it('reports a row without a price instead of storing 0', () => {
    const { records, rejected } = products(ptable(prow(standard({ price: '' })) + prow(standard({ id: '3124655253811785707' }), '3124655253811785707')));
    expect(records).toHaveLength(1);
    expect(rejected).toEqual([{ index: 0, key: PID, text: expect.any(String), problems: [{ field: 'price', problem: 'missing', raw: '' }] }]);
  });

  it('returns nothing for the empty state', () => {
    expect(extractProducts(doc(ptable('<tr class="ecom-g-table-placeholder"><td colspan="9"><div class="ecom-g-empty">暂无数据</div></td></tr>')))).toEqual([]);
  });
});
