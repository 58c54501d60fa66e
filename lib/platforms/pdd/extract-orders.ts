import { parseOrderStatus, type RawOrderRow } from '../../domain';
import { cellsOf, eachAnchorGroup, findHeader, labelHits, labelValue, readAll, rowGrid, textPieces, type AnchorGroup, type LabelHit } from '../../scrape';
import { cellText, goodsRows, isGoodsCell } from './goods-cell';
import { afterSaleOf, buyerText, cellAt, orderItem, paidText, statusText, type Columns } from './order-cells';
import { isOrderIdText, ORDER_DEFAULT_COLUMNS, ORDER_HEADERS, orderSnOf } from './schema';
import { CLIPBOARD, MERGE_GROUP, ORDER_ID_LABEL, PLACED_AT_LABEL } from './selectors';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without reaching for a global
/** True when b comes after a in the document. */
const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & FOLLOWING) !== 0;

/** The order number: its label's value, else a `复制` link's clipboard text shaped like one (2022 list). */
function orderIdOf(head: Element, rows: Element[]): string {
  for (const hit of labelHits(head, ORDER_ID_LABEL)) {
    const sn = orderSnOf(hit.value);
    if (sn) return sn;
  }
  for (const el of [head, ...rows]) {
    const links = el.matches(CLIPBOARD) ? [el] : [...el.querySelectorAll(CLIPBOARD)];
    const sn = links.map((a) => (a.getAttribute('data-clipboard-text') ?? '').trim()).find(isOrderIdText);
    if (sn) return sn;
  }
  return '';
}

/** One tbody per order whose number is only in its `复制` link (2022 `#order-content`), when no label opens orders. */
function clipboardGroups(root: ParentNode): AnchorGroup[] {
  return [...root.querySelectorAll('tbody')].flatMap((tbody) => {
    const link = [...tbody.querySelectorAll(CLIPBOARD)].find((a) => isOrderIdText(a.getAttribute('data-clipboard-text') ?? ''));
    return link ? [{ head: link, rows: goodsRows(tbody) }] : [];
  });
}

/** The order time: in the head, else the first time label after the head and before the next order's. */
function placedAtOf(head: Element, next: Element | undefined, times: () => LabelHit[]): string {
  const own = labelValue(head, PLACED_AT_LABEL);
  if (own) return own;
  const after = times().find((t) => follows(head, t.el) && (!next || follows(t.el, next)));
  return after?.value ?? '';
}

/** Columns by header; without one, the research's cell order counted from the row's goods cell. */
function columnsFor(header: Columns | undefined, first: Element[]): Columns {
  if (header) return header;
  const shift = Math.max(0, first.findIndex(isGoodsCell));
  return Object.fromEntries(Object.entries(ORDER_DEFAULT_COLUMNS).map(([k, v]) => [k, v + shift]));
}

const isRefund = (text: string) => /^refund/.test(parseOrderStatus(text) ?? '');

/**
 * One order from its head and its goods rows' cells. Order-level cells are row-spanned (one cell for all
 * rows) or repeated per row; an item row's own status or after-sales word that is a refund stays with that
 * item, the order's status is the first row's that is not one.
 */
function orderRow(orderId: string, placedAt: string, head: Element | undefined, grid: Element[][], header: Columns | undefined): RawOrderRow {
  const first = grid[0] ?? [];
  const cols = columnsFor(header, first);
  const items = grid.map((cells) => orderItem(cells, cols));
  const raw: RawOrderRow = { orderId, buyer: buyerText(head, first, cols), placedAt, status: '', paid: paidText(cellAt(first, cols.paid)), items };
  const statusCells = [...new Set(grid.map((cells) => cellAt(cells, cols.status)))];
  if (statusCells.length > 1) {
    const texts = grid.map((cells) => cellText(cellAt(cells, cols.status)));
    raw.status = texts.find((t) => t && !isRefund(t)) ?? texts.find(Boolean) ?? '';
    texts.forEach((t, i) => {
      if (t && t !== raw.status && isRefund(t)) items[i]!.afterSale = t;
    });
  } else {
    raw.status = statusText(head, first, cols);
  }
  const afterCells = [...new Set(grid.map((cells) => cellAt(cells, cols.afterSale)))];
  if (afterCells.length > 1) {
    grid.forEach((cells, i) => {
      const own = afterSaleOf(cellAt(cells, cols.afterSale));
      if (own) items[i]!.afterSale = own;
    });
  } else {
    const own = afterSaleOf(afterCells[0]);
    if (own) raw.afterSale = own;
  }
  return raw;
}

/**
 * The orders of the PDD order list (mms.pinduoduo.com/orders/list), every era, one order at a time: a div per
 * order (head with 订单编号/订单成交时间 + a goods table), one tbody per order (2022; the number maybe only in
 * the 复制 link), header rows of ≤2 cells followed by data rows in shared tbodies (2026 BeastCore). The shared
 * anchorGroups cuts orders at their 订单编号 and skips rows that are not goods lines (risk notices, remarks,
 * controls); 合并发货 group rows are skipped too. Cells are found by header text, else in the research's cell
 * order. An order head with neither a number nor goods rows is page chrome; goods rows before any order come
 * out first with an empty order id, to be rejected, never dropped. The receiver's cell is never read.
 */
export function* eachOrderRow(root: ParentNode): Generator<RawOrderRow, void, undefined> {
  const header = findHeader(root, ORDER_HEADERS, { min: 3 });
  const grid = rowGrid(root);
  const cellsAt = (row: Element) => grid.get(row) ?? cellsOf(row);
  const lines = (rows: Element[]) => rows.filter((r) => !MERGE_GROUP.test(textPieces(r)[0] ?? '')).map(cellsAt);
  let times: LabelHit[] | undefined;
  const timesOnPage = () => (times ??= labelHits(root, PLACED_AT_LABEL));
  const order = ({ head, rows }: AnchorGroup, next: AnchorGroup | undefined): RawOrderRow | undefined => {
    const id = orderIdOf(head, rows);
    const items = lines(rows);
    if (!items.length && !id) return undefined;
    return orderRow(id, placedAtOf(head, next?.head, timesOnPage), head, items, header?.columns);
  };
  const cut = eachAnchorGroup(root, { label: ORDER_ID_LABEL, header: header?.row, minCells: 2 });
  let first = cut.next();
  // Without an order label, the 2022 tbodies with the number in their 复制 link.
  const groups: Iterator<AnchorGroup, void> = first.done ? clipboardGroups(root)[Symbol.iterator]() : cut;
  if (first.done) first = groups.next();
  const taken = first.done ? [] : first.value.rows;
  const firstHead = first.done ? undefined : first.value.head;
  // Goods rows before the first order: no group reaches back over its head, so these are all known now.
  const orphans = goodsRows(root).filter((r) => !taken.includes(r) && (!firstHead || (follows(r, firstHead) && !r.contains(firstHead))));
  for (const cells of lines(orphans)) yield orderRow('', '', undefined, [cells], header?.columns);
  for (let group = first; !group.done; ) {
    const next = groups.next();
    const row = order(group.value, next.done ? undefined : next.value);
    if (row) yield row;
    group = next;
  }
}

/** eachOrderRow read in one go. */
export function extractOrders(root: ParentNode): RawOrderRow[] {
  return readAll(eachOrderRow(root));
}
