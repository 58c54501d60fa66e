import { cellsOf } from './grid';
import { labelHits, labelPattern } from './labels';
import { isNotData, lineKind } from './lines';
import { ROW_SELECTOR } from './table-scope';
import { textPieces } from './text';
import { hidesText } from './visible';

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

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without reaching for a global

function nestedIn(node: Node, taken: Set<Element>, rows: string): boolean {
  for (let up = node.parentElement?.closest(rows); up; up = up.parentElement?.closest(rows)) {
    if (taken.has(up)) return true;
  }
  return false;
}

/** isHidden with each answer kept: the rows of one list share most of their ancestors. */
function hiddenCheck(): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  const check = (el: Element): boolean => {
    let hidden = known.get(el);
    if (hidden === undefined) {
      const parent = el.parentElement;
      hidden = hidesText(el) || (parent !== null && check(parent));
      known.set(el, hidden);
    }
    return hidden;
  };
  return check;
}

/**
 * The text nodes outside every row that carry the label somewhere (the candidates for a head drawn as divs),
 * in document order: a walk that never enters a row or an element hiding its text.
 */
function textsOutsideRows(scope: Node, rows: Set<Element>, label: RegExp): Text[] {
  const out: Text[] = [];
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        if (label.test(c.nodeValue ?? '')) out.push(c as Text);
      } else if (c.nodeType === 1 && !rows.has(c as Element) && !hidesText(c as Element)) {
        walk(c);
      }
    }
  };
  walk(scope);
  return out;
}

/**
 * True when the element may be part of one head block: it holds no row and at most one anchor. Asked only of
 * the few elements around a head anchor, each answer kept.
 */
function headFit(rowSel: string, label: string): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (el) => {
    let fits = known.get(el);
    if (fits === undefined) {
      fits = el.querySelector(rowSel) === null && labelHits(el, label).length <= 1;
      known.set(el, fits);
    }
    return fits;
  };
}

/** A head drawn as divs: the largest element around the anchor that holds no row and no other anchor. */
function blockHead(anchor: Element, scope: ParentNode, fits: (el: Element) => boolean): Element {
  let el = anchor;
  for (let up = el.parentElement; up && up !== scope && (scope as Node).contains(up); up = up.parentElement) {
    if (!fits(up)) break;
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
  return [...eachAnchorGroup(scope, opts)];
}

/**
 * anchorGroups one record at a time: each group is given once the next head opens (or the list ends), so a
 * reader can read it and a sliced read can pause between records. The rows are the list's row elements in
 * document order (one selector query), merged with the few texts outside rows that carry the label.
 */
export function* eachAnchorGroup(scope: ParentNode, opts: AnchorGroupOptions): Generator<AnchorGroup, void, undefined> {
  const label = labelPattern(opts.label);
  const rowSel = opts.rows ?? ROW_SELECTOR;
  const cellsOfRow = opts.cells ?? cellsOf;
  const minCells = opts.minCells ?? 3;
  const rows = [...scope.querySelectorAll(rowSel)];
  const texts = textsOutsideRows(scope as Node, new Set(rows), label);
  const hidden = hiddenCheck();
  const fits = headFit(rowSel, opts.label);
  const taken = new Set<Element>();
  let current: AnchorGroup | undefined;
  /** Opens a record at head and gives the one before it, now complete. */
  const open = (head: Element): AnchorGroup | undefined => {
    const done = current;
    current = { head, rows: [] };
    taken.add(head);
    return done;
  };
  /** A text outside every row: a head drawn as divs. */
  const atText = (n: Text): AnchorGroup | undefined => {
    const el = n.parentElement;
    if (!el || el.closest('thead') || hidden(el) || el.closest(rowSel)) return undefined;
    if (opts.header?.contains(el) || current?.head.contains(el)) return undefined;
    const head = blockHead(el, scope, fits);
    const value = labelHits(head, opts.label)[0]?.value ?? '';
    return ID_LIKE.test(value) ? open(head) : undefined;
  };
  let t = 0;
  for (const row of rows) {
    while (t < texts.length && (texts[t]!.compareDocumentPosition(row) & FOLLOWING) !== 0) {
      const done = atText(texts[t++]!);
      if (done) yield done;
    }
    if (row === opts.header || hidden(row)) continue;
    // A thead row is a column header, unless it carries the label with an id (an order table's own head).
    if (row.closest('thead') && !ID_LIKE.test(labelHits(row, opts.label)[0]?.value ?? '')) continue;
    if (current?.head.contains(row) || nestedIn(row, taken, rowSel)) continue;
    const pieces = textPieces(row);
    const kind = lineKind(pieces);
    if (opts.isHead?.(row) || (kind !== 'item' && kind !== 'remark' && pieces.some((p) => label.test(p)))) {
      const done = open(row);
      if (done) yield done;
      continue;
    }
    if (!current || isNotData(kind) || cellsOfRow(row).length < minCells) continue;
    current.rows.push(row);
    taken.add(row);
  }
  while (t < texts.length) {
    const done = atText(texts[t++]!);
    if (done) yield done;
  }
  if (current) yield current;
}
