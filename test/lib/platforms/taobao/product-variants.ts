import type { Product } from '../../../../lib/domain';
import { fragment, insertAfter, mapTextNodes, swapNodes, type PageVariant, type StoredRecord } from '../../../support/page-variants';

// Taobao product-list variants (research real-evidence.md §出售中的宝贝 and platform-pages.md §1.3): the
// SellManage Fusion table, rows `tr.next-table-row`, td[1] title cell (a.title-link, ID:, 编码:), td[2]
// `.price-value span`, td[3] `span.quantity`, td[4] 累计销量, td[5] 30日销量 `.text-async-label`, td[7] 创建时间.

const ROW = 'table[role="table"] > tbody > tr.next-table-row';
const products = (records: StoredRecord[]) => records as Product[];
const rows = (doc: Document) => [...doc.querySelectorAll(ROW)].filter((r) => !r.closest('[class*="next-table-lock-"]'));
const headCells = (doc: Document) => [...doc.querySelectorAll('table[role="table"] > thead > tr')[0]!.children];
const td = (row: Element, i: number) => row.querySelectorAll(':scope > td')[i]!;
const withoutSales = ({ sales30d: _s, ...p }: Product) => p;
/** Variants that address the columns by position apply to the page with the eight-column layout only. */
const eightColumns = (page: { name: string }) => page.name === 'taobao-products';

/** Sets the header text of column i (its wrapper div when it has one). */
function setHeader(doc: Document, i: number, text: string): void {
  const th = headCells(doc)[i]!;
  (th.querySelector('div') ?? th).textContent = text;
}

/** One 销量 column with both figures by their labels; the 30日销量 column removed. */
function mergeSales(doc: Document, colon: string, order: 'total-first' | 'recent-first'): void {
  setHeader(doc, 4, '销量');
  headCells(doc)[5]!.remove();
  doc.querySelectorAll('table[role="table"] > colgroup').forEach((g) => g.children[5]?.remove());
  for (const row of rows(doc)) {
    const total = td(row, 4).textContent!.trim();
    const recent = td(row, 5).textContent!.trim();
    const parts = [`<div>累计销量${colon}${total}</div>`, `<div>30日销量${colon}${recent}</div>`];
    td(row, 4).innerHTML = `<div class="next-table-cell-wrapper">${(order === 'total-first' ? parts : parts.reverse()).join('')}</div>`;
    td(row, 5).remove();
  }
}

export const PRODUCT_VARIANTS: PageVariant[] = [
  {
    name: 'taobao: one 销量 column, 累计销量 then 30日销量 by label (space)',
    appliesTo: eightColumns,
    apply: (doc) => mergeSales(doc, ' ', 'total-first'),
  },
  {
    name: 'taobao: one 销量 column, 30日销量：12 before 累计销量：N (full-width colon)',
    appliesTo: eightColumns,
    apply: (doc) => mergeSales(doc, '：', 'recent-first'),
  },
  {
    name: 'taobao: 30日销量 not loaded yet (empty .text-async-label: no figure, not 0, not the 累计)',
    apply: (doc) => doc.querySelectorAll('.text-async-label').forEach((el) => (el.textContent = '')),
    expect: (records) => products(records).map(withoutSales),
  },
  {
    name: 'taobao: 30日销量 placeholder -- while loading',
    apply: (doc) => doc.querySelectorAll('.text-async-label').forEach((el) => (el.textContent = '--')),
    expect: (records) => products(records).map(withoutSales),
  },
  {
    name: 'taobao: 累计销量 and 30日销量 columns swapped',
    appliesTo: eightColumns,
    apply: (doc) => {
      const [a, b] = [headCells(doc)[4]!, headCells(doc)[5]!];
      swapNodes(a, b);
      for (const row of rows(doc)) swapNodes(td(row, 4), td(row, 5));
    },
  },
  {
    name: 'taobao: rows tr.next-table-row.row-with-config-list with a config row under each',
    apply: (doc) =>
      rows(doc).forEach((row) => {
        row.classList.add('row-with-config-list');
        insertAfter(row, '<tr class="next-table-row row-config"><td colspan="9"><div class="config-list">推广中 · 包邮 · 7天无理由</div></td></tr>');
      }),
  },
  {
    name: 'taobao: header repeated as a tbody tr.next-table-header row',
    apply: (doc) => {
      const texts = headCells(doc).map((c) => c.textContent!.trim());
      const body = doc.querySelector('table[role="table"] > tbody')!;
      body.prepend(fragment(doc, `<tr class="next-table-header"><td></td>${texts.slice(1).map((t) => `<td>${t}</td>`).join('')}</tr>`));
    },
  },
  {
    name: 'taobao: locked left column copy of checkbox and title cells',
    apply: (doc) => {
      const lock = rows(doc)
        .map((row) => `<tr class="next-table-row">${td(row, 0).outerHTML}${td(row, 1).outerHTML}</tr>`)
        .join('');
      doc.querySelector('.next-table-inner')!.append(
        fragment(doc, `<div class="next-table-lock-left"><table role="table"><thead class="next-table-header"><tr><th></th><th>商品信息</th></tr></thead><tbody>${lock}</tbody></table></div>`),
      );
    },
  },
  {
    name: 'taobao: tag list div.mc-tag-list-wrap before the title link',
    apply: (doc) =>
      doc.querySelectorAll('a.title-link').forEach((a) =>
        a.before(fragment(doc, '<div class="mc-tag-list-wrap"><span class="next-tag"><span class="next-tag-body">新品</span></span><span class="mc-tag">包邮</span></div>')),
      ),
  },
  {
    name: 'taobao: title link without its class, item link gone (ID: label only)',
    apply: (doc) =>
      doc.querySelectorAll('a.title-link').forEach((a) => {
        a.removeAttribute('class');
        a.setAttribute('href', 'javascript:void(0)');
      }),
  },
  {
    name: 'taobao: ID and value split (<span>ID</span><span>：</span><span>…</span>)',
    apply: (doc) =>
      doc.querySelectorAll('.product-desc-span').forEach((s) => {
        const m = /^ID:(\d+)$/.exec(s.textContent!.trim());
        if (m) s.innerHTML = `<span>ID</span><span>：</span><span>${m[1]}</span>`;
      }),
  },
  {
    name: 'taobao: 编码: → 商家编码： in the title cell',
    apply: (doc) => void mapTextNodes(doc, (t) => t.replace(/^(\s*)编码:/, '$1商家编码：')),
  },
  {
    name: 'taobao: 库存 label inside the stock cell (库存 625)',
    apply: (doc) => doc.querySelectorAll('span.quantity').forEach((s) => s.before(doc.createTextNode('库存 '))),
  },
  {
    name: 'taobao: 创建时间： label inside the time cell, under a header 时间',
    appliesTo: eightColumns,
    apply: (doc) => {
      setHeader(doc, 7, '时间');
      rows(doc).forEach((row) => {
        const span = td(row, 7).querySelector('.product-desc-span')!;
        span.textContent = `创建时间：${span.textContent}`;
      });
    },
  },
  {
    name: 'taobao: status tag moved from the time cell into the title cell',
    apply: (doc) =>
      rows(doc).forEach((row) => {
        const tag = row.querySelector('.status-tag');
        if (tag) td(row, 1).querySelector('.product-desc-extend-content')!.append(tag);
      }),
  },
  {
    name: 'taobao: struck-through original price in the price cell',
    apply: (doc) => doc.querySelectorAll('.price-value').forEach((p) => p.before(fragment(doc, '<div class="origin-price"><del>¥9999.00</del></div>'))),
  },
  {
    name: 'taobao: expanded SKU table under every product row',
    apply: (doc) =>
      rows(doc).forEach((row) =>
        insertAfter(row, '<tr class="next-table-expanded-row"><td colspan="9"><table><tbody><tr><td>颜色分类:黑色</td><td>¥1.00</td><td>5</td><td>30日销量 3</td></tr></tbody></table></td></tr>'),
      ),
  },
  {
    name: 'taobao: title that begins like a label (月销10万+ …)',
    apply: (doc) => doc.querySelectorAll('a.title-link').forEach((a) => (a.textContent = `月销10万+ ${a.textContent}`)),
    expect: (records) => products(records).map((p) => ({ ...p, title: `月销10万+ ${p.title}` })),
  },
];
