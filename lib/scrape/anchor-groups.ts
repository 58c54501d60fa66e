import { cellsOf } from './grid';
import { labelHits, labelPattern } from './labels';
import { isNotData, lineKind } from './lines';
import { ROW_SELECTOR } from './table-scope';
import { textPieces } from './text';
import { isHidden } from './visible';

/** One record of a list drawn as a header (row or block with the anchor) followed by its data rows. */
export interface AnchorGroup {
  head: Element;
  rows: Element[];
}

export interface AnchorGroupOptions {
  /** Regex source of the label that opens a record, e.g. `订单号|订单编号`. */
  label: string;
  /** The list's column-header row, never a record. */
  header?: Element;
  /** Fewer own cells than this marks a row that is not data. Default 3. */
  minCells?: number;
  /** Selector of the list's row elements. Default `tr, [role="row"]`. */
  rows?: string;
  /** Cells of a row (default: its `<td>`/ARIA cells); a div-row kit passes its own. */
  cells?: (row: Element) => Element[];
  /** A head the reader knows by a sign of its own besides the label (an order number shown only as a link). */
  isHead?: (row: Element) => boolean;
}

/** A head block drawn outside any row needs an id-like value after its label (a search form's field has none). */
const ID_LIKE = /\d{4}/;

function nestedIn(node: Node, taken: Set<Element>, rows: string): boolean {
  for (let up = node.parentElement?.closest(rows); up; up = up.parentElement?.closest(rows)) {
    if (taken.has(up)) return true;
  }
  return false;
}

/** How many anchors and rows each element holds, counted once per list (not per anchor and ancestor). */
class Holdings {
  private readonly anchors = new Map<Element, number>();
  private readonly rows = new Set<Element>();
  constructor(scope: ParentNode, rowSel: string, label: string) {
    const count = (el: Element, f: (up: Element) => boolean) => {
      for (let up: Element | null = el; up && up !== scope; up = up.parentElement) if (!f(up)) break;
    };
    for (const hit of labelHits(scope, label)) count(hit.el, (up) => (this.anchors.set(up, (this.anchors.get(up) ?? 0) + 1), true));
    for (const row of scope.querySelectorAll(rowSel)) {
      // An ancestor already marked has its ancestors marked too.
      count(row.parentElement ?? row, (up) => (this.rows.has(up) ? false : (this.rows.add(up), true)));
    }
  }
  /** True when the element may be part of one head block: it holds no row and at most one anchor. */
  fits(el: Element): boolean {
    return !this.rows.has(el) && (this.anchors.get(el) ?? 0) <= 1;
  }
}

/** A head drawn as divs: the largest element around the anchor that holds no row and no other anchor. */
function blockHead(anchor: Element, scope: ParentNode, holdings: Holdings): Element {
  let el = anchor;
  for (let up = el.parentElement; up && up !== scope && (scope as Node).contains(up); up = up.parentElement) {
    if (!holdings.fits(up)) break;
    el = up;
  }
  return el;
}

/**
 * Cuts a list into records by a text anchor — the one record cutter of every reader. A row opens a record
 * when its text carries the label in its structural place: the row is a head (not an item line, not a remark),
 * so a buyer nickname such as `订单号：4099…` in an item row or a buyer message quoting an order number never
 * cuts an order in two. A head drawn as divs outside any row is the block around the label (it needs a
 * value with digits, so a search form's 订单编号 field never opens a record). The rows after a head belong to
 * it until the next; rows that are not data (remarks, messages, notes, gift/service lines without a price,
 * sub-totals, controls, spacer and measure rows — lib/scrape/lines.ts) are passed over, as are rows nested in
 * a taken row's cells, rows of fewer than `minCells` cells and hidden rows. This reads the consoles that draw
 * one table per order, a header table plus an items table, or all orders as rows of one big table alike.
 */
export function anchorGroups(scope: ParentNode, opts: AnchorGroupOptions): AnchorGroup[] {
  const label = labelPattern(opts.label);
  const rowSel = opts.rows ?? ROW_SELECTOR;
  const cellsOfRow = opts.cells ?? cellsOf;
  const minCells = opts.minCells ?? 3;
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  const walker = doc.createTreeWalker(scope as Node, 1 | 4 /* elements and text */);
  const groups: AnchorGroup[] = [];
  const taken = new Set<Element>();
  let current: AnchorGroup | undefined;
  let holdings: Holdings | undefined;
  const open = (head: Element) => {
    current = { head, rows: [] };
    groups.push(current);
    taken.add(head);
  };
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) {
      // Text outside every row: a head drawn as divs.
      const el = n.parentElement;
      if (!el || !label.test(n.nodeValue ?? '') || el.closest('thead') || isHidden(el) || el.closest(rowSel)) continue;
      if (opts.header?.contains(el) || current?.head.contains(el)) continue;
      holdings ??= new Holdings(scope, rowSel, opts.label);
      const head = blockHead(el, scope, holdings);
      const value = labelHits(head, opts.label)[0]?.value ?? '';
      if (ID_LIKE.test(value)) open(head);
      continue;
    }
    const row = n as Element;
    if (!row.matches(rowSel) || row === opts.header || isHidden(row)) continue;
    // A thead row is a column header, unless it carries the label with an id (an order table's own head).
    if (row.closest('thead') && !ID_LIKE.test(labelHits(row, opts.label)[0]?.value ?? '')) continue;
    if (current?.head.contains(row) || nestedIn(row, taken, rowSel)) continue;
    const pieces = textPieces(row);
    const kind = lineKind(pieces);
    if (opts.isHead?.(row) || (kind !== 'item' && kind !== 'remark' && pieces.some((p) => label.test(p)))) {
      open(row);
      continue;
    }
    if (!current || isNotData(kind) || cellsOfRow(row).length < minCells) continue;
    current.rows.push(row);
    taken.add(row);
  }
  return groups;
}
