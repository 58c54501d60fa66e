// @vitest-environment jsdom
import { parseOrderRow } from '../../../../lib/domain';
import { extractOrders, extractProducts } from '../../../../lib/platforms/pdd/extract';

const doc = (body: string) => new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');

/** A goods cell as research §4.3 has it: `.goods-record-container > img + div` (name, ID, 商家编码, spec last). */
const goods = (name: string, id: string, lines: string[] = []) =>
  `<td><div class="goods-record-container_9Qw"><img src="x.png"><div><div>${name}</div><div>ID: ${id}</div>${lines.map((l) => `<div>${l}</div>`).join('')}</div></div></td>`;

describe('pdd extractOrders', () => {
  it('reads blocks with a separate header table, other version suffixes, split labels and row-spans', () => {
    const page = doc(`
      <table class="TB_tableWrapper_6-2-0"><thead><tr class="TB_tr_6-0-3">
        <th>商品</th><th>订单状态</th><th>数量</th><th>商品总价（元）</th><th>实收金额(元)</th><th>收货人</th><th>买家昵称</th><th>售后状态</th>
      </tr></thead></table>
      <div class="package-center-table">
        <div>
          <div><span>订单编号</span><span>：</span><span>250720-909393583813690</span> <span>订单成交时间：</span><span>2025-07-20 09:15:02</span> 承诺发货时间：2025-07-22 09:20:00</div>
          <table class="TB_tableWrapper_6-2-0"><tbody>
            <tr class="TB_tr_6-0-3">${goods('法式碎花连衣裙', '414444537067', ['<span>¥</span><span>139.90</span>', '商家编码：<b>LYQ-2503-02</b>', '蓝色碎花,M'])}
              <td rowspan="2">已发货，待签收</td><td>1</td><td>139.90</td><td rowspan="2">¥1,183.20<br>(含运费：0.00)</td>
              <td rowspan="2">张* 138****5678 <a>查看</a></td><td rowspan="2">木**子</td><td rowspan="2">退款中</td></tr>
            <tr class="TB_tr_6-0-3">${goods('白鸭绒羽绒服', '958214972858', ['¥351.10', '商家编码: YRF-2409-03', '米白,M'])}<td>3</td><td>1053.30</td></tr>
          </tbody></table>
        </div>
      </div>`);
    const rows = extractOrders(page);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      orderId: '250720-909393583813690',
      buyer: '木**子',
      placedAt: '2025-07-20 09:15:02',
      status: '已发货，待签收',
      afterSale: '退款中',
    });
    expect(row!.paid).toContain('¥1,183.20');
    expect(row!.items).toEqual([
      { title: '法式碎花连衣裙', spec: '蓝色碎花,M', productId: '414444537067', outerId: 'LYQ-2503-02', quantity: '1', price: '¥139.90' },
      { title: '白鸭绒羽绒服', spec: '米白,M', productId: '958214972858', outerId: 'YRF-2409-03', quantity: '3', price: '¥351.10' },
    ]);
    // The receiver cell is never read: neither the masked name nor the reveal link reaches the row.
    expect(JSON.stringify(row)).not.toMatch(/张\*|138/);
    const parsed = parseOrderRow(row!, 0, { platform: 'pdd', url: 'u', capturedAt: Date.UTC(2025, 7, 1) });
    expect(parsed.ok && parsed.record).toMatchObject({
      status: 'refunding',
      statusText: '已发货，待签收 退款中',
      paidFen: 118320,
      placedAt: Date.UTC(2025, 6, 20, 1, 15, 2),
      items: [{ priceFen: 13990, quantity: 1 }, { priceFen: 35110, quantity: 3 }],
    });
  });

  it('reads the research layout without any header row, by cell order, and derives the unit price from 商品总价', () => {
    const page = doc(`
      <div class="package-center-table">
        <div><div>订单编号：250731-430243166735132 订单成交时间：2025-07-31 08:01:09</div>
          <table><tr>${goods('跑步鞋男', '571269881571', ['商家编码: PBX-AIR-03', '黑色,42'])}
            <td>待发货</td><td>2</td><td>455.80</td><td>455.80</td><td>查看</td><td>拼**友</td></tr></table></div>
        <div><div>订单编号：250730-790719668024111 订单成交时间：2025-07-30 12:00:00</div>
          <table><tr>${goods('纯棉短袖T恤', '881221030717', ['白色,XL'])}
            <td>已取消</td><td>2</td><td>107.80</td><td>107.80</td><td>查看</td><td>开心果</td></tr></table></div>
      </div>`);
    const rows = extractOrders(page);
    expect(rows.map((r) => r.orderId)).toEqual(['250731-430243166735132', '250730-790719668024111']);
    expect(rows[0]).toMatchObject({ buyer: '拼**友', status: '待发货', paid: '455.80', placedAt: '2025-07-31 08:01:09' });
    expect(rows[0]!.afterSale).toBeUndefined();
    expect(rows[0]!.items).toEqual([
      { title: '跑步鞋男', spec: '黑色,42', productId: '571269881571', outerId: 'PBX-AIR-03', quantity: '2', price: '227.90' },
    ]);
    expect(rows[1]!.items[0]).toEqual({ title: '纯棉短袖T恤', spec: '白色,XL', productId: '881221030717', quantity: '2', price: '53.90' });
  });

  it('reads one tbody per order with the head row inside the table, and skips remark rows', () => {
    const page = doc(`
      <table id="order-content">
        <thead><tr><th>商品信息</th><th>数量</th><th>商品总价</th><th>订单状态</th><th>实付金额</th><th>买家</th><th>售后</th></tr></thead>
        <tbody>
          <tr><td colspan="7">订单号：250727-618168681368743　成交时间：2025/07/27 13:45</td></tr>
          <tr>${goods('蓝牙耳机', '868025848355', ['¥175.10', '曜石黑'])}<td>3</td><td>525.30</td><td>已签收</td><td>515.30</td><td>向日葵</td><td>-</td></tr>
          <tr><td colspan="7">买家留言：请发顺丰</td></tr>
        </tbody>
        <tbody>
          <tr><td colspan="7">订单号：250727-622901460198565　成交时间：2025/07/27 10:02</td></tr>
          <tr>${goods('数据线', '320247796866', ['¥26.30', '1米'])}<td>2</td><td>52.60</td><td>已签收</td><td>52.60</td><td>快乐每一天</td><td>无售后</td></tr>
        </tbody>
      </table>`);
    const rows = extractOrders(page);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ orderId: '250727-618168681368743', placedAt: '2025/07/27 13:45', status: '已签收', paid: '515.30', buyer: '向日葵' });
    expect(rows[0]!.items).toHaveLength(1);
    expect(rows[0]!.items[0]).toMatchObject({ title: '蓝牙耳机', spec: '曜石黑', quantity: '3', price: '¥175.10' });
    expect(rows[1]).toMatchObject({ orderId: '250727-622901460198565', buyer: '快乐每一天', paid: '52.60' });
    expect(rows.every((r) => r.afterSale === undefined)).toBe(true);
  });

  it('keeps an order whose amount is missing, with the field empty so it is rejected', () => {
    const page = doc(`
      <div><div>订单编号：250731-899006496968978</div><div>订单成交时间：2025-07-31 06:00:00</div>
        <table><tr>${goods('T恤', '881221030717', ['¥53.90', '黑色,2XL'])}<td>已发货，待签收</td><td>1</td><td>53.90</td><td></td><td>查看</td><td>一**春</td><td>无售后</td></tr></table></div>`);
    const [row] = extractOrders(page);
    expect(row!.paid).toBe('');
    const parsed = parseOrderRow(row!, 0, { platform: 'pdd', url: 'u', capturedAt: Date.UTC(2025, 7, 1) });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.rejected.problems).toEqual([{ field: 'paid', problem: 'missing', raw: '' }]);
  });

  it('rejects rather than drops: an order head without goods rows, goods rows without an order number', () => {
    const page = doc(`
      <div><div>订单编号：</div><div>订单成交时间：2025-07-31 06:00:00</div>
        <table><tr>${goods('T恤', '881221030717', ['¥53.90'])}<td>待发货</td><td>1</td><td>53.90</td><td>53.90</td><td>查看</td><td>微笑</td></tr></table></div>
      <div><div>订单编号：250722-300237304501632</div><div>订单成交时间：2025-07-22 10:00:00</div></div>`);
    const rows = extractOrders(page);
    expect(rows.map((r) => [r.orderId, r.items.length])).toEqual([
      ['', 1],
      ['250722-300237304501632', 0],
    ]);
    const ctx = { platform: 'pdd' as const, url: 'u', capturedAt: Date.UTC(2025, 7, 1) };
    expect(rows.map((r, i) => parseOrderRow(r, i, ctx).ok)).toEqual([false, false]);
  });

  it('ignores the search form 订单编号 label and order numbers in embedded page state', () => {
    const page = doc(`
      <form><div label="订单编号"><label>订单编号</label><input placeholder="请输入订单编号"></div>
        <div><label>成交时间</label><span>2025-05-03 00:00:00 ~ 2025-08-01 23:59:59</span></div></form>
      <div class="package-center-table"><div class="TB_empty_5-120-1">暂无数据</div></div>
      <script type="application/json">["<div>订单编号：250731-662525154951775</div>"]</script>
      <script>window.rawData = { orderSn: '订单编号：250731-430243166735132' };</script>`);
    expect(extractOrders(page)).toEqual([]);
  });

  it('does not divide an order-level 商品总价 across lines: the price stays empty', () => {
    const page = doc(`
      <div><div>订单编号：250718-608185875504050 订单成交时间：2025-07-18 09:00:00</div>
        <table>
          <tr>${goods('数据线', '320247796866', ['1米'])}<td rowspan="2">已签收</td><td>1</td><td rowspan="2">80.20</td><td rowspan="2">80.20</td><td rowspan="2">查看</td><td rowspan="2">微笑</td></tr>
          <tr>${goods('T恤', '881221030717', ['白色,XL'])}<td>1</td></tr>
        </table></div>`);
    const [row] = extractOrders(page);
    expect(row!.items.map((i) => [i.title, i.quantity, i.price])).toEqual([
      ['数据线', '1', ''],
      ['T恤', '1', ''],
    ]);
  });

  it('reads an order head drawn in the thead of the order table', () => {
    const page = doc(`
      <table><thead><tr><th colspan="7">订单编号：250711-564284748801532 <span>订单成交时间：2025-07-11 18:30:00</span></th></tr></thead>
        <tbody><tr>${goods('跑步鞋男', '571269881571', ['¥227.90', '灰色,41'])}<td>已签收</td><td>1</td><td>227.90</td><td>207.90</td><td>查看</td><td>开心果</td></tr></tbody></table>`);
    expect(extractOrders(page)).toEqual([
      expect.objectContaining({ orderId: '250711-564284748801532', placedAt: '2025-07-11 18:30:00', buyer: '开心果', paid: '207.90' }),
    ]);
  });

  it('returns nothing for an empty list page', () => {
    expect(extractOrders(doc('<div class="TB_empty_5-188-0">暂无数据</div>'))).toEqual([]);
  });
});

describe('pdd extractProducts', () => {
  const header = `<thead><tr class="TB_tr_9-9-9"><th></th><th>商品信息</th><th>价格（元）</th><th>库存</th><th>近30天销量</th><th>发布时间</th><th>商品状态</th></tr></thead>`;

  it('reads rows by header text, with the 商家编码 inside the goods cell and a price range', () => {
    const page = doc(`<table class="TB_tableWrapper_9-9-9">${header}<tbody>
      <tr class="TB_tr_9-9-9"><td><input type="checkbox"></td>
        <td><div class="goods-info_x1"><img src="x"><div><a>白鸭绒羽绒服</a><div><span>ID：</span><span>958214972858</span></div><div>商家编码：YRF-2409</div></div></div></td>
        <td>¥351.10 ~ ￥361.10</td><td>1,202</td><td>28</td><td>2025-04-10 11:59:25</td><td>在售中</td></tr>
      <tr class="TB_tr_9-9-9"><td colspan="7">没有更多了</td></tr>
      </tbody></table>`);
    expect(extractProducts(page)).toEqual([
      {
        productId: '958214972858',
        skuId: '',
        title: '白鸭绒羽绒服',
        outerId: 'YRF-2409',
        price: '¥351.10 ~ ￥361.10',
        stock: '1,202',
        sales30d: '28',
        listedAt: '2025-04-10 11:59:25',
        status: '在售中',
      },
    ]);
  });

  it('reads a header table apart from the body table, a 商家编码 column of "-", and leaves a missing price empty', () => {
    const page = doc(`
      <table class="TB_tableWrapper_5-188-0"><thead><tr><th>商品信息</th><th>商家编码</th><th>价格(元)</th><th>库存</th><th>状态</th></tr></thead></table>
      <div data-testid="beast-core-table-middle-body"><table class="TB_tableWrapper_5-188-0"><tbody>
        <tr class="TB_tr_5-120-1"><td><img src="x"><div><div>手机壳适用iPhone15</div><div>ID: 584568370903</div></div></td><td>-</td><td>--</td><td>180</td><td>已下架</td></tr>
        <tr class="TB_tr_5-120-1"><td><img src="x"><div><div>面膜10片装</div><div>ID: 761333614133</div></div></td><td>MM-HA10</td><td>¥60.70</td><td>0</td><td>已售罄</td></tr>
      </tbody></table></div>`);
    const rows = extractProducts(page);
    expect(rows.map((r) => [r.productId, r.title, r.outerId, r.price, r.stock, r.status])).toEqual([
      ['584568370903', '手机壳适用iPhone15', '-', '--', '180', '已下架'],
      ['761333614133', '面膜10片装', 'MM-HA10', '¥60.70', '0', '已售罄'],
    ]);
    expect(rows[0]!.sales30d).toBeUndefined();
    expect(rows[0]!.listedAt).toBeUndefined();
  });

  it('takes the goods id from an ID column, and ignores a 销量 column that is not the 30-day one', () => {
    const page = doc(`<table><thead><tr><th>商品信息</th><th>商品ID</th><th>价格</th><th>库存</th><th>累计销量</th><th>状态</th></tr></thead>
      <tbody><tr><td><img src="x"><span>蓝牙耳机</span></td><td>868025848355</td><td>￥175.10</td><td>127</td><td>3,400</td><td>在售中</td></tr></tbody></table>`);
    const [row] = extractProducts(page);
    expect(row).toMatchObject({ productId: '868025848355', title: '蓝牙耳机', price: '￥175.10', stock: '127', status: '在售中' });
    expect(row!.sales30d).toBeUndefined();
  });

  it('returns nothing for the empty state', () => {
    const page = doc(`<table class="TB_tableWrapper_5-188-0">${header}<tbody><tr><td colspan="7"><div class="TB_empty_5-120-1">暂无数据</div></td></tr></tbody></table>`);
    expect(extractProducts(page)).toEqual([]);
  });
});
