import type { Order } from '../../../../lib/domain';
import { insertAfter, type StoredRecord } from '../../../support/page-variants';

// What the Taobao sold-list variants share (research real-evidence.md: tp/sold and list_sold_items.htm). The
// demo pages draw each order as its own unit: a Fusion table (header tr + item trs) or a legacy block.

export const QIANNIU = 'taobao-orders';
export const LEGACY = 'taobao-orders-legacy';
export const UNIT = '[class*="sold_order-table"], .trade-order-main';
export const ITEM_ROW = 'tr[class*="sold_item-row"], tr[class*="suborder-mod__item"]';
export const GIFT = '【赠品】旅行装试用小样';
export const FAKE_ID = '4099000011112222333';

export const units = (doc: Document) => [...doc.querySelectorAll(UNIT)];
export const itemRows = (unit: Element) => [...unit.querySelectorAll(ITEM_ROW)];
export const orders = (records: StoredRecord[]) => records as Order[];
export const onPages =
  (...names: string[]) =>
  (page: { name: string }) =>
    names.includes(page.name);

/** Inserts a row after each order's last item row (past its row-spanned cells). */
export function afterLastItem(doc: Document, html: (unit: Element, n: number) => string): void {
  units(doc).forEach((unit, n) => {
    const last = itemRows(unit).at(-1);
    if (last) insertAfter(last, html(unit, n));
  });
}

/** Adds one to the rowspan of an order's row-spanned cells (buyer, status, 实收款), for an added item line. */
export function growSpans(unit: Element): void {
  for (const cell of itemRows(unit)[0]?.querySelectorAll('td[rowspan]') ?? []) {
    cell.setAttribute('rowspan', String(Number(cell.getAttribute('rowspan')) + 1));
  }
}

/** An item line of the order; its 售后 cell copies the first item's (a whole-order refund shows on every line). */
export const itemLine = (unit: Element, title: string, price: string) => {
  const afterSale = itemRows(unit)[0]?.querySelectorAll('td')[3]?.innerHTML ?? '';
  return `<tr class="next-table-row sold_item-row__1Pz4s"><td><div><a>${title}</a></div></td><td><div>${price}</div></td><td><div><p>1</p></div></td><td>${afterSale}</td></tr>`;
};

/** Completed orders of two or more items: one of their items gets its own 退款成功. */
export const isSplitCompleted = (o: Order) => o.status === 'completed' && o.items.length >= 2;

