import { cellsOf } from './grid';
import { labelValue } from './text';
import { ROW_SELECTOR } from './table-scope';

const HIDDEN = 'script, style, noscript, template';

/** One record of a list drawn as a header (row or block with the anchor) followed by its data rows. */
export interface AnchorGroup {
  head: Element;
  rows: Element[];
}

export interface AnchorGroupOptions {
  /** Regex source of the label that opens a record, e.g. `订单号|订单编号`. */
  label: string;
  /** A second label of the record's header; a header drawn as divs is widened until it holds it. */
  headHint?: RegExp;
  /** The list's column-header row, never a record. */
  header?: Element;
  /** Fewer own cells than this marks a remark, spacer or "load more" row, not data. Default 3. */
  minCells?: number;
}

function nestedIn(node: Node, taken: Set<Element>): boolean {
  for (let up = node.parentElement?.closest(ROW_SELECTOR); up; up = up.parentElement?.closest(ROW_SELECTOR)) {
    if (taken.has(up)) return true;
  }
  return false;
}

function headOf(anchor: Element, scope: ParentNode, hint: RegExp | undefined): Element {
  const row = anchor.closest(ROW_SELECTOR);
  if (row || !hint) return row ?? anchor;
  let el = anchor;
  while (!hint.test(el.textContent ?? '') && el.parentElement && el.parentElement !== scope) {
    if (el.parentElement.querySelector(ROW_SELECTOR)) break;
    el = el.parentElement;
  }
  return el;
}

/**
 * Cuts a list into records by a text anchor: each occurrence of the label opens a record (its header row, or
 * for a header drawn as divs the block around it), and the data rows after it belong to it until the next.
 * This reads the consoles that draw one table per order, a header table plus an items table, or all orders
 * as rows of one big table alike. Rows nested in a taken row's cells, rows of fewer than `minCells` cells and
 * hidden text are passed over; an anchor outside any row counts only when a value with digits follows it,
 * so a search form's 订单编号 field never opens a record.
 */
export function anchorGroups(scope: ParentNode, opts: AnchorGroupOptions): AnchorGroup[] {
  const anchor = new RegExp(opts.label);
  const minCells = opts.minCells ?? 3;
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  const walker = doc.createTreeWalker(scope as Node, 1 | 4 /* elements and text */);
  const groups: AnchorGroup[] = [];
  const taken = new Set<Element>();
  let current: AnchorGroup | undefined;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) {
      const el = n.parentElement;
      if (!el || !anchor.test(n.nodeValue ?? '') || el.closest(`${HIDDEN}, thead`)) continue;
      if (opts.header?.contains(el) || current?.head.contains(el) || nestedIn(el, taken)) continue;
      const head = headOf(el, scope, opts.headHint);
      if (!head.matches(ROW_SELECTOR) && !/\d{4}/.test(labelValue(head, opts.label) ?? '')) continue;
      current = { head, rows: [] };
      groups.push(current);
      taken.add(head);
      continue;
    }
    const row = n as Element;
    if (!current || !row.matches(ROW_SELECTOR) || row === opts.header || row.closest('thead')) continue;
    if (current.head.contains(row) || nestedIn(row, taken) || anchor.test(row.textContent ?? '')) continue;
    if (cellsOf(row).length < minCells) continue;
    current.rows.push(row);
    taken.add(row);
  }
  return groups;
}
