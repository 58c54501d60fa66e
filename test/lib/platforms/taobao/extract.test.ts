// @vitest-environment jsdom
import { parseRows } from '../../../../lib/domain';
import { extractOrderRows, extractProductRows } from '../../../../lib/platforms/taobao/extract';

const dom = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
const ctx = { platform: 'taobao' as const, url: 'https://myseller.taobao.com/', capturedAt: Date.UTC(2025, 7, 1) };

const HEAD = ['宝贝', '单价', '数量', '售后', '买家', '交易状态', '实收款', '评价'];
const headerTable = (cols = HEAD) => `<div class="next-table-header"><table><thead><tr>${cols.map((c) => `<th><div class="next-table-cell-wrapper">${c}</div></th>`).join('')}</tr></thead></table></div>`;

describe('extractOrderRows — Qianniu layout variants', () => {
  // Different hash suffixes than the demo pages, label and value in one text node, half-width colons, a
  // masked buyer, two items with buyer/status/amount row-spanned, after-sales on the second item only, and a
  // remark row that is not an item.
  const twoItems = `<div class="next-table next-table-small"><div class="next-table-inner">${headerTable()}
    <div class="next-table-body"><table><tbody>
      <tr><td colspan="8"><div class="sold_table-header-box--x9Q">订单号:4111222333444555666 创建时间:2025/06/01 09:30</div></td></tr>
      <tr>
        <td><a href="https://detail.tmall.com/item.htm?id=640585419897"><img></a><a class="sold_title--a1" href="https://detail.tmall.com/item.htm?id=640585419897">法式碎花连衣裙</a>
          <div class="sold_sku-desc--b2">颜色分类:蓝色碎花;尺码:M</div><div class="sold_extra-desc--c3">商家编码: LYQ-2503-02</div></td>
        <td>¥159.00</td><td>1</td><td></td>
        <td rowspan="2"><span class="sold_ww-box--d4">t**9</span></td>
        <td rowspan="2"><div>卖家已发货，等待买家确认</div><div><a>查看物流</a></div></td>
        <td rowspan="2"><div>￥338.00</div><div>（含快递：￥20.00）</div></td>
        <td rowspan="2"></td>
      </tr>
      <tr>
        <td><a href="//item.taobao.com/item.htm?id=260924651882">纯棉短袖T恤</a><div class="sold_sku-desc--b2"><span>颜色分类：白色</span><span>尺码：L</span></div></td>
        <td><del>¥69.00</del> ¥159.00</td><td>x1</td><td><a>退款中</a></td>
      </tr>
      <tr><td colspan="8">卖家备注：送小样</td></tr>
    </tbody></table></div></div></div>`;

  it('reads one order with row-spanned cells, field by field', () => {
    const rows = extractOrderRows(dom(twoItems));
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row!.orderId).toBe('4111222333444555666');
    expect(row!.placedAt).toBe('2025/06/01 09:30');
    expect(row!.buyer).toBe('t**9');
    expect(row!.status).toBe('卖家已发货，等待买家确认');
    expect(row!.afterSale).toBeUndefined(); // the 售后 cell is the item's own
    expect(row!.paid).toBe('￥338.00');
    expect(row!.items).toEqual([
      { title: '法式碎花连衣裙', spec: '颜色分类:蓝色碎花;尺码:M', productId: '640585419897', outerId: 'LYQ-2503-02', quantity: '1', price: '¥159.00' },
      { title: '纯棉短袖T恤', spec: '颜色分类:白色;尺码:L', productId: '260924651882', quantity: 'x1', price: '¥159.00', afterSale: '退款中' },
    ]);
  });

  it('parses it into a refunding order paid ¥338.00 (the 含快递 note is not the amount)', () => {
    const { records, rejected } = parseRows('orders', extractOrderRows(dom(twoItems)), ctx);
    expect(rejected).toEqual([]);
    expect(records[0]).toMatchObject({ status: 'refunding', statusText: '卖家已发货，等待买家确认 退款中', paidFen: 33800 });
  });

  it('reads columns by header text, not position', () => {
    const swapped = ['宝贝', '数量', '单价', '售后', '交易状态', '买家', '实收款'];
    const html = `${headerTable(swapped)}<div class="next-table-body"><table><tbody>
      <tr><td colspan="7"><span>订单号：</span><span>4222333444555666777</span><span class="sold_create-time__zz">创建时间：</span><span>2025-05-02 08:00:00</span></td></tr>
      <tr><td><a href="//item.taobao.com/item.htm?id=849234398413">蓝牙耳机</a></td><td>2</td><td>¥199.00</td><td></td><td>交易成功</td><td>梦***3</td><td>¥398.00</td></tr>
    </tbody></table></div>`;
    const [row] = extractOrderRows(dom(html));
    expect(row).toMatchObject({ orderId: '4222333444555666777', placedAt: '2025-05-02 08:00:00', buyer: '梦***3', status: '交易成功', paid: '¥398.00' });
    expect(row!.items[0]).toMatchObject({ quantity: '2', price: '¥199.00', productId: '849234398413' });
  });

  it('reads several orders drawn as rows of one table with its own thead', () => {
    const order = (id: string, buyer: string) => `
      <tr class="order-hd"><td colspan="7">订单号：${id}　创建时间：2025-05-0${id.slice(-1)} 10:00:00</td></tr>
      <tr><td><a href="//item.taobao.com/item.htm?id=550138168571">双肩包</a><p>商家编码：SJB-15-01</p></td><td>¥139.00</td><td>1</td><td></td><td>${buyer}</td><td>交易成功</td><td>¥139.00</td></tr>`;
    const html = `<table><thead><tr>${HEAD.slice(0, 7).map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
      ${order('4000000000000000001', 'a**7')}${order('4000000000000000002', '晴天小猪')}</tbody></table>`;
    const rows = extractOrderRows(dom(html));
    expect(rows.map((r) => [r.orderId, r.buyer, r.placedAt])).toEqual([
      ['4000000000000000001', 'a**7', '2025-05-01 10:00:00'],
      ['4000000000000000002', '晴天小猪', '2025-05-02 10:00:00'],
    ]);
    expect(rows.map((r) => r.items.length)).toEqual([1, 1]);
  });

  it('finds an order header drawn as a div above its items table', () => {
    const html = `${headerTable()}<div class="order-list">
      <div class="order-item"><div class="order-hd"><span>订单编号</span><span>4333444555666777888</span><span>下单时间</span><span>2025-04-03 14:22:01</span></div>
      <table><tbody><tr><td><a href="//item.taobao.com/item.htm?id=718237862573">面膜</a></td><td>¥69.00</td><td>1</td><td></td><td>k**e</td><td>交易成功</td><td>¥69.00</td><td></td></tr></tbody></table></div></div>`;
    const [row] = extractOrderRows(dom(html));
    expect(row).toMatchObject({ orderId: '4333444555666777888', placedAt: '2025-04-03 14:22:01', buyer: 'k**e', paid: '¥69.00' });
  });

  it('keeps an order whose amount is missing, with the field empty, so it is rejected with a reason', () => {
    const html = `${headerTable()}<div class="next-table-body"><table><tbody>
      <tr><td colspan="8">订单号：4444555666777888999 创建时间：2025-05-02 08:00:00</td></tr>
      <tr><td><a href="//item.taobao.com/item.htm?id=849234398413">蓝牙耳机</a></td><td>¥199.00</td><td>1</td><td></td><td>l**0</td><td>交易成功</td><td></td><td></td></tr>
    </tbody></table></div>`;
    const raw = extractOrderRows(dom(html));
    expect(raw[0]!.paid).toBe('');
    const { records, rejected } = parseRows('orders', raw, ctx);
    expect(records).toEqual([]);
    expect(rejected[0]!.key).toBe('4444555666777888999');
    expect(rejected[0]!.problems).toEqual([{ field: 'paid', problem: 'missing', raw: '' }]);
  });

  it('leaves the order id empty when the header shows none, rather than taking the date for it', () => {
    const html = `${headerTable()}<div class="next-table-body"><table><tbody>
      <tr><td colspan="8"><span>订单号：</span><span>创建时间：2025-05-02 08:00:00</span></td></tr>
      <tr><td><a href="//item.taobao.com/item.htm?id=849234398413">蓝牙耳机</a></td><td>¥199.00</td><td>1</td><td></td><td>l**0</td><td>交易成功</td><td>¥199.00</td><td></td></tr>
    </tbody></table></div>`;
    const raw = extractOrderRows(dom(html));
    expect(raw).toHaveLength(1);
    expect(raw[0]!.orderId).toBe('');
    expect(raw[0]!.placedAt).toBe('2025-05-02 08:00:00');
  });

  it('does not take a table nested in an item cell for more items', () => {
    const html = `${headerTable()}<div class="next-table-body"><table><tbody>
      <tr><td colspan="8">订单号：4555666777888999000 创建时间：2025-05-02 08:00:00</td></tr>
      <tr><td><a href="//item.taobao.com/item.htm?id=849234398413">蓝牙耳机</a><table><tr><td>赠品</td><td>保护套</td><td>1</td></tr></table></td><td>¥199.00</td><td>1</td><td></td><td>l**0</td><td>交易成功</td><td>¥199.00</td><td></td></tr>
    </tbody></table></div>`;
    expect(extractOrderRows(dom(html))[0]!.items).toHaveLength(1);
  });

  it('returns no rows for the empty state, and ignores the 订单编号 search field', () => {
    const html = `<form><label>订单编号</label><input><label>创建时间</label><input></form>${headerTable()}
      <div class="next-table-body"><table><tbody><tr><td colspan="8"><div class="next-table-empty">没有符合条件的宝贝，请尝试其他搜索条件。</div></td></tr></tbody></table></div>`;
    expect(extractOrderRows(dom(html))).toEqual([]);
    expect(extractOrderRows(dom(''))).toEqual([]);
  });
});

describe('extractOrderRows — legacy list_sold_items.htm', () => {
  const legacy = `<table class="bought-table-mod__table___Zz9"><thead><tr>${HEAD.map((h) => `<th>${h}</th>`).join('')}</tr></thead></table>
    <div class="item-mod__trade-order___9xYzA trade-order-main">
      <table><tbody><tr><td><label class="item-mod__checkbox-label___k1"><span><input type="checkbox" name="orderid" value="4666777888999000111"></span><span>订单号</span><span>：</span><span>4666777888999000111</span><span> </span><span>成交时间：</span><span>2025-03-09 21:05:44</span></label></td><td></td></tr></tbody></table>
      <table><tbody><tr class="suborder-mod__item___q7">
        <td><div class="ml-mod__media___m1"><a href="//item.taobao.com/item.htm?id=227638060486"><img></a></div>
          <p><a href="//item.taobao.com/item.htm?id=227638060486"><span>白鸭绒羽绒服</span></a><a href="//trade.taobao.com/trade/detail/tradeSnap.htm?tradeID=1"><span>[交易快照]</span></a></p>
          <p><span class="production-mod__sku-item___p2"><span>颜色分类</span><span>：</span><span>黑色</span></span><span class="production-mod__sku-item___p2"><span>尺码</span><span>：</span><span>L</span></span></p>
          <p><span>商家编码：</span><span>YRF-2409-02</span></p></td>
        <td><div class="price-mod__price___r3"><p><del>￥479.00</del></p><p><span>￥</span><span>399.00</span></p></div></td>
        <td><p>1</p></td>
        <td><p><a>退款成功</a></p><p><a>钱款去向</a></p></td>
        <td><div class="buyer-mod__buyer___s4"><p><a class="buyer-mod__name___t5">冬***子</a></p><p><a><span>和我联系</span></a></p></div></td>
        <td><p><span class="text-mod__link___u6">交易关闭</span></p><p><a>详情</a></p></td>
        <td><div class="price-mod__price___r3"><p><strong><span>￥</span><span>399.00</span></strong></p><p><span>(含快递：</span><span>￥0.00</span><span>)</span></p></div></td>
        <td></td>
      </tr></tbody></table>
    </div>`;

  it('reads the label spans, the name beside 和我联系, and the price without its struck-through original', () => {
    const [row] = extractOrderRows(dom(legacy));
    expect(row).toMatchObject({
      orderId: '4666777888999000111',
      placedAt: '2025-03-09 21:05:44',
      buyer: '冬***子',
      status: '交易关闭',
      paid: '￥399.00',
    });
    expect(row!.items).toEqual([
      { title: '白鸭绒羽绒服', spec: '颜色分类:黑色;尺码:L', productId: '227638060486', outerId: 'YRF-2409-02', quantity: '1', price: '￥399.00', afterSale: '退款成功' },
    ]);
    expect(parseRows('orders', [row!], ctx).records[0]).toMatchObject({ status: 'refunded', paidFen: 39900 });
  });
});

describe('extractProductRows', () => {
  const HEADS = ['', '商品信息', '价格(元)', '库存', '累计销量', '30日销量', '创建时间', '操作'];
  const table = (rows: string, heads = HEADS) =>
    `<div class="next-table"><table role="table"><thead class="next-table-header"><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>
     <div class="next-table-lock-right"><table><tbody><tr><td><a>编辑商品</a></td><td><a>立即下架</a></td><td>复制链接</td></tr></tbody></table></div></div>`;
  const row = (o: { id: string; code?: string; price: string; stock: string; tag?: string; split?: boolean }) => `<tr class="next-table-row">
    <td><input type="checkbox"></td>
    <td><a class="title-link--v2" href="//item.taobao.com/item.htm?id=${o.id}">白鸭绒羽绒服</a>
      ${o.split ? `<span>ID:</span><span>${o.id}</span>` : `<span class="product-desc-span">ID:${o.id}</span>`}
      ${o.code ? `<span class="product-desc-span">编码：${o.code}</span>` : ''}</td>
    <td><div class="price-value"><span>${o.price}</span></div></td>
    <td><span class="quantity">${o.stock}</span></td><td>1,110</td><td><span class="text-async-label">222</span></td>
    <td><span>2025-01-26 08:52:12</span>${o.tag ? `<span class="next-tag">${o.tag}</span>` : ''}</td>
    <td><a>编辑商品</a><a>立即下架</a></td></tr>`;

  it('reads a product row field by field: price range, code, 30-day sales (not the all-time column)', () => {
    const html = table(row({ id: '227638060486', code: 'YRF-2409', price: '¥399.00 - ¥409.00', stock: '1,625', tag: '出售中' }));
    expect(extractProductRows(dom(html))).toEqual([
      {
        productId: '227638060486',
        title: '白鸭绒羽绒服',
        spec: '',
        outerId: 'YRF-2409',
        price: '¥399.00 - ¥409.00',
        stock: '1,625',
        sales30d: '222',
        status: '出售中',
        listedAt: '2025-01-26 08:52:12',
      },
    ]);
    const { records } = parseRows('products', extractProductRows(dom(html)), ctx);
    expect(records[0]).toMatchObject({ priceFen: 39900, stock: 1625, sales30d: 222, status: 'on_sale', skuId: '' });
  });

  it('reads an ID split from its label, and takes the status from the active tab when the row shows none', () => {
    const html = `<div class="next-tabs-nav"><div class="next-tabs-tab">出售中的宝贝(9)</div><div class="next-tabs-tab active">仓库中的宝贝(1)</div></div>
      ${table(row({ id: '519133249119', price: '¥88.00', stock: '34', split: true }))}`;
    const [product] = extractProductRows(dom(html));
    expect(product).toMatchObject({ productId: '519133249119', status: '仓库中', outerId: '' });
    expect(parseRows('products', [product!], ctx).records[0]).toMatchObject({ status: 'off_shelf' });
  });

  it('keeps a row whose price reads -- so it is rejected with the page text', () => {
    const html = table(row({ id: '775675537626', price: '--', stock: '24', tag: '出售中' }));
    const { records, rejected } = parseRows('products', extractProductRows(dom(html)), ctx);
    expect(records).toEqual([]);
    expect(rejected[0]).toMatchObject({ key: '775675537626', problems: [{ field: 'price', problem: 'invalid', raw: '--' }] });
  });

  it('passes over the empty state, expanded SKU rows and the locked-column copy', () => {
    expect(extractProductRows(dom(table('<tr><td colspan="8">暂无数据</td></tr>')))).toEqual([]);
    const expanded = `${row({ id: '227638060486', price: '¥399.00', stock: '5', tag: '出售中' })}
      <tr class="next-table-expanded-row"><td colspan="8"><table><tr><td>颜色分类:黑色</td><td>¥399.00</td><td>5</td></tr></table></td></tr>`;
    expect(extractProductRows(dom(table(expanded))).map((p) => p.productId)).toEqual(['227638060486']);
  });
});
