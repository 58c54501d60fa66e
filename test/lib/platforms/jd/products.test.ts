// @vitest-environment jsdom
import { parseRows } from '../../../../lib/domain';
import { extractJdProducts } from '../../../../lib/platforms/jd/extract';
import { ctx, dom, td, wareTable } from './html';

const HEADERS = ['', '商品信息', 'SKU编码', '销售属性', '货号', '京东价', '库存', '30天销量', '商品状态', '上架时间'];
const info = '<a class="ware-name">蓝牙耳机真无线降噪</a><div>商品编号：<span>843333083447</span></div>';
const row = (cells: string[]) => `<tr>${cells.map((c) => td(c)).join('')}</tr>`;
const base = ['', info, '419315862188', '曜石黑', 'EJ-BT5-01', '¥199.00', '21', '52', '在售', '2024-12-01 09:30:00'];

describe('ware list values by their own in-cell label', () => {
  it('reads 京东价, 库存 and 30天销量 by their label in a cell whatever the header says', () => {
    const headers = ['', '商品信息', 'SKU编码', '销售属性', '货号', '价格/库存', '销量', '商品状态', '上架时间'];
    const cells = ['', info, '419315862188', '曜石黑', 'EJ-BT5-01', '<p>京东价 ¥199.00</p><p>市场价 ¥299.00</p><p>库存：21</p>', '<p>累计销量 1.2万</p><p>30天销量 52</p>', '在售', '2024-12-01 09:30:00'];
    const [raw] = extractJdProducts(dom(wareTable(headers, [row(cells)])));
    expect(raw).toMatchObject({ price: '¥199.00', stock: '21', sales30d: '52', skuId: '419315862188' });
    expect(parseRows('products', [raw!], ctx).records[0]).toMatchObject({ priceFen: 19900, stock: 21, sales30d: 52, status: 'on_sale' });
  });

  it('reads ids from in-cell labels with either colon, a space or a no-break space', () => {
    const cellA = '<a class="ware-name">跑步鞋男轻便透气</a><p>商品编号:671347352654</p><p>SKU\u00a0797837890496</p><p>货号 ： PBX-AIR-01</p>';
    const headers = ['商品信息', '京东价', '库存', '商品状态'];
    const [raw] = extractJdProducts(dom(wareTable(headers, [row([cellA, '¥259.00', '779', '已下架'])])));
    expect(raw).toMatchObject({ productId: '671347352654', skuId: '797837890496', outerId: 'PBX-AIR-01', title: '跑步鞋男轻便透气', status: '已下架' });
  });

  it('reads the status as a word in the row when the list has no status column', () => {
    const headers = HEADERS.filter((h) => h !== '商品状态');
    const cells = base.filter((_, i) => i !== 8);
    cells[1] = `${info}<span class="jd-tag"><span class="jd-tag__content">在售</span></span>`;
    const [raw] = extractJdProducts(dom(wareTable(headers, [row(cells)])));
    expect(raw!.status).toBe('在售');
  });
});

describe('legacy ware list #tbl_type2', () => {
  const head = '<thead><tr><th><input type="checkbox"></th><th>商品图片</th><th>商品名称</th><th>商品编号</th><th>京东价</th><th>库存</th><th>上架时间</th><th>操作</th></tr></thead>';
  const tr = (id: string, title: string, price: string, stock: string) =>
    `<tr><td><input type="checkbox"></td><td><img src="data:,"></td><td><a href="#">${title}</a></td><td>${id}</td><td>${price}</td><td>${stock}</td><td>2019-05-02 10:11:12</td><td><a>编辑</a> <a>下架</a> <a>复制</a></td></tr>`;

  it('reads one row per ware, columns by header text, td[8] (actions) never a value', () => {
    const html = `<table class="layout"><tr><td>京东商家后台</td><td>帮助</td></tr></table><table id="tbl_type2">${head}<tbody>${tr('10023456789', '男士石英表 防水', '¥399.00', '12')}${tr('10023456790', '女士石英表', '¥299.00', '0')}</tbody></table><div class="next-disabled">下一页</div>`;
    const rows = extractJdProducts(dom(html));
    expect(rows).toMatchObject([
      { productId: '10023456789', title: '男士石英表 防水', price: '¥399.00', stock: '12', listedAt: '2019-05-02 10:11:12' },
      { productId: '10023456790', title: '女士石英表', price: '¥299.00', stock: '0' },
    ]);
  });

  it('reads a legacy table without a header row by its in-cell labels', () => {
    const cells = ['<input type="checkbox">', '<img src="data:,">', '<a href="#">男士石英表 防水</a><p>商品编号：10023456789</p>', '京东价：¥399.00', '库存：12', '上架时间：2019-05-02 10:11:12', '在售', '<a>编辑</a>'];
    const html = `<table id="tbl_type2"><tbody>${row(cells)}</tbody></table>`;
    const [raw] = extractJdProducts(dom(html));
    expect(raw).toMatchObject({ productId: '10023456789', title: '男士石英表 防水', price: '¥399.00', stock: '12', status: '在售', listedAt: '2019-05-02 10:11:12' });
    expect(parseRows('products', [raw!], ctx).rejected).toEqual([]);
  });

  it('reads nothing from page tables when there is no ware list', () => {
    expect(extractJdProducts(dom('<table><tr><td>商品</td><td>¥1.00</td></tr></table>'))).toEqual([]);
  });
});
