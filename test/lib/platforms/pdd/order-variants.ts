import type { Order } from '../../../../lib/domain';
import { fragment, insertAfter, mapTextNodes, type PageVariant, type StoredRecord } from '../../../support/page-variants';

// PDD order-list variants, for pdd-orders (a div per order, order cells row-spanned) and pdd-orders-2026 (header
// rows of two cells, every data row with all its cells). Each redraws the same orders the way a real
// mms.pinduoduo.com list can (research/real-evidence.md, platform-pages.md §4).

const GOODS = '[class*="goods-record-container"]';
const SN = /\d{6}-\d{15}/;

interface DemoOrderRows {
  sn: string;
  /** The order's head: the block's head div, or the 2026 header row. */
  head: Element;
  rows: HTMLTableRowElement[];
}

const isGoodsRow = (el: Element | null): el is HTMLTableRowElement => !!el && el.tagName === 'TR' && !!el.querySelector(GOODS);

/** The orders of the page: runs of goods rows, each with its head. */
function ordersOf(doc: Document): DemoOrderRows[] {
  const out: DemoOrderRows[] = [];
  for (const row of doc.querySelectorAll('tr')) {
    if (!isGoodsRow(row)) continue;
    if (isGoodsRow(row.previousElementSibling)) {
      out[out.length - 1]!.rows.push(row);
      continue;
    }
    const head = row.closest('[class*="order-item_"]')?.querySelector('[class*="order-item-head"]') ?? row.previousElementSibling!;
    out.push({ sn: SN.exec(head.textContent ?? '')![0], head, rows: [row] });
  }
  return out;
}

const headers = (doc: Document) => [...doc.querySelectorAll('thead th')].map((th) => (th.textContent ?? '').trim());
const width = (doc: Document) => headers(doc).length;
const column = (doc: Document, re: RegExp) => headers(doc).findIndex((h) => re.test(h));

/** A row's cell under the header matching re; rows after an order's first carry only goods, 数量, 商品总价. */
function cellUnder(doc: Document, row: HTMLTableRowElement, re: RegExp): HTMLTableCellElement | undefined {
  if (row.cells.length === width(doc)) return row.cells[column(doc, re)];
  return /数量/.test(re.source) ? row.cells[1] : undefined;
}

const last = <T>(xs: T[]) => xs[xs.length - 1]!;
const rowAfterEach = (html: (o: DemoOrderRows, doc: Document, i: number) => string) => (doc: Document) =>
  ordersOf(doc).forEach((o, i) => insertAfter(last(o.rows), html(o, doc, i)));
const is2026 = (doc: Document) => !doc.querySelector('[class*="order-item_"]');
const mapOrders = (records: StoredRecord[], fn: (o: Order) => Order) => (records as Order[]).map(fn);

/** A goods cell for an extra line. */
const goodsCell = (lines: string[]) =>
  `<td><div class="goods-record-container"><img src="data:," alt=""><div class="goods-record-info">${lines.map((l) => `<div>${l}</div>`).join('')}</div></div></td>`;

/** Adds a goods line to every order; in the row-spanned layout the order cells span it too. */
function addLine(doc: Document, lines: string[], quantity: string, total: string): void {
  for (const o of ordersOf(doc)) {
    let row: string;
    if (is2026(doc)) {
      const clone = last(o.rows).cloneNode(true) as HTMLTableRowElement;
      clone.cells[0]!.outerHTML = goodsCell(lines);
      cellUnder(doc, clone, /数量/)!.textContent = quantity;
      row = clone.outerHTML;
    } else {
      for (const cell of o.rows[0]!.cells) if (cell.cellIndex > 0 && ![2, 3].includes(cell.cellIndex)) cell.rowSpan = o.rows.length + 1;
      row = `<tr class="${o.rows[0]!.className}">${goodsCell(lines)}<td>${quantity}</td><td>${total}</td></tr>`;
    }
    insertAfter(last(o.rows), row);
  }
}

const GIFT_ID = '100000000001';

export const ORDER_VARIANTS: PageVariant[] = [
  {
    name: 'buyer message row (买家留言：…) after every order',
    apply: rowAfterEach((o, doc) => `<tr><td colspan="${width(doc)}">买家留言：请发顺丰，谢谢</td></tr>`),
  },
  {
    name: '商家备注 row reusing the goods rows’ class and data-testid, with x2 and ¥5 in cells of their own',
    apply: rowAfterEach((o) => `<tr class="${o.rows[0]!.className}" data-testid="beast-core-table-body-tr"><td>商家备注：加急，送小样</td><td>x2</td><td>¥5</td></tr>`),
  },
  {
    name: 'buyer message quoting another order number (订单号：…)',
    apply: rowAfterEach((o, doc, i) => `<tr><td colspan="${width(doc)}">买家留言：和订单号：${ordersOf(doc)[(i + 1) % 20]?.sn ?? o.sn} 一起发</td></tr>`),
  },
  {
    name: 'remark drawn like a goods row (goods container, 备注 first, x2, ¥5)',
    apply: rowAfterEach(() => `<tr>${goodsCell(['备注', '颜色发错请补发 x2 ¥5'])}<td>2</td><td>5.00</td></tr>`),
  },
  {
    name: 'gift line at ¥0 in every order (stored as an item at ¥0)',
    apply: (doc) => addLine(doc, ['赠品 收纳袋', '¥0.00', `ID: ${GIFT_ID}`, '默认'], '1', '0.00'),
    expect: (records) =>
      mapOrders(records, (o) => ({ ...o, items: [...o.items, { title: '赠品 收纳袋', spec: '默认', productId: GIFT_ID, quantity: 1, priceFen: 0 }] })),
  },
  {
    name: 'gift line without a price (赠品, no amount) in every order',
    apply: rowAfterEach((o, doc) => `<tr>${goodsCell(['赠品：收纳袋'])}<td colspan="${width(doc) - 1}"></td></tr>`),
  },
  {
    name: 'sub-total row (共N件商品 合计) after every order',
    apply: rowAfterEach((o, doc) => `<tr><td colspan="2">共${o.rows.length}件商品</td><td colspan="${width(doc) - 2}">合计：¥1.00</td></tr>`),
  },
  {
    name: 'risk notice row (此订单需要平台人工审核，请暂时不要发货) after every order',
    apply: rowAfterEach((o, doc) => `<tr><td colspan="${width(doc)}"><div>此订单需要平台人工审核，请暂时不要发货</div></td></tr>`),
  },
  {
    name: '合并发货 group rows (买家信息 / 合并发货, two cells) before every order',
    apply: (doc) =>
      ordersOf(doc).forEach((o) => {
        const at = is2026(doc) ? o.head : o.rows[0]!;
        at.before(fragment(doc, `<table><tr><td colspan="3">买家信息：拼***</td><td colspan="${width(doc) - 3}">合并发货 2 单</td></tr></table>`).querySelector('tr')!);
      }),
  },
  {
    name: 'paid cell labelled 含运费：… then 实收款：…',
    apply: (doc) => {
      for (const o of ordersOf(doc)) {
        for (const row of o.rows) {
          const cell = cellUnder(doc, row, /实收/);
          if (!cell) continue;
          const [paid, ship] = (cell.textContent ?? '').match(/\d[\d,]*\.\d\d/g)!;
          cell.innerHTML = `<div>(含运费：¥${ship})</div><div>实收款：¥${paid}</div>`;
        }
      }
    },
  },
  {
    name: 'quantity written 数量：N',
    apply: (doc) => ordersOf(doc).forEach((o) => o.rows.forEach((r) => {
      const cell = cellUnder(doc, r, /数量/)!;
      cell.textContent = `数量：${(cell.textContent ?? '').replace(/\D/g, '')}`;
    })),
  },
  {
    name: 'goods price line labelled 单价：',
    apply: (doc) => mapTextNodes(doc, (t, n) => (n.parentElement?.closest(GOODS) && /^¥\d/.test(t.trim()) ? `单价：${t.trim()}` : t)),
  },
  {
    name: 'ID label, colon and value in elements of their own with no-break spaces (ID&nbsp;：&nbsp;123)',
    apply: (doc) =>
      doc.querySelectorAll(`${GOODS} div`).forEach((div) => {
        const m = /^ID\s*[:：]\s*(\d+)$/.exec((div.textContent ?? '').trim());
        if (m && div.children.length === 0) div.innerHTML = `<span>ID</span>\u00a0<span>：</span>\u00a0<span>${m[1]}</span>`;
      }),
  },
  {
    name: 'one line of a completed multi-line order has its own 售后 state 退款成功 (the order stays completed)',
    appliesTo: (_p, doc) => ordersOf(doc).some((o) => o.rows.length > 1 && /已签收/.test(o.rows[0]!.textContent ?? '')),
    apply: (doc) => {
      for (const o of ordersOf(doc).filter((o) => o.rows.length > 1 && /已签收/.test(o.rows[0]!.textContent ?? ''))) {
        if (is2026(doc)) {
          cellUnder(doc, last(o.rows), /售后/)!.textContent = '退款成功';
          continue;
        }
        cellUnder(doc, o.rows[0]!, /售后/)!.rowSpan = 1;
        o.rows.slice(1).forEach((r, i) => r.insertAdjacentHTML('beforeend', `<td>${i === o.rows.length - 2 ? '退款成功' : '无售后'}</td>`));
      }
    },
    expect: (records) =>
      mapOrders(records, (o) => (o.status === 'completed' && o.items.length > 1 ? { ...o, statusText: `${o.statusText} 退款成功` } : o)),
  },
  {
    name: 'status word in the order head instead of a 订单状态 column',
    apply: (doc) => {
      const at = column(doc, /订单状态/);
      for (const o of ordersOf(doc)) {
        const words = (cellUnder(doc, o.rows[0]!, /订单状态/)!.textContent ?? '').trim();
        o.rows.forEach((r) => r.cells.length === width(doc) && r.cells[at]!.remove());
        (o.head.lastElementChild ?? o.head).insertAdjacentHTML('beforeend', ` <span class="order-status-tag">${words}</span>`);
      }
      doc.querySelectorAll('thead th')[at]!.remove();
    },
  },
  {
    name: 'buyer nickname that reads like an order number (订单号：4099…)',
    apply: (doc) => {
      const o = ordersOf(doc)[0]!;
      cellUnder(doc, o.rows[0]!, /^买家/)!.textContent = '订单号：409912345678';
    },
    expect: (records) => mapOrders(records, (o) => (o === records[0] ? { ...o, buyer: '订单号：409912345678' } : o)),
  },
  {
    name: 'receiver cell shows masked name, phone, address and 复制完整信息 / 隐私号 links',
    apply: (doc) =>
      ordersOf(doc).forEach((o) => {
        const cell = cellUnder(doc, o.rows[0]!, /收货/)!;
        cell.innerHTML = '<div>张*</div><div>138****5678</div><div>浙江省杭州市西湖区文三路***号</div><a data-clipboard-text="张三\n13812345678\n浙江省杭州市">复制完整信息</a> <a>隐私号</a>';
      }),
  },
  {
    name: 'leaked .beast-core-ellipsis CSS text at the start of every body cell',
    apply: (doc) => ordersOf(doc).forEach((o) => o.rows.forEach((r) => [...r.cells].forEach((c) => c.prepend('.beast-core-ellipsis-2 { display: -webkit-box; }')))),
  },
  {
    name: 'the 2022 layout: one tbody per order in #order-content, the head as a row',
    appliesTo: (_p, doc) => !is2026(doc),
    apply: (doc) => to2022(doc, (o) => o.head.innerHTML),
  },
  {
    name: 'the 2022 layout with the order number only in the 复制 link’s data-clipboard-text',
    appliesTo: (_p, doc) => !is2026(doc),
    apply: (doc) =>
      to2022(doc, (o) => `<a data-clipboard-text="${o.sn}">复制</a> ${[...o.head.children].slice(1).map((c) => c.outerHTML).join(' ')}`),
  },
];

/** Redraws the div-per-order list as 2022's `#order-content`: one table, a tbody per order, the head a row. */
function to2022(doc: Document, headHtml: (o: DemoOrderRows) => string): void {
  const list = doc.querySelector('.package-center-table')!;
  const bodies = ordersOf(doc).map((o) => `<tbody><tr><td colspan="${width(doc)}">${headHtml(o)}</td></tr>${o.rows.map((r) => r.outerHTML).join('')}</tbody>`);
  list.innerHTML = `<table id="order-content">${bodies.join('')}</table>`;
}
