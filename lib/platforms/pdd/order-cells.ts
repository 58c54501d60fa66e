import type { RawOrderItem } from '../../domain';
import { firstToken, labelValue, textPieces } from '../../scrape';
import { cellText, goodsCellOf, goodsText } from './goods-cell';
import { afterSaleText, isMaskedNickname, isOrderStatusWord, unitPriceText, withoutShipping, type OrderColumn } from './schema';
import { BUYER_LABEL, PAID_LABEL, RECEIVER_SIGN } from './selectors';

/** Column of each field: by header, else the research's cell order counted from the goods cell. */
export type Columns = Partial<Record<OrderColumn, number>>;

export const cellAt = (cells: Element[], col: number | undefined) => (col === undefined ? undefined : cells[col]);

/** The receiver's cell (收货人/收货信息): its column, or a cell showing a masked phone or the reveal links. */
export function isReceiverCell(cell: Element, cells: Element[], cols: Columns): boolean {
  return cell === cellAt(cells, cols.receiver) || textPieces(cell).some((p) => RECEIVER_SIGN.test(p));
}

/** The cells of a row that may be read for order values: not the goods cell, never the receiver's. */
export function readableCells(cells: Element[], cols: Columns): Element[] {
  const goods = goodsCellOf(cells, cols.goods);
  return [...new Set(cells)].filter((c) => c !== goods && !isReceiverCell(c, cells, cols));
}

/** The paid amount: the cell's `实收款` value when labelled, else its text, without the `含运费` note. */
export function paidText(cell: Element | undefined): string {
  if (!cell) return '';
  return withoutShipping(labelValue(cell, PAID_LABEL) || cellText(cell));
}

/**
 * The buyer: the 买家昵称 column; else a `买家昵称：` label in the head or row; else the masked nickname
 * standing in a cell or the head (`tb_88***`). The receiver's cell is never read, so its masked name is
 * never taken for the buyer.
 */
export function buyerText(head: Element | undefined, cells: Element[], cols: Columns): string {
  const col = cellAt(cells, cols.buyer);
  if (col && !isReceiverCell(col, cells, cols)) return cellText(col);
  const readable = readableCells(cells, cols);
  for (const el of [head, ...readable]) {
    const labelled = el && labelValue(el, BUYER_LABEL);
    if (labelled) return labelled;
  }
  const pieces = [head, ...readable].flatMap((el) => (el ? textPieces(el) : []));
  return pieces.find(isMaskedNickname) ?? '';
}

/**
 * The status: its column, else a status word standing in the head or the row — never the 售后 cell's word
 * (退款中 there is the after-sales state, not the order's status).
 */
export function statusText(head: Element | undefined, cells: Element[], cols: Columns): string {
  const col = cellAt(cells, cols.status);
  if (col) return cellText(col);
  const afterSale = cellAt(cells, cols.afterSale);
  const where = [...(head ? [head] : []), ...readableCells(cells, cols).filter((c) => c !== afterSale)];
  return where.flatMap((el) => textPieces(el)).find(isOrderStatusWord) ?? '';
}

/**
 * The unit price from a line's 商品总价 ÷ 数量, when the goods cell shows none. A 商品总价 row-spanned over
 * several lines is the order's total, not the line's: no price then, so the row is rejected, not mispriced.
 */
function lineUnitPrice(total: Element | undefined, quantity: string): string {
  if (!total || Number(total.getAttribute('rowspan')) > 1) return '';
  return unitPriceText(cellText(total), quantity);
}

/** One goods line of an order from its row's cells on the grid. */
export function orderItem(cells: Element[], cols: Columns): RawOrderItem {
  const goods = goodsText(goodsCellOf(cells, cols.goods));
  const quantity = cellText(cellAt(cells, cols.quantity));
  const item: RawOrderItem = {
    title: goods.title,
    spec: goods.spec,
    productId: firstToken(goods.productId) ?? '',
    quantity,
    price: goods.price || lineUnitPrice(cellAt(cells, cols.total), quantity),
  };
  if (goods.outerId) item.outerId = goods.outerId;
  return item;
}

/** The after-sales words of a cell, '' when it says there are none. */
export const afterSaleOf = (cell: Element | undefined) => afterSaleText(cellText(cell));
