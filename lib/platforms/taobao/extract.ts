import type { RawOrderItem, RawOrderRow, RawProductRow } from '../../domain';
import {
  ROW_SELECTOR,
  cellsOf,
  columnsByHeader,
  findHeaderRow,
  firstToken,
  headerCellTexts,
  labelValue,
  rowGrid,
  tableScope,
  textExcept,
  textOf,
  textPieces,
} from '../../scrape';
import {
  DEFAULT_ORDER_COLUMNS,
  DEFAULT_PRODUCT_COLUMNS,
  ORDER_HEADERS,
  PRODUCT_HEADERS,
  cleanAmount,
  cleanSpec,
  isChromeWord,
  isProductStatusWord,
  isSpecText,
  itemIdFromHref,
  statusOfTab,
  type OrderField,
  type ProductField,
} from './schema';
import * as S from './selectors';

type Cells = Element[] | undefined;
const CELL = 'td, th, [role="cell"], [role="gridcell"]';

/** The cell of a field in a grid row, when the page has that column. */
function cellAt<F extends string>(cells: Cells, cols: Partial<Record<F, number>>, field: F): Element | undefined {
  const i = cols[field];
  return i === undefined ? undefined : cells?.[i];
}

/** The first text of a cell that is not a link or button word (和我联系, 详情, 查看物流 …). */
function firstValue(el: Element | undefined): string {
  return el ? (textPieces(el).find((p) => !isChromeWord(p)) ?? '') : '';
}

/** True when the row sits inside a cell of a row already read (a nested table), or of no interest. */
function nestedIn(row: Element, taken: Set<Element>): boolean {
  for (let up = row.parentElement?.closest(ROW_SELECTOR); up; up = up.parentElement?.closest(ROW_SELECTOR)) {
    if (taken.has(up)) return true;
  }
  return false;
}

function titleOf(cell: Element | undefined): string {
  if (!cell) return '';
  const linked = [...cell.querySelectorAll(`${S.ITEM_LINK}, ${S.TITLE_ELEMENT}, a`)]
    .map((el) => textOf(el))
    .find((t) => t && !isChromeWord(t) && !isSpecText(t));
  return linked ?? textPieces(cell).find((p) => !isChromeWord(p) && !isSpecText(p) && !/[:：]/.test(p)) ?? '';
}

function specOf(cell: Element | undefined): string {
  if (!cell) return '';
  const marked = [...cell.querySelectorAll(S.SKU_TEXT)].filter((el) => !el.querySelector(S.SKU_TEXT));
  const parts = marked.length ? marked.flatMap((el) => textPieces(el)) : textPieces(cell);
  return cleanSpec(cleanSpec(parts).split(';').filter(isSpecText));
}

function productIdOf(cell: Element | undefined): string | undefined {
  if (!cell) return undefined;
  const labelled = firstToken(labelValue(cell, S.PRODUCT_ID_LABEL));
  if (labelled && /^\d/.test(labelled)) return labelled;
  for (const a of cell.querySelectorAll(S.ITEM_LINK)) {
    const id = itemIdFromHref(a.getAttribute('href') ?? '');
    if (id) return id;
  }
  return undefined;
}

function amountOf(cell: Element | undefined): string {
  return cleanAmount(textExcept(cell, S.ORIGINAL_PRICE));
}

// ---- orders ---------------------------------------------------------------------------------------------

interface OrderGroup {
  head: Element;
  items: Element[];
}

/** The element heading an order: its row, or for a div header the block that also holds 创建时间. */
function headOf(anchor: Element, scope: ParentNode): Element {
  const row = anchor.closest(ROW_SELECTOR);
  if (row) return row;
  let el = anchor;
  const time = new RegExp(S.PLACED_AT_LABEL);
  while (!time.test(el.textContent ?? '') && el.parentElement && el.parentElement !== scope) {
    if (el.parentElement.querySelector(ROW_SELECTOR)) break;
    el = el.parentElement;
  }
  return el;
}

/**
 * Cuts the list into orders: each 订单号 anchor opens one, and the item rows after it (three or more cells)
 * belong to it until the next. This works whether an order is one table, a header table plus an items
 * table, or rows of one big table. Remark and spacer rows (one wide cell) are passed over.
 */
function orderGroups(scope: ParentNode, header: Element | undefined): OrderGroup[] {
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  const walker = doc.createTreeWalker(scope as Node, 1 | 4 /* elements and text */);
  const groups: OrderGroup[] = [];
  const taken = new Set<Element>();
  let current: OrderGroup | undefined;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) {
      const el = n.parentElement;
      if (!el || !S.ORDER_ID_ANCHOR.test(n.nodeValue ?? '') || el.closest(`${S.HIDDEN}, thead`)) continue;
      if (header?.contains(el) || current?.head.contains(el) || nestedIn(el, taken)) continue;
      const head = headOf(el, scope);
      if (!head.matches(ROW_SELECTOR) && !/\d{4}/.test(labelValue(head, S.ORDER_ID_LABEL) ?? '')) continue;
      current = { head, items: [] };
      groups.push(current);
      taken.add(head);
      continue;
    }
    const row = n as Element;
    if (!current || !row.matches(ROW_SELECTOR) || row === header || row.closest('thead')) continue;
    if (current.head.contains(row) || nestedIn(row, taken) || S.ORDER_ID_ANCHOR.test(row.textContent ?? '')) continue;
    if (cellsOf(row).length < 3) continue;
    current.items.push(row);
    taken.add(row);
  }
  return groups;
}

function orderIdOf(head: Element): string {
  const token = firstToken(labelValue(head, S.ORDER_ID_LABEL));
  if (token && /^\d{6,}/.test(token)) return token;
  return head.querySelector<HTMLInputElement>(S.ORDER_ID_INPUT)?.value.trim() ?? '';
}

function buyerOf(cell: Element | undefined, head: Element): string {
  const fromCell = firstValue(cell?.querySelector(S.BUYER_NAME) ?? cell);
  return fromCell || (labelValue(head, S.BUYER_LABEL) ?? '');
}

function readItem(cells: Cells, cols: Partial<Record<OrderField, number>>): RawOrderItem {
  const main = cellAt(cells, cols, 'title');
  const outerId = firstToken(main ? labelValue(main, S.OUTER_ID_LABEL) : undefined);
  return {
    title: titleOf(main),
    spec: specOf(main),
    productId: productIdOf(main),
    ...(outerId ? { outerId } : {}),
    quantity: textOf(cellAt(cells, cols, 'quantity')),
    price: amountOf(cellAt(cells, cols, 'price')),
  };
}

function readOrder(group: OrderGroup, cols: Partial<Record<OrderField, number>>, grid: Map<Element, Element[]>): RawOrderRow {
  const rows = group.items.map((r) => grid.get(r) ?? cellsOf(r));
  const first = rows[0];
  // 售后 is per item; the order carries each distinct word once (退款中, 退款成功).
  const afterSale = [...new Set(rows.map((cells) => firstValue(cellAt(cells, cols, 'afterSale'))))].filter(Boolean).join(' ');
  return {
    orderId: orderIdOf(group.head),
    buyer: buyerOf(cellAt(first, cols, 'buyer'), group.head),
    placedAt: labelValue(group.head, S.PLACED_AT_LABEL) ?? '',
    status: firstValue(cellAt(first, cols, 'status')),
    ...(afterSale ? { afterSale } : {}),
    paid: amountOf(cellAt(first, cols, 'paid')),
    items: rows.map((cells) => readItem(cells, cols)),
    text: [group.head, ...group.items].map((el) => textOf(el)).join(' ').slice(0, 500),
  };
}

/**
 * The sold-orders list (Qianniu `trade-platform/tp/sold` and legacy `list_sold_items.htm`) → one raw row per
 * order. Columns are found by the shared header's texts; buyer, status and 实收款 come from the first item
 * row (they are row-spanned). An order whose parts cannot be read still yields a row, with those fields
 * empty, so the parser rejects it with a reason.
 */
export function extractOrderRows(root: ParentNode): RawOrderRow[] {
  const header = findHeaderRow(root, [ORDER_HEADERS.title, /交易状态|订单状态|实收款|实付/]);
  const scope = header ? tableScope(header, root) : root;
  const cols = header ? columnsByHeader(headerCellTexts(header), ORDER_HEADERS) : DEFAULT_ORDER_COLUMNS;
  const grid = rowGrid(scope);
  return orderGroups(scope, header).map((group) => readOrder(group, cols, grid));
}

// ---- products -------------------------------------------------------------------------------------------

function isProductRow(row: Element, header: Element | undefined, scope: ParentNode): boolean {
  if (row === header || row.closest(`thead, ${S.LOCKED_COLUMN_COPY}`) || cellsOf(row).length < 3) return false;
  if (row.querySelector(':scope > th, :scope > [role="columnheader"]')) return false;
  const outerCell = row.parentElement?.closest(CELL);
  return !(outerCell && (scope as Node).contains(outerCell)); // an expanded SKU table inside a row
}

function statusOf(cells: Element[], statusCell: Element | undefined, tab: string): string {
  if (statusCell) return firstValue(statusCell);
  return cells.flatMap((c) => textPieces(c)).find(isProductStatusWord) ?? tab;
}

function readProduct(row: Element, cells: Element[], cols: Partial<Record<ProductField, number>>, tab: string): RawProductRow {
  const at = (f: ProductField) => cellAt(cells, cols, f);
  const main = at('title');
  const outerCell = at('outerId');
  const sales = at('sales30d');
  const time = at('listedAt');
  return {
    productId: productIdOf(main) ?? '',
    title: titleOf(main),
    spec: '',
    outerId: outerCell ? textOf(outerCell) : (firstToken(main ? labelValue(main, S.PRODUCT_OUTER_ID_LABEL) : undefined) ?? ''),
    price: amountOf(at('price')),
    stock: textOf(at('stock')),
    ...(sales ? { sales30d: textOf(sales) } : {}),
    status: statusOf(cells, at('status'), tab),
    listedAt: time ? (textPieces(time).find((p) => /\d{4}\s*[-/.年]\s*\d{1,2}/.test(p)) ?? textOf(time)) : '',
    text: textOf(row).slice(0, 500),
  };
}

/**
 * The product list (Qianniu `SellManage/*`, a Fusion `table[role="table"]`) → one raw row per product, read
 * at product level: the price is the cell's lowest (a range when SKU prices differ), stock and 30-day sales
 * the product's totals. The status comes from the row's status tag, else the active tab.
 */
export function extractProductRows(root: ParentNode): RawProductRow[] {
  const header = findHeaderRow(root, [PRODUCT_HEADERS.title, /库存|价格/]);
  const scope = header ? tableScope(header, root) : root;
  const cols = header ? columnsByHeader(headerCellTexts(header), PRODUCT_HEADERS) : DEFAULT_PRODUCT_COLUMNS;
  const grid = rowGrid(scope);
  const tab = statusOfTab(textOf(root.querySelector(S.ACTIVE_TAB)));
  return [...scope.querySelectorAll(ROW_SELECTOR)]
    .filter((row) => isProductRow(row, header, scope))
    .map((row) => ({ row, cells: grid.get(row) ?? cellsOf(row) }))
    .filter(({ cells }) => header || productIdOf(cellAt(cells, cols, 'title')))
    .map(({ row, cells }) => readProduct(row, cells, cols, tab));
}
