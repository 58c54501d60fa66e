import type { Product } from '../../../../lib/domain';
import { fragment, type PageVariant, type StoredRecord } from '../../../support/page-variants';

// 抖店 商品管理's own variants (real-evidence.md: no 状态 column, the 8-td rows, `ID：`, `货号：`, 商品诊断),
// applied to the douyin-products demo page; the ones named "no 状态 column…" also to douyin-products-nostatus.

const headers = (doc: Document) => [...doc.querySelectorAll('thead th')];
const rows = (doc: Document) => [...doc.querySelectorAll('tbody tr[data-row-key]')];
const column = (doc: Document, name: string) => headers(doc).findIndex((th) => th.textContent === name);
const hasColumn = (name: string) => (_p: unknown, doc: Document) => column(doc, name) >= 0;

/** Drops a column: its header, its `<col>`s, and its cell in every row. */
function dropColumn(doc: Document, name: string): Element[] {
  const at = column(doc, name);
  doc.querySelectorAll('colgroup').forEach((g) => g.children[at]?.remove());
  headers(doc)[at]!.remove();
  return rows(doc).map((r) => {
    const cell = r.children[at]!;
    cell.remove();
    return cell;
  });
}

const products = (records: StoredRecord[]) => records as Product[];
const titleCell = (row: Element) => row.querySelector('[class*="style_info"], [class*="style_title"]')!.closest('td')!;
const addToTitleCell = (row: Element, html: string) => titleCell(row).querySelector('div')!.append(fragment(row.ownerDocument, html));

export const PRODUCT_VARIANTS: PageVariant[] = [
  {
    name: 'no 状态 column: the status word as a tag under the title',
    appliesTo: hasColumn('状态'),
    apply: (doc) => dropColumn(doc, '状态').forEach((cell, i) => addToTitleCell(rows(doc)[i]!, `<span class="ecom-g-tag">${cell.textContent}</span>`)),
  },
  {
    name: 'no 状态 column: the status as the last word of the 创建时间 cell (8-td rows)',
    appliesTo: hasColumn('状态'),
    apply: (doc) => {
      const words = dropColumn(doc, '状态').map((c) => c.textContent);
      const at = column(doc, '创建时间');
      rows(doc).forEach((r, i) => r.children[at]!.append(fragment(doc, `<div>${words[i]}</div>`)));
    },
  },
  {
    name: 'no 状态 column: 商品诊断 grades and plain-text actions (编辑 下架) beside the status tag',
    appliesTo: (p, doc) => column(doc, '状态') >= 0 || column(doc, '商品诊断') >= 0,
    apply: (doc) => {
      if (column(doc, '状态') >= 0) dropColumn(doc, '状态').forEach((cell, i) => addToTitleCell(rows(doc)[i]!, `<span>${cell.textContent}</span>`));
      rows(doc).forEach((r, i) => {
        r.lastElementChild!.innerHTML = '<span>编辑</span> <span>下架</span> <span>复制链接</span>';
        r.lastElementChild!.before(fragment(doc, `<td class="ecom-g-table-cell">${['优秀', '衰退', '待优化'][i % 3]}</td>`));
      });
      if (column(doc, '商品诊断') < 0) headers(doc).at(-1)!.before(fragment(doc, '<th>商品诊断</th>'));
    },
  },
  {
    name: '商家编码 column gone: 货号：… in the title cell',
    appliesTo: hasColumn('商家编码'),
    apply: (doc) =>
      dropColumn(doc, '商家编码').forEach((cell, i) => cell.textContent !== '-' && addToTitleCell(rows(doc)[i]!, `<div>货号：${cell.textContent}</div>`)),
  },
  {
    name: '30日销量 labelled in the cell under a header 销量, beside 累计销量',
    appliesTo: hasColumn('30日销量'),
    apply: (doc) => {
      const at = column(doc, '30日销量');
      headers(doc)[at]!.textContent = '销量';
      rows(doc).forEach((r) => (r.children[at]!.innerHTML = `<div>累计销量 9999</div><div>30日销量 ${r.children[at]!.textContent}</div>`));
    },
  },
  {
    name: 'stock labelled in the cell (总库存：N) under a header 库存信息',
    appliesTo: hasColumn('总库存'),
    apply: (doc) => {
      const at = column(doc, '总库存');
      headers(doc)[at]!.textContent = '库存信息';
      rows(doc).forEach((r) => (r.children[at]!.innerHTML = `<span>总库存：${r.children[at]!.textContent}</span><a>编辑</a>`));
    },
  },
  {
    name: 'title as plain text before ID:, no link, no data-row-key',
    apply: (doc) =>
      rows(doc).forEach((r) => {
        const link = r.querySelector('a[href*="product_id"]')!;
        link.replaceWith(fragment(doc, `<div>${link.textContent}</div>`));
        r.removeAttribute('data-row-key');
        r.setAttribute('data-key', 'x');
      }),
  },
  {
    name: 'ID label and number in one text with a full-width colon (ID：3…)',
    apply: (doc) => rows(doc).forEach((r) => {
      const id = r.querySelector('[class*="style_id"], [class*="style_productId"]')!;
      id.textContent = `ID：${id.textContent!.replace(/^ID[:：]?/, '')}`;
    }),
  },
  {
    name: 'goods cells with the crawler\'s classes (style_goodsInformation, style_sellingPrice, style_totalInventory)',
    appliesTo: hasColumn('价格'),
    apply: (doc) =>
      rows(doc).forEach((r) => {
        titleCell(r).classList.add('style_goodsInformation__2kQ1x');
        r.children[column(doc, '价格')]!.classList.add('style_sellingPrice__3Mn2v');
      }),
  },
  {
    name: 'a selling row marked only 现货模式 (stored as 在售)',
    appliesTo: hasColumn('状态'),
    apply: (doc) =>
      dropColumn(doc, '状态').forEach((cell, i) =>
        addToTitleCell(rows(doc)[i]!, `<span class="ecom-g-tag">${cell.textContent === '在售中' ? '现货模式' : cell.textContent}</span>`),
      ),
    expect: (records) => products(records).map((p) => (p.status === 'on_sale' ? { ...p, statusText: '在售' } : p)),
  },
];
