// @vitest-environment jsdom
import { parseOrderRow, parseProductRow } from '../../../../lib/domain';
import { extractOrders, extractProducts } from '../../../../lib/platforms/pdd/extract';

// Each structure research/real-evidence.md lists for the PDD consoles, drawn as the evidence describes it.

const doc = (body: string) => new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
const ctx = { platform: 'pdd' as const, url: 'u', capturedAt: Date.UTC(2026, 0, 10) };
const CSS = '.beast-core-ellipsis-1 { overflow: hidden; text-overflow: ellipsis; }';

describe('pdd orders, 2026 BeastCore: header rows of ≤2 cells and data rows in shared tbodies', () => {
  const td = (html: string) => `<td class="TB_td_5-117-0" data-testid="beast-core-table-td">${html}</td>`;
  const head = (sn: string, time: string) =>
    `<tr class="TB_tr_5-120-1">${td(`<span>订单编号：${sn}</span> <a>复制</a>`)}<td class="TB_td_5-117-0" colspan="6">下单时间：${time}</td></tr>`;
  const data = (title: string, id: string, qty: string, buyer: string, paid: string, status: string) =>
    `<tr class="TB_tr_5-120-1" data-testid="beast-core-table-body-tr">${td(
      `<div class="goods-record-container"><img src="x"><div><div class="beast-core-ellipsis-1">${CSS}${title}</div><div>ID: ${id}</div><div>¥${(Number(paid) / Number(qty)).toFixed(2)}</div><div>默认</div></div></div>`,
    )}${td(qty)}${td(buyer)}${td(`<span>实收款：</span><span>¥${paid}</span> <span>(含运费：¥0.00)</span>`)}${td(
      '<div>张*</div><div>138****0000</div><div>浙江省杭州市***</div><a>复制完整信息</a> <a>隐私号</a>',
    )}${td(status)}</tr>`;
  const page = () =>
    doc(`<div data-testid="beast-core-table" class="TB_outerWrapper_5-120-1"><table class="TB_tableWrapper_5-188-0">
      <thead><tr><th>商品</th><th>数量</th><th>买家</th><th>实收金额(元)</th><th>收货信息</th><th>订单状态</th></tr></thead>
      <tbody data-testid="beast-core-table-middle-tbody">
        ${head('260105-123456789012345678', '2026-01-05 10:00:00')}
        ${data('保温杯', '600000000001', '2', 'tb_88***', '59.80', '待发货')}
        <tr class="TB_tr_5-120-1"><td colspan="6"><div>此订单需要平台人工审核，请暂时不要发货</div></td></tr>
        ${head('260105-123456789012345679', '2026-01-05 11:00:00')}
      </tbody>
      <tbody data-testid="beast-core-table-middle-tbody">
        ${data('数据线', '600000000002', '1', '快乐***', '12.50', '已发货，待签收')}
        ${data('充电头', '600000000003', '1', '快乐***', '12.50', '退款成功')}
      </tbody></table></div>`);

  it('cuts orders at their header rows across tbodies, skips the risk notice, strips leaked CSS', () => {
    const rows = extractOrders(page());
    expect(rows.map((r) => [r.orderId, r.placedAt, r.buyer, r.status, r.items.map((i) => i.title)])).toEqual([
      ['260105-123456789012345678', '2026-01-05 10:00:00', 'tb_88***', '待发货', ['保温杯']],
      ['260105-123456789012345679', '2026-01-05 11:00:00', '快乐***', '已发货，待签收', ['数据线', '充电头']],
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/张|138|浙江|ellipsis|此订单/);
  });

  it('keeps an item row status of 退款成功 on that item: the order keeps its own status', () => {
    const [, second] = extractOrders(page());
    expect(second!.items.map((i) => i.afterSale)).toEqual([undefined, '退款成功']);
    const parsed = parseOrderRow(second!, 1, ctx);
    expect(parsed.ok && [parsed.record.status, parsed.record.statusText, parsed.record.paidFen]).toEqual(['shipped', '已发货，待签收 退款成功', 1250]);
  });
});

describe('pdd orders, 2022 #order-content: one tbody per order', () => {
  const tbody = (sn: string, label: boolean) => `<tbody>
    <tr><td colspan="6">${label ? '订单编号：' : ''}<a data-clipboard-text="${sn}">复制</a> 成交时间：2022-03-01 10:00:00</td></tr>
    <tr><td><input type="checkbox"></td><td><div>蓝牙耳机</div><div>ID:868025848355</div><div>曜石黑</div></td><td>待发货</td><td>2</td><td>350.20</td><td>350.20</td>
      <td><a>查看</a> <a data-clipboard-text="王五\n13900000000\n北京市">复制完整信息</a></td><td>向日葵</td></tr></tbody>`;

  it('reads the order sn from the 复制 link when the text shows none, and the cells in the research order from the goods cell', () => {
    for (const label of [true, false]) {
      const rows = extractOrders(doc(`<table id="order-content">${tbody('220301-111111111111111', label)}${tbody('220301-222222222222222', label)}</table>`));
      expect(rows.map((r) => r.orderId)).toEqual(['220301-111111111111111', '220301-222222222222222']);
      expect(rows[0]).toMatchObject({ status: '待发货', paid: '350.20', buyer: '向日葵', placedAt: '2022-03-01 10:00:00' });
      expect(rows[0]!.items).toEqual([{ title: '蓝牙耳机', spec: '曜石黑', productId: '868025848355', quantity: '2', price: '175.10' }]);
      expect(JSON.stringify(rows)).not.toMatch(/王五|139|北京/);
    }
  });
});

describe('pdd orders: paid cell labels and the 合并发货 page', () => {
  it('reads 实收款 by its label even when 含运费 comes first', () => {
    const page = doc(`<table><thead><tr><th>商品</th><th>订单状态</th><th>数量</th><th>实收金额</th><th>买家昵称</th></tr></thead></table>
      <div><div>订单编号：250731-430243166735132 订单成交时间：2025-07-31 08:01:09</div>
      <table><tr><td><img src="x"><div><div>T恤</div><div>ID：881221030717</div><div>¥53.90</div></div></td><td>待发货</td><td>1</td>
        <td>含运费：¥6.00 实收款：¥59.90</td><td>开心果</td></tr></table></div>`);
    const parsed = parseOrderRow(extractOrders(page)[0]!, 0, ctx);
    expect(parsed.ok && parsed.record.paidFen).toBe(5990);
  });

  it('never takes a 合并发货 group row for an order or an item', () => {
    const page = doc(`<table><thead><tr><th>商品</th><th>订单状态</th><th>数量</th><th>实收金额</th><th>买家</th></tr></thead><tbody>
      <tr><td colspan="3">买家信息：开心*** 合并发货</td><td colspan="2">合并发货 2 单</td></tr>
      <tr><td colspan="5">订单编号：250731-430243166735132 成交时间：2025-07-31 08:00:00</td></tr>
      <tr><td><img src="x"><div><div>T恤</div><div>ID: 881221030717</div><div>¥53.90</div></div></td><td>待发货</td><td>1</td><td>53.90</td><td>开心***</td></tr>
      <tr><td colspan="3">买家信息：开心*** 合并发货</td><td colspan="2">合并发货 2 单</td></tr>
      <tr><td colspan="5">订单编号：250731-430243166735133 成交时间：2025-07-31 08:00:00</td></tr>
      <tr><td><img src="x"><div><div>短裤</div><div>ID: 881221030718</div><div>¥33.90</div></div></td><td>待发货</td><td>1</td><td>33.90</td><td>开心***</td></tr>
      </tbody></table>`);
    const rows = extractOrders(page);
    expect(rows.map((r) => [r.orderId, r.items.map((i) => i.title)])).toEqual([
      ['250731-430243166735132', ['T恤']],
      ['250731-430243166735133', ['短裤']],
    ]);
    expect(rows.every((r) => parseOrderRow(r, 0, ctx).ok)).toBe(true);
  });
});

describe('pdd goods list eras', () => {
  it('reads the 2024 list: data-testid rows and cells, .goods-id > :first-child, .goods-name, status from the active tab', () => {
    const cell = (html: string) => `<td data-testid="beast-core-table-td" class="TB_td_5-119-0">${html}</td>`;
    const page = doc(`<div class="TAB_outerWrapper_5-120-1"><div class="TAB_tabItem_5-120-1">全部</div><div class="TAB_tabItem_5-120-1 TAB_active_5-120-1">已下架</div></div>
      <table><thead><tr><th></th><th>商品信息</th><th>价格(元)</th><th>库存</th><th>总销量</th><th>30日销量</th><th>商家编码</th><th>创建时间</th></tr></thead><tbody>
      <tr data-testid="beast-core-table-body-tr">${cell('<input type="checkbox">')}${cell(
        '<div><img src="x"><div><a class="goods-name_1aB">面膜10片装</a><div class="goods-id_1aB"><span>761333614133</span><span>复制</span></div></div></div>',
      )}${cell('¥60.70')}${cell('0')}${cell('3,400')}${cell('12')}${cell('MM-HA10')}${cell('2024-05-01 09:30')}</tr></tbody></table>`);
    const [row] = extractProducts(page);
    expect(row).toMatchObject({ productId: '761333614133', title: '面膜10片装', price: '¥60.70', stock: '0', sales30d: '12', listedAt: '2024-05-01 09:30', status: '已下架', outerId: 'MM-HA10' });
    const parsed = parseProductRow(row!, 0, ctx);
    expect(parsed.ok && [parsed.record.status, parsed.record.sales30d]).toEqual(['off_shelf', 12]);
  });

  it('reads the older .table-content list: td[0] checkbox, the creation time followed by 销售中', () => {
    const page = doc(`<div class="table-content"><table><tbody>
      <tr><td><input type="checkbox"></td><td><img src="x"><div><div>纯棉短袖T恤</div><div>ID: 881221030717</div></div></td><td>¥53.90</td><td>80</td>
        <td>1</td><td>2</td><td>3</td><td>4</td><td><div>2019-05-01 12:00:00</div><div>销售中</div></td></tr></tbody></table></div>`);
    const [row] = extractProducts(page);
    expect(row).toMatchObject({ productId: '881221030717', title: '纯棉短袖T恤', listedAt: '2019-05-01 12:00:00', status: '销售中' });
  });
});
