import { cellsOf, isHidden, labelValue, NOTE_START, ROW_SELECTOR, textOf, textPieces } from '../../scrape';
import { isActionText, readGoodsLines, type GoodsText } from './schema';
import { GOODS_CONTAINER, GOODS_ID_BOX, GOODS_ID_TEXT, GOODS_MARKER, GOODS_NAME, HEADER_PART } from './selectors';

/** A cell's visible text without its link words (查看, 复制 …) and notes (a risk notice under the status). */
export function cellText(cell: Element | undefined): string {
  if (!cell) return '';
  return textPieces(cell)
    .filter((p) => !isActionText(p) && !NOTE_START.test(p))
    .join(' ');
}

const ELEMENT = 1;
const TEXT = 3;

/**
 * The visible text of each child element and text node (textOf: no style/script/hidden element, no leaked
 * CSS rule); comments (`<!--v-if-->`, React's `<!-- -->`) are not text.
 */
function childLines(el: Element): string[] {
  return [...el.childNodes]
    .filter((n) => n.nodeType === ELEMENT || n.nodeType === TEXT)
    .map((n) => textOf(n))
    .filter(Boolean);
}

/** True when the cell shows goods: the goods container, the id box, a picture or an `ID: …` line. */
export function isGoodsCell(cell: Element): boolean {
  return cell.querySelector(GOODS_MARKER) !== null || GOODS_ID_TEXT.test(textOf(cell));
}

/** Rows that show goods: not header rows, no wrapper of nested rows, two cells or more, one showing goods. */
export function goodsRows(root: ParentNode): Element[] {
  return [...root.querySelectorAll(ROW_SELECTOR)].filter((row) => {
    const cells = cellsOf(row);
    return !row.closest(HEADER_PART) && !row.querySelector(ROW_SELECTOR) && cells.length >= 2 && cells.some(isGoodsCell);
  });
}

/** The goods cell of a grid row: by header, else the first cell that shows goods. */
export function goodsCellOf(cells: Element[], col: number | undefined): Element | undefined {
  if (col !== undefined) return cells[col];
  return cells.find(isGoodsCell);
}

/** The goods list's id box (`.goods-id > :first-child` = the bare id, a 复制 link beside it), when visible. */
function idBoxOf(cell: Element): Element | undefined {
  const box = cell.querySelector(GOODS_ID_BOX);
  return box && !isHidden(box, cell) ? box : undefined;
}

/**
 * The goods cell's fields. Lines are the children of the visible element that holds most of them (the info
 * div beside the picture); elements hidden inside the cell (a tooltip's copy of the goods) never count. The
 * kit's own name element, when there is one, is the title.
 */
export function goodsText(cell: Element | undefined): GoodsText {
  if (!cell) return readGoodsLines([]);
  const box = cell.querySelector(GOODS_CONTAINER) ?? cell;
  let best = childLines(box);
  for (const el of box.querySelectorAll('*')) {
    if (isHidden(el, cell)) continue;
    const lines = childLines(el);
    if (lines.length > best.length) best = lines;
  }
  const nameEl = [...cell.querySelectorAll(GOODS_NAME)].find((el) => !isHidden(el, cell));
  const idBox = idBoxOf(cell);
  const idLine = idBox ? textOf(idBox) : undefined;
  const lines = (best.length >= 2 ? best : textPieces(box)).filter((l) => l !== idLine);
  const goods = readGoodsLines(lines, nameEl ? textOf(nameEl) : undefined);
  if (idBox) goods.productId ||= labelValue(idBox, 'ID') ?? textOf(idBox.firstElementChild ?? idBox);
  return goods;
}
