import { parseOrderStatus, type RawOrderRow } from '../../domain';
import { firstToken, labelHits, readAll, textOf, textPieces } from '../../scrape';
import { isSkippedLine, itemBlocks, readLine } from './order-lines';
import { isAfterSaleText, moneyIn, placedAtText, receivablesText } from './schema';
import { ORDER, ORDER_TEXT } from './selectors';

/** The first non-empty text found by the selectors, tried in order (an icon-only span is passed over). */
function firstText(root: ParentNode, selectors: readonly string[], skip?: string): string {
  for (const selector of selectors) {
    for (const el of root.querySelectorAll(selector)) {
      const text = skip && el.closest(skip) ? '' : textOf(el);
      if (text) return text;
    }
  }
  return '';
}

/** A label's first value under root outside the `skip` parts (remarks, SKU lines, the receiver column). */
function labelOutside(root: ParentNode, label: string, skip: string, ok: (v: string) => boolean = Boolean): string | undefined {
  return labelHits(root, label).find((h) => !h.el.closest(skip) && ok(h.value))?.value;
}

/** The order blocks of the list: inside the scroll views that hold any, else anywhere (never nested). */
function orderCards(root: ParentNode): Element[] {
  const scopes = [...root.querySelectorAll(ORDER.list)].filter((s) => s.querySelector(ORDER.card));
  const cards = new Set((scopes.length ? scopes : [root]).flatMap((scope) => [...scope.querySelectorAll(ORDER.card)]));
  return [...cards].filter((card) => !card.parentElement?.closest(ORDER.card));
}

/** The order's status word: the status column's, else a labelled 订单状态, else a status word of the block. */
function statusOf(card: Element, skip: string): string {
  const column = card.querySelector(ORDER.statusColumn);
  if (column) return firstText(column, ORDER.status) || (textPieces(column)[0] ?? '');
  const labelled = labelOutside(card, ORDER_TEXT.status, skip);
  if (labelled) return labelled;
  const boxed = firstText(card, ORDER.status, skip);
  if (boxed) return boxed;
  const words = [...card.querySelectorAll('*')].filter((el) => !el.closest(`${skip}, ${ORDER.tags}, ${ORDER.promise}`));
  for (const el of words) {
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => (n.nodeValue ?? '').trim()).join('');
    if (own && own.length <= 8 && parseOrderStatus(own) && !isAfterSaleText(own) && textOf(el) === own) return own;
  }
  return '';
}

function readCard(card: Element): RawOrderRow | undefined {
  const kitLines = [...card.querySelectorAll(ORDER.item)].filter((l) => !l.parentElement?.closest(ORDER.item));
  const lines = kitLines.length ? kitLines : itemBlocks(card);
  const inLine = (el: Element) => lines.some((l) => l.contains(el));
  const notes = `${ORDER.remark}, ${ORDER.consignee}, ${ORDER.item}`;
  const idLabelled = () => labelOutside(card, ORDER_TEXT.orderId, notes, (v) => /\d{6}/.test(v));
  const orderId = firstText(card, ORDER.orderId) || firstToken(idLabelled()?.match(/\d[\d-]*/)?.[0]) || '';
  const items = lines.filter((l) => !isSkippedLine(l)).map(readLine);
  // A block with neither an order number nor a SKU line is chrome (a "load more" or notice card), not an order.
  if (!orderId && !items.length) return undefined;
  const time =
    firstText(card, ORDER.time) ||
    textPieces(card).find((t) => ORDER_TEXT.placed.test(t)) ||
    labelOutside(card, ORDER_TEXT.placedAt, notes) ||
    '';
  // Only the pin is read: the receiver's name, address and phone are never taken off the page.
  const buyer = firstText(card, ORDER.buyerPin) || firstToken(labelOutside(card, ORDER_TEXT.buyer, `${ORDER.remark}, ${ORDER.item}`)) || '';
  const status = statusOf(card, notes);
  const column = card.querySelector(ORDER.statusColumn);
  const tags = [...card.querySelectorAll(`${ORDER.tags}, [class*="after-sale"]`)].filter((el) => !inLine(el) && !el.closest(ORDER.remark));
  const notesText = [...tags.map((el) => textOf(el)), ...(column ? textPieces(column) : [])];
  const afterSale = notesText.find((t) => t !== status && t.length <= 12 && isAfterSaleText(t));
  const receivables = card.querySelector(ORDER.receivables);
  const paid =
    moneyIn(labelOutside(receivables ?? card, ORDER_TEXT.paid, notes, (v) => /\d/.test(v))) ||
    (receivables ? receivablesText(textOf(receivables)) : '');
  const row: RawOrderRow = { orderId, buyer, placedAt: placedAtText(time), status, paid, items };
  if (afterSale) row.afterSale = afterSale;
  return row;
}

/**
 * The orders of the jdm lists drawn as one block per order (`.card`, `.table-item-container`), as text, one
 * order at a time. Item lines only: gift and service lines without a price and remarks are skipped. Receiver
 * details are not read.
 */
export function* eachCardOrder(root: ParentNode): Generator<RawOrderRow, void, undefined> {
  for (const card of orderCards(root)) {
    const row = readCard(card);
    if (row) yield row;
  }
}

/** eachCardOrder read in one go. */
export function extractCardOrders(root: ParentNode): RawOrderRow[] {
  return readAll(eachCardOrder(root));
}
