import { parseOrderStatus, type RawOrderItem, type RawOrderRow } from '../../domain';
import { eachAnchorGroup, expandGrid, findHeader, firstToken, isNotData, labelHits, lineKind, readAll, rowsOf, textExcept, textOf, textPieces } from '../../scrape';
import { codeAtEnd, isAfterSaleText, isPriceText, isQuantityText, moneyIn, placedAtText, PORDER_HEADERS, type PorderField } from './schema';
import { ORDER, ORDER_TEXT, PORDER } from './selectors';

type Cols = Partial<Record<PorderField, number>>;
interface PorderBlock {
  head: Element;
  rows: Element[][];
}

const label = (root: ParentNode, l: string, ok: (v: string) => boolean = Boolean) => labelHits(root, l).find((h) => ok(h.value))?.value;

/** The order id of a header table: its labelled 订单号, else its id link (`th/div[1]/span[1]/a`). */
function headId(table: Element): string {
  const thead = table.querySelector('thead');
  if (!thead) return '';
  const labelled = label(thead, ORDER_TEXT.orderId, (v) => /\d{6}/.test(v));
  if (labelled) return firstToken(labelled.match(/\d[\d-]*/)?.[0]) ?? '';
  const link = [...thead.querySelectorAll(PORDER.idLink)].map((a) => textOf(a)).find((t) => /^\d{8,}$/.test(t));
  return link ?? '';
}

/** The list's column header: the first top-level table that is no order head and names two porder fields. */
function columnsOf(scope: ParentNode): Cols {
  for (const table of scope.querySelectorAll('table')) {
    if (table.parentElement?.closest('table') || headId(table)) continue;
    const cols = findHeader(table, PORDER_HEADERS, { min: 2 })?.columns;
    if (cols) return cols;
  }
  return {};
}

/**
 * Top-level tables cut into orders by the shared record cutter (anchorGroups, a table as its "row"), one
 * order at a time: a header table opens an order — by its 订单号 label, or by its id link when the label is
 * missing — and the body tables after it are its rows (on the browser's grid, so a row-spanned amount or
 * status cell reaches every item row).
 */
function* blocks(scope: ParentNode): Generator<PorderBlock, void, undefined> {
  const groups = eachAnchorGroup(scope, {
    label: ORDER_TEXT.orderId,
    rows: 'table',
    cells: rowsOf,
    minCells: 1,
    isHead: (table) => headId(table) !== '',
  });
  for (const g of groups) {
    if (!headId(g.head)) continue;
    yield {
      head: g.head,
      rows: g.rows.flatMap((table) => expandGrid(rowsOf(table).filter((r) => !r.closest('thead') && !r.querySelector('th')))),
    };
  }
}

/**
 * The cells of a body row that hold the item: never the remark or receiver cells, nor the order's own cells
 * (amount, status, buyer) that a row-spanned grid also lays on a gift or note row.
 */
function itemCells(cells: Element[], cols: Cols): Element[] {
  const remark = cols.remark ?? (cols.title === undefined && cells.length > PORDER.remarkIndex ? PORDER.remarkIndex : undefined);
  const order = new Set([remark, cols.receiver, cols.buyer, cols.paid, cols.status]);
  return [...new Set(cells.filter((c, i) => !order.has(i) && !c.matches(ORDER.remark)))];
}

function readRow(cells: Element[], cols: Cols): RawOrderItem {
  const at = (f: PorderField, fallback?: number) => cells[cols[f] ?? (cols.title === undefined ? (fallback ?? -1) : -1)];
  const titleCell = at('title', 0) ?? cells[0]!;
  const title = textOf(titleCell.querySelector(PORDER.titleLink)) || (textPieces(titleCell)[0] ?? '');
  const item: RawOrderItem = { title, spec: label(titleCell, ORDER_TEXT.spec) ?? '', quantity: '', price: '' };
  const skuId = firstToken(label(titleCell, ORDER_TEXT.skuId, (v) => /\d{4}/.test(v)));
  const outerId = firstToken(label(titleCell, ORDER_TEXT.outerId)) ?? codeAtEnd(title);
  if (skuId) item.skuId = skuId;
  if (outerId) item.outerId = outerId;
  const own = itemCells(cells, cols).filter((c) => c !== titleCell);
  const priceCell = at('price', PORDER.priceIndex);
  // A price cell may show an original price before the price (`p[1]`, `p[2] = ¥price`): its last amount counts.
  const prices = priceCell ? priceTexts(priceCell) : [];
  const labelled = own.map((c) => label(c, ORDER_TEXT.price, (v) => /^[¥￥]?\s*\d/.test(v))).find(Boolean);
  item.price = moneyIn(labelled) || prices.at(-1) || own.flatMap((c) => textPieces(c)).find(isPriceText) || '';
  const qtyCell = at('quantity');
  const qty = own.map((c) => label(c, ORDER_TEXT.quantity, (v) => /^[x×X]?\s*\d/.test(v))).find(Boolean);
  const pieces = own.flatMap((c) => textPieces(c));
  // A bare count (`2`) is the quantity only in a 数量 column, or as the one small whole number of the row.
  const counts = own.filter((c) => c !== priceCell && /^\d{1,3}$/.test(textOf(c)));
  const bare = qtyCell ? textOf(qtyCell).match(/^\d+$/)?.[0] : counts.length === 1 ? textOf(counts[0]) : '';
  item.quantity = qty?.match(/\d+/)?.[0] || pieces.find(isQuantityText) || bare || '';
  const afterSale = [...textPieces(titleCell), ...pieces].find((t) => t !== title && t.length <= 12 && isAfterSaleText(t));
  if (afterSale) item.afterSale = afterSale;
  return item;
}

function priceTexts(cell: Element): string[] {
  return textExcept(cell, PORDER.struck).match(/[¥￥]\s*[\d,]+(?:\.\d+)?/g) ?? [];
}

function readBlock(block: PorderBlock, cols: Cols): RawOrderRow {
  const thead = block.head.querySelector('thead')!;
  const rows = block.rows.filter((cells) => {
    const kind = lineKind(itemCells(cells, cols).flatMap((c) => textPieces(c)));
    return !isNotData(kind);
  });
  const first = rows[0] ?? [];
  const cell = (f: PorderField) => (cols[f] === undefined ? undefined : first[cols[f]!]);
  const all = [thead, ...new Set(rows.flat())];
  const labelled = (l: string, ok?: (v: string) => boolean) => all.map((el) => label(el, l, ok)).find((v) => v);
  const time = labelled(ORDER_TEXT.placedAt) || textPieces(thead).find((t) => /\d{4}\D\d{1,2}\D\d{1,2}\s+\d/.test(t)) || '';
  const buyer = textOf(cell('buyer')) || firstToken(labelled(ORDER_TEXT.buyer)) || '';
  const words = [...textPieces(thead), ...(cell('status') ? textPieces(cell('status')!) : [])];
  const status = labelled(ORDER_TEXT.status) || (cell('status') ? textPieces(cell('status')!)[0] : words.find((w) => w.length <= 8 && parseOrderStatus(w) && !isAfterSaleText(w))) || '';
  const afterSale = words.find((w) => w !== status && w.length <= 12 && isAfterSaleText(w));
  const paid = moneyIn(labelled(ORDER_TEXT.paid, (v) => /\d/.test(v))) || moneyIn(textExcept(cell('paid'), PORDER.struck));
  const row: RawOrderRow = { orderId: headId(block.head), buyer, placedAt: placedAtText(time), status, paid, items: rows.map((c) => readRow(c, cols)) };
  if (afterSale) row.afterSale = afterSale;
  return row;
}

/**
 * The old porder list (≤2023): a header table (order id, time, buyer) and a body table (item rows, 备注 cell)
 * per order under `#order-shop-content`, one order at a time. Columns by header text where the list shows a
 * header row (the first other table naming two porder fields), else the positions the evidence gives (td[1]
 * title, td[3] price, td[6] 备注). The 备注 cell is never item text.
 */
export function* eachPorderOrder(root: ParentNode): Generator<RawOrderRow, void, undefined> {
  const scope = root.querySelector(PORDER.root) ?? root;
  const cols = columnsOf(scope);
  for (const block of blocks(scope)) yield readBlock(block, cols);
}

/** eachPorderOrder read in one go. */
export function extractPorderOrders(root: ParentNode): RawOrderRow[] {
  return readAll(eachPorderOrder(root));
}
