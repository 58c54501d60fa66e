import { firstToken, labelValue, textExcept, textOf, textPieces } from '../../scrape';
import { cleanAmount, cleanSpec, isChromeWord, isSpecText, itemIdFromHref, withoutChromeWords } from './schema';
import * as S from './selectors';

/** A row's cells on the browser's grid (rowspan applied); undefined when the row has none. */
export type Cells = Element[] | undefined;

/** The cell of a field in a grid row, when the page has that column. */
export function cellAt<F extends string>(cells: Cells, cols: Partial<Record<F, number>>, field: F): Element | undefined {
  const i = cols[field];
  return i === undefined ? undefined : cells?.[i];
}

/**
 * The first text of a cell that is not a link or button word (和我联系, 详情, 查看物流 …), with button words
 * drawn in the same text taken off (`交易成功\n补发货` → `交易成功`).
 */
export function firstValue(el: Element | null | undefined): string {
  if (!el) return '';
  for (const piece of textPieces(el)) {
    const value = withoutChromeWords(piece);
    if (value) return value;
  }
  return '';
}

/**
 * Titles as shown: the legacy page rendered the sold list's JSON titles as text, entities and all
 * (`&plusmn;`, `&Phi;`, research §asyncSold), so a title carrying entity text is decoded once. The text goes
 * into a textarea, which parses entities and nothing else (no element is ever made from it).
 */
export function decodeEntities(text: string, doc: Document | null): string {
  if (!doc || !/&(?:[A-Za-z]{2,8}|#\d{2,6}|#x[0-9A-Fa-f]{2,5});/.test(text)) return text;
  const box = doc.createElement('textarea');
  box.innerHTML = text.replace(/</g, '&lt;');
  return box.value;
}

const titleText = (el: Element) => decodeEntities(textOf(el), el.ownerDocument);
const isTitle = (t: string) => !!t && !isChromeWord(t) && !isSpecText(t);

/** An item's or product's title: the item link, then a title element, then any link, then the first plain text. */
export function titleOf(cell: Element | undefined): string {
  if (!cell) return '';
  for (const selector of [S.ITEM_LINK, S.TITLE_ELEMENT, 'a']) {
    const found = [...cell.querySelectorAll(selector)]
      .filter((el) => !el.closest(S.TAG_LIST))
      .map(titleText)
      .find(isTitle);
    if (found) return found;
  }
  const plain = textPieces(cell).find((p) => isTitle(p) && !/[:：]/.test(p));
  return plain ? decodeEntities(plain, cell.ownerDocument) : '';
}

/** SKU properties, `颜色分类:黑色;尺码:M`: the kit's sku element where there is one, else the cell's property texts. */
export function specOf(cell: Element | undefined): string {
  if (!cell) return '';
  const marked = [...cell.querySelectorAll(S.SKU_TEXT)].filter((el) => !el.querySelector(S.SKU_TEXT));
  const parts = marked.length ? marked.flatMap((el) => textPieces(el)) : textPieces(cell);
  return cleanSpec(cleanSpec(parts).split(';').filter(isSpecText));
}

/** An `ID:` label in the cell first (the product list prints it), else an item link's id (`item.htm?id=…`). */
export function productIdOf(cell: Element | undefined): string | undefined {
  if (!cell) return undefined;
  const labelled = firstToken(labelValue(cell, S.PRODUCT_ID_LABEL));
  if (labelled && /^\d{5,}$/.test(labelled)) return labelled;
  for (const a of cell.querySelectorAll('a[href]')) {
    const id = itemIdFromHref(a.getAttribute('href') ?? '');
    if (id) return id;
  }
  return undefined;
}

/** A money cell's text without a struck-through original price and without bracketed notes (`(含快递:￥10.00)`). */
export function amountOf(cell: Element | undefined): string {
  return cleanAmount(textExcept(cell, S.ORIGINAL_PRICE));
}
