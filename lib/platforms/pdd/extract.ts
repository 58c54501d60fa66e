import type { RawOrderItem, RawOrderRow, RawProductRow } from '../../domain';
import {
  cellsOf,
  expandGrid,
  findHeader,
  firstToken,
  labelHits,
  textOf,
  textPieces,
  type LabelHit,
} from '../../scrape';
import {
  afterSaleText,
  isActionText,
  isOrderIdText,
  ORDER_DEFAULT_COLUMNS,
  ORDER_HEADERS,
  PRODUCT_HEADERS,
  readGoodsLines,
  unitPriceText,
  type GoodsText,
} from './schema';
import {
  GOODS_CONTAINER,
  GOODS_ID_TEXT,
  GOODS_MARKER,
  HEADER_PART,
  ORDER_ID_LABEL,
  PLACED_AT_LABEL,
  ROW,
} from './selectors';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without reaching for a global

type Columns = Partial<Record<string, number>>;

const follows = (a: Element, b: Element) => (a.compareDocumentPosition(b) & FOLLOWING) !== 0;

/** Column of each field by header text: the header row that names the most of them, at least three. */
function columns<F extends string>(root: ParentNode, map: Record<F, RegExp>): Partial<Record<F, number>> | undefined {
  return findHeader(root, map, { min: 3 })?.columns;
}

/** Rows that show goods: not header rows, two cells or more, a goods cell; wrapper rows of nested tables skipped. */
function goodsRows(root: ParentNode): Element[] {
  return [...root.querySelectorAll(ROW)].filter(
    (row) =>
      !row.closest(HEADER_PART) &&
      !row.querySelector(ROW) &&
      cellsOf(row).length >= 2 &&
      (row.querySelector(GOODS_MARKER) !== null || GOODS_ID_TEXT.test(textOf(row))),
  );
}

/** A cell's text without its link words (查看, 复制 …). */
function cellText(cell: Element | undefined): string {
  return cell ? textPieces(cell).filter((p) => !isActionText(p)).join(' ') : '';
}

function childLines(el: Element): string[] {
  return [...el.childNodes].map((n) => textOf(n)).filter(Boolean);
}

/** The goods cell's lines: the children of the element that holds most of them (the info div beside the picture). */
function goodsText(cell: Element | undefined): GoodsText {
  if (!cell) return readGoodsLines([]);
  const box = cell.querySelector(GOODS_CONTAINER) ?? cell;
  let best = childLines(box);
  for (const el of box.querySelectorAll('*')) {
    const lines = childLines(el);
    if (lines.length > best.length) best = lines;
  }
  return readGoodsLines(best.length >= 2 ? best : textPieces(box));
}

/** The goods cell of a grid row: by header, else the cell holding the goods container or id line. */
function goodsCell(row: Element[], col: number | undefined): Element | undefined {
  if (col !== undefined) return row[col];
  return row.find((c) => c.querySelector(GOODS_MARKER) || GOODS_ID_TEXT.test(textOf(c)));
}

/**
 * The unit price from a line's 商品总价 ÷ 数量, when the goods cell shows none. A 商品总价 row-spanned over
 * several lines is the order's total, not the line's: no price then, so the row is rejected, not mispriced.
 */
function lineUnitPrice(total: Element | undefined, quantity: string): string {
  if (!total || Number(total.getAttribute('rowspan')) > 1) return '';
  return unitPriceText(cellText(total), quantity);
}

function orderItem(row: Element[], cols: Columns): RawOrderItem {
  const at = (col: number | undefined) => (col === undefined ? undefined : row[col]);
  const goods = goodsText(goodsCell(row, cols.goods));
  const quantity = cellText(at(cols.quantity));
  const item: RawOrderItem = {
    title: goods.title,
    spec: goods.spec,
    productId: firstToken(goods.productId) ?? '',
    quantity,
    price: goods.price || lineUnitPrice(at(cols.total), quantity),
  };
  if (goods.outerId) item.outerId = goods.outerId;
  return item;
}


/** The head of an order: the largest element around its 订单编号 that holds no goods row and no other order. */
function headOf(hit: LabelHit, rows: Element[], hits: LabelHit[], root: ParentNode): Element {
  let head = hit.el;
  for (let up = head.parentElement; up && head !== root; up = up.parentElement) {
    if (rows.some((r) => up.contains(r)) || hits.some((h) => h !== hit && up.contains(h.el))) break;
    head = up;
  }
  return head;
}

/** The order time of order i: the first time label after its 订单编号 and before the next, else one in its head. */
function placedAtOf(i: number, hits: LabelHit[], times: LabelHit[], head: Element): string {
  const next = hits[i + 1];
  const after = times.find((t) => follows(hits[i]!.el, t.el) && (!next || follows(t.el, next.el)));
  return (after ?? times.find((t) => head.contains(t.el)))?.value ?? '';
}

function orderRow(
  orderId: string,
  placedAt: string,
  head: Element | undefined,
  rows: Element[],
  cols: Columns,
): RawOrderRow {
  const grid = expandGrid(rows);
  const first = grid[0] ?? [];
  const at = (col: number | undefined) => (col === undefined ? undefined : first[col]);
  const afterSale = afterSaleText(cellText(at(cols.afterSale)));
  const raw: RawOrderRow = {
    orderId,
    buyer: cellText(at(cols.buyer)),
    placedAt,
    status: cellText(at(cols.status)),
    paid: cellText(at(cols.paid)),
    items: grid.map((row) => orderItem(row, cols)),
    text: [head, ...rows].map((el) => textOf(el)).filter(Boolean).join(' ').slice(0, 300),
  };
  if (afterSale) raw.afterSale = afterSale;
  return raw;
}

/**
 * The order blocks of the PDD order list (mms.pinduoduo.com/orders/list). Every 订单编号 label starts an
 * order; the goods rows after it, up to the next one, are its lines, so the reader does not depend on how
 * blocks are wrapped (one div per order, one tbody per order, or a flat list). Cells are found by header
 * text, else in the research's cell order. A 订单编号 with neither an id nor goods rows is page chrome (the
 * search form); goods rows before any order come out with an empty order id, to be rejected, never dropped.
 */
export function extractOrders(root: ParentNode): RawOrderRow[] {
  const cols = columns(root, ORDER_HEADERS) ?? ORDER_DEFAULT_COLUMNS;
  // A column header named 订单号 is not an order; an order head drawn in a table's thead still is.
  const hits = labelHits(root, ORDER_ID_LABEL).filter(
    (h) => isOrderIdText(firstToken(h.value) ?? '') || !h.el.closest(HEADER_PART),
  );
  const times = labelHits(root, PLACED_AT_LABEL);
  const rows = goodsRows(root).filter((r) => !hits.some((h) => r.contains(h.el)));
  const groups: Element[][] = hits.map(() => []);
  const orphans: RawOrderRow[] = [];
  let current = -1;
  for (const row of rows) {
    while (current + 1 < hits.length && follows(hits[current + 1]!.el, row)) current++;
    if (current >= 0) groups[current]!.push(row);
    else orphans.push(orderRow('', '', undefined, [row], cols));
  }
  const orders = hits.flatMap((hit, i) => {
    const id = firstToken(hit.value) ?? '';
    const group = groups[i]!;
    if (!group.length && !isOrderIdText(id)) return [];
    const head = headOf(hit, rows, hits, root);
    return [orderRow(isOrderIdText(id) ? id : '', placedAtOf(i, hits, times, head), head, group, cols)];
  });
  return [...orphans, ...orders];
}

/**
 * The goods rows of the PDD goods list (mms.pinduoduo.com/goods/goods_list): one product-level row per goods
 * (PDD lists SKUs only inside the edit page), price as shown (a range for multi-SKU goods), stock, 30-day
 * sales, creation time and status by header text. 商家编码 comes from its column, else from the goods cell.
 */
export function extractProducts(root: ParentNode): RawProductRow[] {
  const cols = columns(root, PRODUCT_HEADERS) ?? {};
  const rows = goodsRows(root);
  return expandGrid(rows).map((row, r) => {
    const at = (col: number | undefined) => (col === undefined ? undefined : row[col]);
    const goods = goodsText(goodsCell(row, cols.goods));
    const raw: RawProductRow = {
      productId: firstToken(goods.productId || cellText(at(cols.productId))) ?? '',
      skuId: '',
      title: goods.title,
      outerId: cellText(at(cols.outerId)) || goods.outerId,
      price: cellText(at(cols.price)) || goods.price,
      stock: cellText(at(cols.stock)),
      status: cellText(at(cols.status)),
      text: textOf(rows[r]).slice(0, 300),
    };
    if (cols.sales30d !== undefined) raw.sales30d = cellText(at(cols.sales30d));
    if (cols.listedAt !== undefined) raw.listedAt = cellText(at(cols.listedAt));
    return raw;
  });
}
