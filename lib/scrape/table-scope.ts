import { expandGrid, rowsOf } from './grid';
import { textOf } from './text';
import { squashSpace, stripCss, visibleTextNodes } from './visible';

/** Row elements: `<tr>` and ARIA rows (the kits' div tables). */
export const ROW_SELECTOR = 'tr, [role="row"]';
const TABLE_SELECTOR = 'table, [role="table"], [role="grid"], [role="treegrid"]';
const BODY_CELL = 'td, [role="cell"], [role="gridcell"]';
const HEAD_CELL = 'th, [role="columnheader"]';

const hasOwn = (row: Element, selector: string) => [...row.children].some((c) => c.matches(selector));

function isHeaderLike(row: Element): boolean {
  return !!row.closest('thead') || hasOwn(row, HEAD_CELL);
}

/**
 * The smallest element around a list's header row that also holds the list's body rows. That is the table
 * itself for a plain table, and the wrapper for the kits that draw the header as its own table and the body
 * as one or many other tables (Fusion `next-table`, one table per order). Rows outside it (the page's
 * filters, pager, layout tables) are then never read as data.
 */
export function tableScope(header: Element, root: ParentNode): ParentNode {
  const hasBody = (el: Element) =>
    [...el.querySelectorAll(ROW_SELECTOR)].some((r) => r !== header && !isHeaderLike(r) && hasOwn(r, BODY_CELL));
  let el: Element | null = header.closest(TABLE_SELECTOR) ?? header;
  while (el && !hasBody(el)) {
    if (el === root || !el.parentElement || !(root as Node).contains(el.parentElement)) return root;
    el = el.parentElement;
  }
  return el ?? root;
}

/**
 * Each row under root mapped to its cells on the browser's grid (rowspan and colspan applied), table by
 * table, so a row-spanned buyer or amount cell also belongs to the item rows below the first.
 */
export function rowGrid(root: ParentNode): Map<Element, Element[]> {
  const tables = [...root.querySelectorAll(TABLE_SELECTOR)];
  if ('matches' in root && (root as Element).matches(TABLE_SELECTOR)) tables.unshift(root as Element);
  const out = new Map<Element, Element[]>();
  for (const table of tables) {
    const rows = rowsOf(table);
    expandGrid(rows).forEach((cells, i) => out.set(rows[i]!, cells));
  }
  return out;
}

/**
 * The visible text of an element without the parts inside elements matching `drop` (a struck-through
 * original price, a tooltip), whitespace collapsed. Reads text nodes in place (no copy of the element).
 */
export function textExcept(el: Element | null | undefined, drop: string): string {
  if (!el) return '';
  if (!el.querySelector(drop)) return textOf(el);
  const kept = visibleTextNodes(el).filter((n) => {
    const dropped = n.parentElement?.closest(drop);
    return !dropped || !el.contains(dropped);
  });
  return squashSpace(stripCss(kept.map((n) => n.nodeValue).join('')));
}
