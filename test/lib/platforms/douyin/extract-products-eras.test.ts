// @vitest-environment jsdom
import { parseRows, type Product } from '../../../../lib/domain';
import { extractProducts } from '../../../../lib/platforms/douyin/extract';

// 商品管理 in the shapes real-evidence.md documents beyond the demo page: no 状态 column (the status is a word
// in the row, 现货模式 on selling rows, a 商品诊断 grade beside it), the 8-td rows (标题+ID in td1, time + status
// in td6, actions in td7), `ID：` with a full-width colon, `货号：X#…`, figures labelled inside their cells.

const ctx = { platform: 'douyin' as const, url: 'https://fxg.jinritemai.com/ffa/g/list', capturedAt: Date.UTC(2025, 7, 1) };
const doc = (body: string) => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
function read(html: string) {
  const raw = extractProducts(doc(html));
  return { raw, ...parseRows('products', raw, ctx) };
}

const table = (cols: string[], rows: string) =>
  `<table><thead class="ecom-g-table-thead"><tr>${cols.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody class="ecom-g-table-tbody">${rows}</tbody></table>`;
const row = (cells: string[], key?: string) =>
  `<tr class="ecom-g-table-row ecom-g-table-row-level-0"${key ? ` data-row-key="${key}"` : ''}>${cells.map((c, i) => `<td class="ecom-g-table-cell style_${['sel', 'goodsInformation', 'sellingPrice', 'totalInventory'][i] ?? 'x'}__q1">${c}</td>`).join('')}</tr>`;
const info = (id: string, title: string, colon = ':', extra = '') =>
  `<div class="style_info__1a"><a class="style_title__1X" href="/ffa/g/create?product_id=${id}">${title}</a><div class="style_productId__3p">ID${colon}${id}</div>${extra}</div>`;

const A = '3757631870687379783';
const B = '3654508619460102466';
const C = '3124655253811785707';

describe('a goods list with no 状态 column', () => {
  const cols = ['', '商品信息', '价格', '总库存', '30日销量', '商品诊断', '创建时间', '操作'];
  const rows =
    row(['', info(A, '全棉床上四件套', '：', '<div>货号：X#SJT-60</div><span class="ecom-g-tag">现货模式</span>'), '￥4.88 ~ ￥9.16', '12', '81', '优秀', '2026/02/25 22:35:44', '<a>编辑</a><a>下架</a>'], A) +
    row(['', info(B, '双肩包男大容量', ':', '<span class="ecom-g-tag">已下架</span>'), '¥132.10', '5', '0', '待优化', '2025/01/02 03:04:05', '<a>编辑</a><a>上架</a>'], B) +
    row(['', info(C, '蓝牙耳机', ':'), '¥189.10', '0', '3', '<span>衰退</span> <span class="ecom-g-tag">售罄</span>', '2025/03/04 05:06:07', '<a>编辑</a><a>下架</a>'], C);

  it('takes the status word of the row, never an action link or a 商品诊断 grade', () => {
    const { records, rejected } = read(table(cols, rows));
    expect(rejected).toEqual([]);
    expect((records as Product[]).map((p) => [p.productId, p.status, p.statusText])).toEqual([
      [A, 'on_sale', '在售'],
      [B, 'off_shelf', '已下架'],
      [C, 'sold_out', '售罄'],
    ]);
  });

  it('reads ID： with a full-width colon, 货号：X#…, price ranges and 2026/02/25 dates', () => {
    const [p] = read(table(cols, rows)).records as Product[];
    expect(p).toMatchObject({ productId: A, title: '全棉床上四件套', outerId: 'X#SJT-60', priceFen: 488, stock: 12, sales30d: 81, listedAt: Date.UTC(2026, 1, 25, 14, 35, 44) });
  });

  it('falls back to the active tab when the row shows no status word', () => {
    const tabs = (name: string) => `<div class="ecom-g-tabs-nav"><div class="ecom-g-tabs-tab">全部</div><div class="ecom-g-tabs-tab ecom-g-tabs-tab-active">${name}</div></div>`;
    const plain = table(cols, row(['', info(C, '蓝牙耳机'), '¥189.10', '3', '1', '', '2025/03/04 05:06:07', '<a>编辑</a><a>下架</a>'], C));
    expect((read(tabs('已下架 (4)') + plain).records as Product[])[0]).toMatchObject({ status: 'off_shelf', statusText: '已下架' });
    const { rejected } = read(tabs('全部商品') + plain);
    expect(rejected[0]!.problems).toEqual([{ field: 'status', problem: 'missing', raw: '' }]);
  });
});

describe('the 8-td goods rows', () => {
  const cols = ['', '商品', '价格', '销量', '库存', '商品诊断', '创建时间', '操作'];
  const cells = (id: string, status: string) => [
    '',
    `<div>运动短裤男速干</div><div class="style_productId__3p">ID:${id}</div>`,
    '￥59.90',
    '<div>累计销量 340</div><div>30日销量 12</div>',
    '<div>库存：25</div>',
    '优质',
    `<div><div>2025/06/13</div><div>07:00:48</div></div><div>${status}</div>`,
    '<span>编辑</span> <span>下架</span> <span>复制链接</span>',
  ];

  it('takes the title before ID:, 30日销量 by its label under 销量, and the status as the last word of td6', () => {
    const { records, rejected } = read(table(cols, row(cells(A, '在售中')) + row(cells(B, '已下架'))));
    expect(rejected).toEqual([]);
    expect(records as Product[]).toMatchObject([
      { productId: A, title: '运动短裤男速干', priceFen: 5990, stock: 25, sales30d: 12, status: 'on_sale', statusText: '在售中', listedAt: Date.UTC(2025, 5, 12, 23, 0, 48) },
      { productId: B, status: 'off_shelf', statusText: '已下架' },
    ]);
  });

  it('never takes the actions cell\'s 下架 for the status', () => {
    const { rejected } = read(table(cols, row(cells(A, ''))));
    expect(rejected[0]!.problems).toEqual([{ field: 'status', problem: 'missing', raw: '' }]);
  });
});

describe('virtualised rows and the empty state', () => {
  it('reads only the drawn rows of the virtual holder and skips spacer rows', () => {
    const html = `<div class="ecom-g-table-tbody-virtual-holder">${table(['', '商品信息', '价格', '总库存', '状态'], row(['', info(A, '四件套'), '¥9.00', '1', '在售中'], A) + '<tr class="ecom-g-table-row"><td colspan="5"></td></tr>')}</div>`;
    const { records, rejected } = read(html);
    expect(rejected).toEqual([]);
    expect((records as Product[]).map((p) => p.productId)).toEqual([A]);
  });

  it('returns nothing for the empty state', () => {
    expect(extractProducts(doc(table(['', '商品信息', '价格', '总库存'], '<tr class="ecom-g-table-placeholder"><td colspan="4"><div class="ecom-g-empty-description">暂无商品</div></td></tr>')))).toEqual([]);
  });
});
