import { firstToken, textOf, textPieces } from '../../scrape';
import { ORDER_HEADERS, ORDER_STATUS_WORD } from './schema';
import * as S from './selectors';

export type OrderColumns = Partial<Record<keyof typeof ORDER_HEADERS, number>>;

const UNIT_AND_QUANTITY = /[¥￥]\s*\d[\d,.]*\s*[x×X]\s*\d+/;
const MONEY = /[¥￥]\s*\d/;
const AFTER_SALE = /^-{1,2}$|退款|退货|售后|换货|补寄/;

const firstPiece = (el: Element | undefined) => (el ? (textPieces(el)[0] ?? '') : '');
const indexOf = (cells: Element[], test: (cell: Element, i: number) => boolean) => {
  const i = cells.findIndex(test);
  return i < 0 ? undefined : i;
};

/**
 * The columns of an order's first item row, header first, then by what the cells hold where the header
 * does not name them (the 2023 crawler's rows: `¥<unit>x<qty>`, then the 售后 cell (`-`), a cell
 * `<payment method>¥<amount>` with no quantity, and the order status in the second-to-last cell).
 */
export function orderColumns(cells: Element[], header: OrderColumns): OrderColumns {
  const cols = { ...header };
  cols.goods ??= indexOf(cells, (c) => !!c.querySelector(`${S.ITEM_MARK}, ${S.ITEM_TEXT}`));
  cols.price ??= indexOf(cells, (c) => !!c.querySelector(S.ITEM_PRICE) || UNIT_AND_QUANTITY.test(textOf(c)));
  if (cols.afterSale === undefined && cols.price !== undefined && AFTER_SALE.test(firstPiece(cells[cols.price + 1]))) {
    cols.afterSale = cols.price + 1;
  }
  const after = cols.price ?? cols.goods ?? 0;
  cols.paid ??= indexOf(cells, (c) => !!c.querySelector(S.PAY_AMOUNT)) ??
    indexOf(cells, (c, i) => i > after && i !== cols.afterSale && MONEY.test(textOf(c)) && !UNIT_AND_QUANTITY.test(textOf(c)));
  cols.status ??= indexOf(cells, (c, i) => i !== cols.goods && ORDER_STATUS_WORD.test(firstPiece(c))) ??
    (cells.length > 3 ? cells.length - 2 : undefined);
  return cols;
}

/** The status of a cell: its status word, else its first text (an unknown word is reported, not guessed). */
export function statusIn(cell: Element | undefined): string {
  if (!cell) return '';
  const pieces = textPieces(cell);
  return pieces.find((t) => ORDER_STATUS_WORD.test(t)) ?? firstToken(pieces[0]) ?? '';
}
