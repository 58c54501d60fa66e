import type { RawOrderItem, RawOrderRow, RawProductRow } from '../../domain';
import {
  ROW_SELECTOR,
  anchorGroups,
  cellsOf,
  findHeader,
  firstToken,
  labelValue,
  rowGrid,
  tableScope,
  textExcept,
  textOf,
  textPieces,
  type AnchorGroup,
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

function titleOf(cell: Element | undefined): string {
  if (!cell) return '';
  // The item link first, then a title element, then any link: tag and snapshot links sit beside the title.
  for (const selector of [S.ITEM_LINK, S.TITLE_ELEMENT, 'a']) {
    const found = [...cell.querySelectorAll(selector)]
      .map((el) => textOf(el))
      .find((t) => t && !isChromeWord(t) && !isSpecText(t));
    if (found) return found;
  }
  return textPieces(cell).find((p) => !isChromeWord(p) && !isSpecText(p) && !/[:：]/.test(p)) ?? '';
}

function specOf(cell: Element | undefined): string {
  if (!cell) return '';
  const marked = [...cell.querySelectorAll(S.SKU_TEXT)].filter((el) => !el.querySelector(S.SKU_TEXT));
  const parts = marked.length ? marked.flatMap((el) => textPieces(el)) : textPieces(cell);
  return cleanSpec(cleanSpec(parts).split(';').filter(isSpecText));
}

/** The item link's id (`item.htm?id=…`), else an `ID:` label (the product list prints both). */
function productIdOf(cell: Element | undefined): string | undefined {
  if (!cell) return undefined;
  for (const a of cell.querySelectorAll(S.ITEM_LINK)) {
    const id = itemIdFromHref(a.getAttribute('href') ?? '');
    if (id) return id;
  }
  const labelled = firstToken(labelValue(cell, S.PRODUCT_ID_LABEL));
  return labelled && /^\d/.test(labelled) ? labelled : undefined;
}

function amountOf(cell: Element | undefined): string {
  return cleanAmount(textExcept(cell, S.ORIGINAL_PRICE));
}

// ---- orders ---------------------------------------------------------------------------------------------

function orderIdOf(head: Element): string {
  const token = firstToken(labelValue(head, S.ORDER_ID_LABEL));
  if (token && /^\d{6,}/.test(token)) return token;
  return head.querySelector<HTMLInputElement>(S.ORDER_ID_INPUT)?.value.trim() ?? '';
}

/** The buyer column's nickname; without that column, a nickname element or 买家： label anywhere in the order. */
function buyerOf(cell: Element | undefined, group: AnchorGroup): string {
  if (cell) return firstValue(cell.querySelector(S.BUYER_NAME) ?? cell);
  const named = [group.head, ...group.rows].map((el) => el.querySelector(S.BUYER_NAME)).find(Boolean);
  return named ? firstValue(named) : (labelValue(group.head, S.BUYER_LABEL) ?? '');
}

/** The status column's first word; without that column, the console's status box anywhere in the order. */
function statusOf(cell: Element | undefined, group: AnchorGroup): string {
  if (cell) return firstValue(cell);
  return firstValue(group.rows.map((row) => row.querySelector(S.ORDER_STATUS_BOX)).find(Boolean) ?? undefined);
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

function readOrder(group: AnchorGroup, cols: Partial<Record<OrderField, number>>, grid: Map<Element, Element[]>): RawOrderRow {
  const rows = group.rows.map((r) => grid.get(r) ?? cellsOf(r));
  const first = rows[0];
  // 售后 is per item; the order carries each distinct word once (退款中, 退款成功).
  const afterSale = [...new Set(rows.map((cells) => firstValue(cellAt(cells, cols, 'afterSale'))))].filter(Boolean).join(' ');
  return {
    orderId: orderIdOf(group.head),
    buyer: buyerOf(cellAt(first, cols, 'buyer'), group),
    placedAt: labelValue(group.head, S.PLACED_AT_LABEL) ?? '',
    status: statusOf(cellAt(first, cols, 'status'), group),
    ...(afterSale ? { afterSale } : {}),
    paid: amountOf(cellAt(first, cols, 'paid')),
    items: rows.map((cells) => readItem(cells, cols)),
    text: [group.head, ...group.rows].map((el) => textOf(el)).join(' ').slice(0, 500),
  };
}

/**
 * The sold-orders list (Qianniu `trade-platform/tp/sold` and legacy `list_sold_items.htm`) → one raw row per
 * order. Columns are found by the shared header's texts; buyer, status and 实收款 come from the first item
 * row (they are row-spanned). An order whose parts cannot be read still yields a row, with those fields
 * empty, so the parser rejects it with a reason.
 */
export function extractOrderRows(root: ParentNode): RawOrderRow[] {
  const found = findHeader(root, ORDER_HEADERS, { required: ['title'], min: 3 });
  const header = found?.row;
  const scope = header ? tableScope(header, root) : root;
  const cols = found?.columns ?? DEFAULT_ORDER_COLUMNS;
  const grid = rowGrid(scope);
  const groups = anchorGroups(scope, { label: S.ORDER_ID_LABEL, header });
  return groups.map((group) => readOrder(group, cols, grid));
}

// ---- products -------------------------------------------------------------------------------------------

function isProductRow(row: Element, header: Element | undefined, scope: ParentNode): boolean {
  if (row === header || row.closest(`thead, ${S.LOCKED_COLUMN_COPY}`) || cellsOf(row).length < 3) return false;
  if ([...row.children].some((c) => c.matches('th, [role="columnheader"]'))) return false;
  const outerCell = row.parentElement?.closest(CELL);
  return !(outerCell && (scope as Node).contains(outerCell)); // an expanded SKU table inside a row
}

function productStatusOf(cells: Element[], statusCell: Element | undefined, tab: string): string {
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
    status: productStatusOf(cells, at('status'), tab),
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
  const found = findHeader(root, PRODUCT_HEADERS, { required: ['title'], min: 2 });
  const header = found?.row;
  const scope = header ? tableScope(header, root) : root;
  const cols = found?.columns ?? DEFAULT_PRODUCT_COLUMNS;
  const grid = rowGrid(scope);
  const tab = statusOfTab(textOf(root.querySelector(S.ACTIVE_TAB)));
  return [...scope.querySelectorAll(ROW_SELECTOR)]
    .filter((row) => isProductRow(row, header, scope))
    .map((row) => ({ row, cells: grid.get(row) ?? cellsOf(row) }))
    .filter(({ cells }) => header || productIdOf(cellAt(cells, cols, 'title')))
    .map(({ row, cells }) => readProduct(row, cells, cols, tab));
}
