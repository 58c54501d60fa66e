import type { Order } from '../../../../lib/domain';
import { fragment, insertAfter, type PageVariant, type StoredRecord } from '../../../support/page-variants';

// 抖店 订单管理's own variants, applied to the douyin-orders demo page (see variants.test.ts).

const remarkRows = (doc: Document) => [...doc.querySelectorAll('tr[class*="pair-group-row-last"]')];
const itemRows = (doc: Document) => [...doc.querySelectorAll('tr.auxo-table-row-level-1[data-row-key*="_child_"]')];
const lastItems = (doc: Document) => itemRows(doc).filter((r) => !r.nextElementSibling?.getAttribute('data-row-key')?.includes('_child_'));
const orderIdOf = (row: Element) => row.getAttribute('data-row-key')!.split('_')[0]!;
const messageOf = (row: Element) => row.querySelectorAll('[class*="index_content"]')[1]?.textContent ?? '-';
const cells8 = (first: string) => `<td class="auxo-table-cell"></td><td class="auxo-table-cell">${first}</td>${'<td class="auxo-table-cell"></td>'.repeat(6)}`;
const orders = (records: StoredRecord[]) => records as Order[];

function replaceRemarks(doc: Document, html: (row: Element) => string): void {
  for (const row of remarkRows(doc)) row.replaceWith(fragment(doc, html(row)));
}

/** An item row after `last`, its 售后 cell as the last item's (a whole-order refund shows on every line). */
const itemRow = (last: Element, goods: string, price: string) =>
  `<tr class="auxo-table-row auxo-table-row-level-1" data-row-key="${orderIdOf(last)}_child_9"><td class="auxo-table-cell"></td><td class="auxo-table-cell">${goods}</td><td class="auxo-table-cell">${price}</td><td class="auxo-table-cell"><div>${last.children[3]!.querySelector('div')!.textContent}</div></td></tr>`;

/** Completed orders of two items or more: one item refunded leaves them completed. */
const multiCompleted = (o: Order) => o.status === 'completed' && o.items.length > 1;

export const ORDER_VARIANTS: PageVariant[] = [
  {
    name: 'remark row without the closing class',
    apply: (doc) => remarkRows(doc).forEach((r) => r.classList.remove('auxo-pair-group-row-last')),
  },
  {
    name: 'remark row on the order key with the level-0 header class',
    apply: (doc) => remarkRows(doc).forEach((r) => r.setAttribute('class', 'auxo-table-row auxo-table-row-level-0 index_table-row__ULgxX')),
  },
  {
    name: 'remark lines 商家备注：… 买家留言：… in a row of full-width cells',
    apply: (doc) => replaceRemarks(doc, (r) => `<tr class="auxo-table-row">${cells8(`商家备注：- 买家留言：${messageOf(r)}`)}</tr>`),
  },
  {
    name: 'remark row quoting its order number, x2 and ¥5, without the closing class',
    apply: (doc) =>
      replaceRemarks(doc, (r) => `<tr class="auxo-table-row auxo-table-row-level-1" data-row-key="${orderIdOf(r)}"><td colspan="8"><span>订单编号 ${orderIdOf(r)} 的赠品一起发 x2 补差价¥5</span></td></tr>`),
  },
  {
    name: 'remark lines in a child-keyed row drawn like an item row',
    apply: (doc) => replaceRemarks(doc, (r) => `<tr class="auxo-table-row auxo-table-row-level-1" data-row-key="${orderIdOf(r)}_child_remark">${cells8(`<div>买家留言：${messageOf(r)}</div><div>商家备注：-</div>`)}</tr>`),
  },
  {
    name: 'remark row holding only the message in its remark divs',
    apply: (doc) => replaceRemarks(doc, (r) => `<tr class="auxo-table-row auxo-table-row-level-1"><td></td><td colspan="7"><div class="index_footerContent__9Zz"><div class="index_content__7Qq">x2 ¥5 ${messageOf(r)}</div></div></td></tr>`),
  },
  {
    name: 'gift line at ¥0 after the items (stored as an item at ¥0)',
    apply: (doc) => lastItems(doc).forEach((r) => insertAfter(r, itemRow(r, '<div class="style_name__2xH1s">【赠品】旅行装试用</div><div class="style_desc__3WmQ0">默认</div>', '<div class="table_comboAmount__1Xy2z">¥0.00</div><div class="table_comboNum__3vB8k">x1</div>'))),
    expect: (records) => orders(records).map((o) => ({ ...o, items: [...o.items, { title: '【赠品】旅行装试用', spec: '默认', quantity: 1, priceFen: 0 }] })),
  },
  {
    name: 'gift and 运费险 lines without a price (skipped)',
    apply: (doc) => lastItems(doc).forEach((r) => insertAfter(r, `<tr class="auxo-table-row auxo-table-row-level-1"><td></td><td>赠品：旅行装试用</td><td></td><td>运费险</td></tr>`)),
  },
  {
    name: 'buyer nickname that reads 订单号：4099… (never cuts the order)',
    apply: (doc) => doc.querySelectorAll('[class*="table_nickname"]').forEach((a, i) => (a.textContent = `订单号：40991234567${i}`)),
    expect: (records) => orders(records).map((o, i) => ({ ...o, buyer: `订单号：40991234567${i}` })),
  },
  {
    name: 'one item 退款成功 in an 已完成 order of several items (stays completed)',
    appliesTo: (page, doc) => itemRows(doc).some((r) => r.getAttribute('data-row-key')!.endsWith('_child_1')),
    apply: (doc) => {
      for (const row of itemRows(doc).filter((r) => r.getAttribute('data-row-key')!.endsWith('_child_1'))) {
        const first = row.previousElementSibling!;
        if (first.querySelector('[class*="index_status"]')?.textContent === '已完成') first.querySelector('[class*="index_afterSale"]')!.textContent = '退款成功';
      }
    },
    expect: (records) => orders(records).map((o) => (multiCompleted(o) ? { ...o, statusText: '已完成 退款成功' } : o)),
  },
  {
    name: 'no 订单状态 header: the status found as a word in the row',
    apply: (doc) => doc.querySelectorAll('thead th').forEach((th) => th.textContent === '订单状态' && (th.textContent = '')),
  },
  {
    name: 'header labels with a full-width colon (订单号：…, 下单时间：…)',
    apply: (doc) =>
      doc.querySelectorAll('[class*="index_text"]').forEach((s) => {
        const t = s.firstChild!;
        t.nodeValue = t.nodeValue!.replace(/^订单编号\u00a0/, '订单号：').replace(/^下单时间\u00a0/, '下单时间：');
      }),
  },
  {
    name: 'the 2023 crawler\'s goods cells: one index_ellipsis div (title, specxN商家编码…), ¥unitxN (no 商品ID)',
    apply: (doc) => {
      for (const row of itemRows(doc)) {
        const [, goods, price] = row.children;
        const title = goods!.querySelector('[class*="style_name"]')!.textContent;
        const spec = goods!.querySelector('[class*="style_desc"]')!.textContent;
        const code = goods!.querySelectorAll('[class*="style_code"] span')[1]!.textContent;
        const qty = price!.querySelector('[class*="comboNum"]')!.textContent;
        const unit = price!.querySelector('[class*="comboAmount"]')!.textContent;
        goods!.innerHTML = `<div class="index_ellipsis__29MP5 undefined"><div>${title}</div><div>${spec}${qty}<span>商家编码：${code}</span></div></div>`;
        price!.textContent = `${unit}${qty}`;
      }
    },
    expect: (records) => orders(records).map((o) => ({ ...o, items: o.items.map(({ productId: _p, ...i }) => i) })),
  },
  {
    name: 'paid amount without its kit class (read from the 实付金额 column)',
    apply: (doc) => doc.querySelectorAll('[class*="index_payAmount"]').forEach((el) => el.setAttribute('class', 'amount')),
  },
  {
    name: 'buyer nickname without its kit class (read from the 买家 column, receiver left out)',
    apply: (doc) => doc.querySelectorAll('[class*="table_nickname"]').forEach((el) => el.setAttribute('class', 'auxo-btn-link')),
  },
  {
    name: 'receiver revealed as 姓名，电话，地址 (never read)',
    apply: (doc) => doc.querySelectorAll('[class*="index_locationDetail"]').forEach((el) => (el.textContent = '王小明，13812345678，浙江省杭州市西湖区文三路 1 号')),
  },
];

/** Noise in every div cell of the 2021–22 rows (the generic cell variants look for td and ARIA cells only). */
const everyDivCell = (html: string, where: 'prepend' | 'append' = 'prepend') => (doc: Document) =>
  doc.querySelectorAll('[class*="index_cell__"]').forEach((c) => c[where](fragment(doc, html)));

export const DIV_ROW_VARIANTS: PageVariant[] = [
  { name: 'div cells: style element inside every cell', apply: everyDivCell('<style>.x{color:red}</style>') },
  {
    name: 'div cells: script and template inside every cell',
    apply: everyDivCell('<script>window.s={"p":"¥999.00","q":"x9","o":"订单编号：6999999999999999999"}</script><template><div>¥999.00 x9 待发货</div></template>'),
  },
  { name: 'div cells: display:none span inside every cell', apply: everyDivCell('<span style="display:none">¥999.00 x9 已完成</span>') },
  { name: 'div cells: hidden-attribute span at the end of every cell', apply: everyDivCell('<span hidden>¥999.00 x9 已完成</span>', 'append') },
  {
    name: 'div cells: content wrapped in div.cell-inner > span',
    apply: (doc) =>
      doc.querySelectorAll('[class*="index_cell__"]').forEach((c) => {
        const inner = fragment(doc, '<div class="cell-inner"><span></span></div>').firstElementChild!;
        inner.firstElementChild!.append(...c.childNodes);
        c.append(inner);
      }),
  },
];
