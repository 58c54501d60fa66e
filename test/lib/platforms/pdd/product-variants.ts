import type { Product } from '../../../../lib/domain';
import { mapTextNodes, type PageVariant, type StoredRecord } from '../../../support/page-variants';

// PDD goods-list variants, for pdd-products (a column per value) and pdd-products-labelled (labelled cells,
// no status column, the 在售中 tab active). Each redraws the same goods the way a real goods_list can.

const ROW = 'tbody tr[data-testid="beast-core-table-body-tr"]';
const headers = (doc: Document) => [...doc.querySelectorAll('thead th')];
const column = (doc: Document, re: RegExp) => headers(doc).findIndex((th) => re.test((th.textContent ?? '').trim()));
const rows = (doc: Document) => [...doc.querySelectorAll<HTMLTableRowElement>(ROW)];
const cellsUnder = (doc: Document, re: RegExp) => rows(doc).map((r) => r.cells[column(doc, re)]!);
const hasHeader = (re: RegExp) => (_p: unknown, doc: Document) => column(doc, re) >= 0;
const plainPrice = (_p: unknown, doc: Document) => column(doc, /^价格/) >= 0 && !cellsUnder(doc, /^价格/).some((c) => /拼单价/.test(c.textContent ?? ''));
const labelledCells = (re: RegExp) => (_p: unknown, doc: Document) => rows(doc).some((r) => [...r.cells].some((c) => re.test(c.textContent ?? '')));
const isIdLine = (el: Element) => el.children.length === 0 && /^ID\s*[:：]\s*\d+$/.test((el.textContent ?? '').trim());

/** The 30-day figure moved into a 销量 cell beside 累计销量, written as `fmt` makes it. */
function labelSales(fmt: (total: number, d30: string) => string): (doc: Document) => void {
  return (doc) => {
    cellsUnder(doc, /^30日销量$/).forEach((cell, i) => {
      const d30 = (cell.textContent ?? '').trim();
      cell.innerHTML = fmt(Number(d30) * 4 + i + 3, d30);
    });
    headers(doc)[column(doc, /^30日销量$/)]!.textContent = '销量';
  };
}

export const PRODUCT_VARIANTS: PageVariant[] = [
  {
    name: '30日销量 label moved into a 销量 cell after 累计销量 (header says only 销量)',
    appliesTo: hasHeader(/^30日销量$/),
    apply: labelSales((total, d30) => `<div>累计销量 ${total}</div><div>30日销量 ${d30}</div>`),
  },
  {
    name: '30日销量：N first, 累计销量：N after, full-width colons, label and value in spans',
    appliesTo: hasHeader(/^30日销量$/),
    apply: labelSales((total, d30) => `<span>30日销量：</span><span>${d30}</span><br><span>累计销量：</span><span>${total}</span>`),
  },
  {
    name: '累计销量 N 30日销量 N in one text with no-break spaces',
    appliesTo: hasHeader(/^30日销量$/),
    apply: labelSales((total, d30) => `累计销量\u00a0${total} 30日销量\u00a0${d30}`),
  },
  {
    name: 'price cell holds 单买价 first, then 拼单价 (header says 价格)',
    appliesTo: plainPrice,
    apply: (doc) =>
      cellsUnder(doc, /^价格/).forEach((cell) => {
        cell.innerHTML = `<div>单买价：¥999.00</div><div>拼单价：${(cell.textContent ?? '').trim()}</div>`;
      }),
  },
  {
    name: '拼单价 label in the price cell, ASCII colon',
    appliesTo: plainPrice,
    apply: (doc) => cellsUnder(doc, /^价格/).forEach((cell) => (cell.textContent = `拼单价:${(cell.textContent ?? '').trim()}`)),
  },
  {
    name: '单买价 and 拼单价 lines swapped in every price cell',
    appliesTo: labelledCells(/单买价/),
    apply: (doc) =>
      rows(doc).forEach((r) => {
        const lines = [...r.querySelectorAll('.price-line')];
        if (lines.length === 2) lines[0]!.before(lines[1]!);
      }),
  },
  {
    name: '30日销量 and 累计销量 lines swapped in every sales cell',
    appliesTo: labelledCells(/累计销量/),
    apply: (doc) =>
      rows(doc).forEach((r) => {
        const lines = [...r.querySelectorAll('.sales-line')];
        if (lines.length === 2) lines[0]!.before(lines[1]!);
      }),
  },
  {
    name: 'the sales header names 累计销量 (the other figure): each value is read by its own label',
    appliesTo: labelledCells(/累计销量/),
    apply: (doc) => {
      const at = column(doc, /^销量$/);
      headers(doc)[at]!.textContent = '累计销量';
    },
  },
  {
    name: 'goods id written as an ID：line instead of .goods-id > span + 复制',
    appliesTo: (_p, doc) => !!doc.querySelector('[class*="goods-id"] > span'),
    apply: (doc) => doc.querySelectorAll('[class*="goods-id"]').forEach((box) => (box.textContent = `ID：${box.firstElementChild!.textContent}`)),
  },
  {
    name: 'tabs drawn as ARIA tabs (role=tab, aria-selected) without the kit’s active class',
    appliesTo: (_p, doc) => !!doc.querySelector('[class*="TAB_active_"]'),
    apply: (doc) =>
      doc.querySelectorAll('[class*="TAB_tabItem_"]').forEach((tab) => {
        const active = /TAB_active_/.test(tab.className);
        tab.setAttribute('class', 'tab-item_9Kd2');
        tab.setAttribute('role', 'tab');
        tab.setAttribute('aria-selected', String(active));
      }),
  },
  {
    name: 'status word in the 创建时间 cell instead of a 状态 column (the older list’s td[8])',
    appliesTo: hasHeader(/^状态$/),
    apply: (doc) => {
      const at = column(doc, /^状态$/);
      const times = cellsUnder(doc, /创建时间/);
      rows(doc).forEach((r, i) => {
        times[i]!.insertAdjacentHTML('beforeend', `<div>${(r.cells[at]!.textContent ?? '').trim()}</div>`);
        r.cells[at]!.remove();
      });
      headers(doc)[at]!.remove();
    },
  },
  {
    name: 'only the 在售中 tab: no 状态 column, the status from the active tab',
    appliesTo: hasHeader(/^状态$/),
    apply: (doc) => {
      const at = column(doc, /^状态$/);
      for (const r of rows(doc)) {
        if ((r.cells[at]!.textContent ?? '').trim() === '在售中') r.cells[at]!.remove();
        else r.remove();
      }
      headers(doc)[at]!.remove();
      doc.querySelectorAll('[class*="TAB_tabItem_"]').forEach((tab) => {
        tab.className = tab.className.replace(/\s*TAB_active_\S+/, '');
        if (tab.textContent === '在售中') tab.className += ' TAB_active_5-120-1';
      });
    },
    expect: (records) => (records as Product[]).filter((p) => p.status === 'on_sale'),
  },
  {
    name: 'goods id as .goods-id > span + 复制 (no ID: label)',
    appliesTo: (_p, doc) => [...doc.querySelectorAll('[class*="goods-id"]')].some(isIdLine),
    apply: (doc) =>
      doc.querySelectorAll('[class*="goods-id"]').forEach((box) => {
        if (isIdLine(box)) box.innerHTML = `<span>${(box.textContent ?? '').replace(/\D/g, '')}</span><a>复制</a>`;
      }),
  },
  {
    name: 'ID：full-width colon and a no-break space in the goods cell',
    appliesTo: (_p, doc) => [...doc.querySelectorAll('[class*="goods-id"]')].some(isIdLine),
    apply: (doc) => mapTextNodes(doc, (t) => t.replace(/^ID:\s*(\d+)$/, 'ID：\u00a0$1')),
  },
  {
    name: '商家编码 moved from its column into the goods cell',
    appliesTo: hasHeader(/^商家编码$/),
    apply: (doc) => {
      const at = column(doc, /^商家编码$/);
      for (const r of rows(doc)) {
        const code = (r.cells[at]!.textContent ?? '').trim();
        if (code !== '-') r.querySelector('[class*="goods-id"]')!.insertAdjacentHTML('afterend', `<div>商家编码：${code}</div>`);
        r.cells[at]!.remove();
      }
      headers(doc)[at]!.remove();
    },
    // A 商家编码 of "-" said there was none: the goods cell then shows no line.
    expect: (records) => records,
  },
  {
    name: 'hidden tooltip copy of another goods inside every goods cell',
    apply: (doc) =>
      doc.querySelectorAll('[class*="goods-info-text"]').forEach((box) =>
        box.insertAdjacentHTML('beforeend', '<div style="display:none"><div>旧标题</div><div>ID: 100000000001</div><div>旧规格</div><div>¥1.00</div></div>'),
      ),
  },
  {
    name: 'leaked .beast-core-ellipsis CSS text at the start of every body cell',
    apply: (doc) => rows(doc).forEach((r) => [...r.cells].forEach((c) => c.prepend('.beast-core-ellipsis-1 { overflow: hidden; }'))),
  },
  {
    name: 'promotion notice row and 没有更多了 row between and after the goods rows',
    apply: (doc) => {
      const all = rows(doc);
      const w = headers(doc).length;
      all[0]!.insertAdjacentHTML('afterend', `<tr class="${all[0]!.className}"><td colspan="${w}">温馨提示：该商品参与限时秒杀活动</td></tr>`);
      all[all.length - 1]!.insertAdjacentHTML('afterend', `<tr><td colspan="${w}">没有更多了</td></tr>`);
    },
  },
];

export type { StoredRecord };
