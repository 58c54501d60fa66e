// @vitest-environment jsdom
import { parseRows, type RawOrderRow } from '../../../../lib/domain';
import { extractJdOrders, extractJdProducts } from '../../../../lib/platforms/jd/extract';
import { demoShop } from '../../../fixtures/data/shop';
import { jdConsigneeTexts } from '../../../fixtures/pages/jd-orders';
import { loadPage } from '../../../support/fixtures';
import { card, cfg, ctx, dom, list, td, th, wareTable } from './html';

describe('extractJdOrders', () => {
  it('reads every field of a card, the total without the 运费 note, and no receiver data', () => {
    const [row, ...rest] = extractJdOrders(dom(list(card({}))));
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      orderId: '312345678901',
      placedAt: '2025-07-30 01:22:42',
      buyer: 'jd_***8d',
      status: '等待出库',
      paid: '¥404.00',
      items: [{ title: '蓝牙耳机真无线降噪', spec: '曜石黑', outerId: 'EJ-BT5-01', skuId: '419315862188', price: '¥199.00', quantity: 'x2' }],
    });
    expect(row!.afterSale).toBeUndefined();
    expect(JSON.stringify(row)).not.toMatch(/王\*\*|陕西|138\*\*\*\*5678/);
  });

  it('parses to the stored order: unit price, quantity, paid total in fen, Shanghai time', () => {
    const { records, rejected } = parseRows('orders', extractJdOrders(dom(list(card({})))), ctx);
    expect(rejected).toEqual([]);
    expect(records[0]).toMatchObject({
      orderId: '312345678901',
      placedAt: Date.UTC(2025, 6, 29, 17, 22, 42),
      status: 'paid',
      paidFen: 40400,
      items: [{ skuId: '419315862188', outerId: 'EJ-BT5-01', quantity: 2, priceFen: 19900 }],
    });
  });

  it('reads an unpaid order, which shows only the 下单 time', () => {
    const html = list(card({ time: '2025-07-31 23:05:10 下单', status: '<div class="order-status"><span>等待付款</span></div>' }));
    const [row] = extractJdOrders(dom(html));
    expect(row!.placedAt).toBe('2025-07-31 23:05:10');
    expect(parseRows('orders', [row!], ctx).records[0]).toMatchObject({ status: 'unpaid', placedAt: Date.UTC(2025, 6, 31, 15, 5, 10) });
  });

  it('takes after-sales words from a header tag or a status note, never from service tags', () => {
    const inTag = card({ tags: ['7天无理由退货', '退款中'], status: '<div class="order-status"><span>等待确认收货</span></div>' });
    const inNote = card({
      tags: ['7天无理由退货'],
      status: '<div class="order-status"><span>已取消</span></div><div class="after-sale-info"><span class="jd-tag"><span class="jd-tag__content">退款成功</span></span></div>',
    });
    const plain = card({ tags: ['7天无理由退货', '顺丰包邮'] });
    const rows = extractJdOrders(dom(list(inTag, inNote, plain)));
    expect(rows.map((r) => [r.status, r.afterSale])).toEqual([
      ['等待确认收货', '退款中'],
      ['已取消', '退款成功'],
      ['等待出库', undefined],
    ]);
    const { records } = parseRows('orders', rows, ctx);
    expect(records.map((r) => 'statusText' in r && [r.status, r.statusText])).toEqual([
      ['refunding', '等待确认收货 退款中'],
      ['refunded', '已取消 退款成功'],
      ['paid', '等待出库'],
    ]);
  });

  it('reads labels and values drawn as one text node, and kit parts without their inner classes', () => {
    const html = list(
      card({
        id: '<div class="shop-order-id">订单号：398975605725</div>',
        items: `<div class="sku-info-list__item">
          <div class="card-left__desc"><span class="sku-name">全棉床上四件套</span>
            <div class="config-view-item">1.8m床</div><div class="config-view-item">货号：SJT-60S-02</div><div class="config-view-item">skuId：365124448734</div></div>
          <div class="sku-info-card__right"><span>x3</span><span>￥509.00</span></div></div>`,
        receivables: '<div>¥1,527.00</div>',
        status: '<div>完成</div><div>查看物流</div>',
      }),
    );
    expect(extractJdOrders(dom(html))).toMatchObject([
      {
        orderId: '398975605725',
        status: '完成',
        paid: '¥1,527.00',
        items: [{ title: '全棉床上四件套', spec: '1.8m床', outerId: 'SJT-60S-02', skuId: '365124448734', quantity: 'x3', price: '￥509.00' }],
      },
    ]);
    const { records, rejected } = parseRows('orders', extractJdOrders(dom(html)), ctx);
    expect(rejected).toEqual([]);
    expect(records[0]).toMatchObject({ orderId: '398975605725', paidFen: 152700, status: 'completed' });
  });

  it('passes over an icon-only span before the status word', () => {
    const html = list(card({ status: '<div class="order-status"><span class="jd-icon-time"></span><span>等待出库</span></div>' }));
    expect(extractJdOrders(dom(html))[0]!.status).toBe('等待出库');
  });

  it('reads bare price and quantity numbers by position, and skips words beside them', () => {
    const items = `<div class="sku-info-list__item"><a class="sku-name">数据线</a>
      <div class="sku-info-card__right"><span>单价</span><span>29.90</span><span>数量</span><span>3</span></div></div>`;
    const [row] = extractJdOrders(dom(list(card({ items }))));
    expect(row!.items[0]).toMatchObject({ title: '数据线', price: '29.90', quantity: '3' });
  });

  it('keeps a card whose amount or price is missing, with the field empty so it is rejected', () => {
    const noAmount = card({ receivables: cfg('¥6.00', '运费') });
    const noPrice = card({
      items: `<div class="sku-info-list__item"><div class="card-left__desc"><a class="sku-name">数据线</a>${cfg('1米')}</div><div class="sku-info-card__right">${cfg('x2')}</div></div>`,
    });
    const rows = extractJdOrders(dom(list(noAmount, noPrice)));
    expect(rows.map((r) => r.paid)).toEqual(['', '¥404.00']);
    expect(rows[1]!.items[0]).toMatchObject({ price: '', quantity: 'x2' });
    const { records, rejected } = parseRows('orders', rows, ctx);
    expect(records).toEqual([]);
    expect(rejected.map((r) => r.problems)).toEqual([
      [{ field: 'paid', problem: 'missing', raw: '' }],
      [{ field: 'items[0].price', problem: 'missing', raw: '' }],
    ]);
  });

  it('rejects a card without a buyer pin without reading the receiver text into the rejection', () => {
    const html = list(card({ consignee: '<span class="cons-address-text">王**，陕西安康市紫阳县**********</span><span class="cons-mobile-phone-text">138****5678</span>' }));
    const { rejected } = parseRows('orders', extractJdOrders(dom(html)), ctx);
    expect(rejected[0]!.problems).toEqual([{ field: 'buyer', problem: 'missing', raw: '' }]);
    expect(JSON.stringify(rejected)).not.toMatch(/王\*\*|陕西|138\*\*\*\*5678/);
  });

  it('skips cards that are not orders and returns nothing on an empty list', () => {
    const loadMore = '<div class="card load-more"><button class="jd-button">加载更多</button></div>';
    expect(extractJdOrders(dom(list(card({}), loadMore)))).toHaveLength(1);
    expect(extractJdOrders(dom('<div class="jd-scrollbar__view"><div class="table-body"><div class="jd-empty"><p>暂无数据</p></div></div></div>'))).toEqual([]);
    expect(extractJdOrders(dom('<main>订单查询与跟踪</main>'))).toEqual([]);
  });

  it('finds cards outside the scroll view when the page has none, and ignores chrome cards beside the view', () => {
    expect(extractJdOrders(dom(`<div class="order-list">${card({})}${card({})}</div>`))).toHaveLength(2);
    const chrome = '<div class="card notice">订单号：999999999999 系统公告</div>';
    expect(extractJdOrders(dom(chrome + list(card({}))))).toHaveLength(1);
  });

  it('never takes the receiver name, address or phone off the demo page', () => {
    const rows: RawOrderRow[] = extractJdOrders(loadPage('jd-orders'));
    const json = JSON.stringify(rows);
    const secrets = jdConsigneeTexts(demoShop());
    expect(rows.length).toBe(demoShop().orders.jd.length);
    for (const secret of secrets) expect(json).not.toContain(secret);
    expect(json).not.toMatch(/\*{4}\d{4}/);
  });
});

describe('extractJdProducts', () => {
  const HEADERS = ['', '商品信息', 'SKU编码', '销售属性', '货号', '京东价', '库存', '30天销量', '商品状态', '上架时间'];
  const info = '<a class="ware-name">蓝牙耳机真无线降噪</a><div>商品编号：<span>843333083447</span></div>';
  const skuRows = [
    `<tr>${td('', 'rowspan="2"')}${td(info, 'rowspan="2"')}${td('419315862188')}${td('曜石黑')}${td('EJ-BT5-01')}${td('¥199.00')}${td('21')}${td('52')}${td('在售', 'rowspan="2"')}${td('2024-12-01 09:30:00', 'rowspan="2"')}</tr>`,
    `<tr>${td('732409934756')}${td('珍珠白')}${td('EJ-BT5-02')}${td('¥209.00')}${td('0')}${td('4')}</tr>`,
  ];

  it('reads one row per SKU, ware cells row-spanned over them, columns found in the separate header table', () => {
    const rows = extractJdProducts(dom(wareTable(HEADERS, skuRows)));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      productId: '843333083447',
      skuId: '419315862188',
      title: '蓝牙耳机真无线降噪',
      spec: '曜石黑',
      outerId: 'EJ-BT5-01',
      price: '¥199.00',
      stock: '21',
      sales30d: '52',
      status: '在售',
      listedAt: '2024-12-01 09:30:00',
    });
    expect(rows[1]).toMatchObject({ productId: '843333083447', skuId: '732409934756', spec: '珍珠白', outerId: 'EJ-BT5-02', price: '¥209.00', stock: '0', status: '在售' });
    const { records, rejected } = parseRows('products', rows, ctx);
    expect(rejected).toEqual([]);
    expect(records[1]).toMatchObject({ priceFen: 20900, stock: 0, sales30d: 4, status: 'on_sale', listedAt: Date.UTC(2024, 11, 1, 1, 30) });
  });

  it('does not read the rows again from the fixed-column overlay', () => {
    const overlay = `<div class="jd-table__fixed-right"><table><thead><tr>${HEADERS.map(th).join('')}</tr></thead></table><table><tbody>${skuRows.join('')}</tbody></table></div>`;
    expect(extractJdProducts(dom(wareTable(HEADERS, skuRows, overlay)))).toHaveLength(2);
  });

  it('reads ids given as labels in the 商品信息 cell (split across elements), and other header words', () => {
    const cell = `<div class="goods-name">跑步鞋男轻便透气</div><p><span>商品编号</span><span>：671347352654</span></p><p>SKU编码：797837890496</p><p><span>货号:</span><span>PBX-AIR-01</span></p><p>规格：灰色 40</p>`;
    const html = wareTable(
      ['商品名称', '价格', '可售库存', '近30天销量', '状态', '上架时间'],
      [`<tr>${td(cell)}${td('¥259.00 ~ ¥269.00')}${td('779')}${td('1.2万')}${td('已下架')}${td('创建时间：2024-09-01 10:00:00<br>上架时间：2024-09-03 08:30:00')}</tr>`],
    );
    const [row] = extractJdProducts(dom(html));
    expect(row).toMatchObject({
      productId: '671347352654',
      skuId: '797837890496',
      outerId: 'PBX-AIR-01',
      title: '跑步鞋男轻便透气',
      spec: '灰色 40',
      status: '已下架',
      listedAt: '2024-09-03 08:30:00',
    });
    expect(parseRows('products', [row!], ctx).records[0]).toMatchObject({ priceFen: 25900, sales30d: 12000, status: 'off_shelf' });
  });

  it('finds the ware table by its header texts when the page has no #js-ware-table', () => {
    const summary = '<table class="stat"><tr><th>在售商品</th><th>库存预警</th></tr><tr><td>7</td><td>2</td></tr></table>';
    const html = summary + wareTable(HEADERS, skuRows).replace(' id="js-ware-table"', '');
    expect(extractJdProducts(dom(html)).map((r) => [r.skuId, r.stock])).toEqual([
      ['419315862188', '21'],
      ['732409934756', '0'],
    ]);
  });

  it('reads a table whose header sits in its own thead', () => {
    const html = `<div id="js-ware-table"><table><thead><tr>${HEADERS.map(th).join('')}</tr></thead><tbody>${skuRows.join('')}</tbody></table></div>`;
    expect(extractJdProducts(dom(html)).map((r) => r.skuId)).toEqual(['419315862188', '732409934756']);
  });

  it('keeps a row with a missing price (rejected with a reason) and skips full-width note rows', () => {
    const broken = `<tr>${td('')}${td(info)}${td('419315862188')}${td('曜石黑')}${td('EJ-BT5-01')}${td('')}${td('21')}${td('52')}${td('在售')}${td('2024-12-01 09:30:00')}</tr>`;
    const note = `<tr class="jd-table__expanded-row">${td('加载更多', 'colspan="10"')}</tr>`;
    const rows = extractJdProducts(dom(wareTable(HEADERS, [broken, note])));
    expect(rows).toHaveLength(1);
    const { rejected } = parseRows('products', rows, ctx);
    expect(rejected).toMatchObject([{ key: '843333083447', problems: [{ field: 'price', problem: 'missing', raw: '' }] }]);
  });

  it('returns nothing for an empty list', () => {
    const empty = wareTable(HEADERS, [], '<div class="jd-table__empty-block"><span class="jd-table__empty-text">暂无数据</span></div>');
    expect(extractJdProducts(dom(empty))).toEqual([]);
    expect(extractJdProducts(dom('<div id="js-ware-table" class="jd-loading-parent--relative"></div>'))).toEqual([]);
  });
});
