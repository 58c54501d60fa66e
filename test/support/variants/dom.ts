import type { DemoPage } from '../../fixtures/pages';
import { loadExpected } from '../fixtures';
import type { StoredRecord } from './engine';

/** DOM helpers for page variants (generic and platform-specific ones alike). */

/** Elements whose text a browser never shows. */
export const INVISIBLE = 'script, style, template, noscript, textarea';
/** Cells of any table-like list: `<td>/<th>`, ARIA cells, and the prop-named columns of JD's div cards. */
export const CELL = 'td, th, [role="cell"], [role="gridcell"], [role="columnheader"], [prop]';
/** Body cells only: no `<th>`, no column headers, no `[prop]` header strip. */
const BODY_CELL = 'td, [role="cell"], [role="gridcell"], [prop]:not([class*="header"])';
/** A div-grid cell's class (抖店 2021 `index_cell__6jtb6`): `cell` as a word of a class, not `cellRow` or `cell-wrapper`. */
const DIV_CELL_CLASS = /(?:^|[_-])cell(?:_|$)/i;

/** A cell of a list drawn with divs (抖店's 2021-22 order rows): by class, never one inside a table cell. */
export function isDivCell(el: Element): boolean {
  return [...el.classList].some((t) => DIV_CELL_CLASS.test(t)) && !el.matches('td, th') && !el.parentElement?.closest('td, th');
}

/** Every cell of every list, header cells included: table and ARIA cells, JD's prop columns, div-grid cells. */
export function allCells(doc: Document): Element[] {
  const divCells = [...doc.body.querySelectorAll('[class*="cell"], [class*="Cell"]')].filter(isDivCell);
  return [...new Set([...doc.body.querySelectorAll(CELL), ...divCells])].filter((c) => !invisible(c));
}
const ROW_SELECTOR = 'tr, [role="row"]';

const INVISIBLE_TAGS = new Set(INVISIBLE.toUpperCase().split(', '));
const invisible = (node: Node) => !!(node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(INVISIBLE);

/** Calls `visit` on every node under root in document order, never entering script/style/template/noscript/textarea. */
export function walkShown(root: Node, visit: (node: Node) => void): void {
  for (let n = root.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && INVISIBLE_TAGS.has((n as Element).tagName)) continue;
    visit(n);
    if (n.firstChild) walkShown(n, visit);
  }
}

/** Whitespace collapsed, trimmed. */
export const squashed = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

/** Every text node of the body a browser could show (script/style/template text left out), in order. */
export function textNodes(doc: Document, { blank = false } = {}): Text[] {
  const out: Text[] = [];
  walkShown(doc.body, (n) => {
    if (n.nodeType === 3 && (blank || (n.nodeValue ?? '').trim())) out.push(n as Text);
  });
  return out;
}

/** Rewrites every shown, non-blank text node of the body; returns how many changed. */
export function mapTextNodes(doc: Document, fn: (text: string, node: Text) => string): number {
  let changed = 0;
  for (const node of textNodes(doc)) {
    const next = fn(node.nodeValue ?? '', node);
    if (next !== node.nodeValue) {
      node.nodeValue = next;
      changed++;
    }
  }
  return changed;
}

/** HTML parsed in the document (table parts such as `<tr>` included), ready to insert. */
export function fragment(doc: Document, html: string): DocumentFragment {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** Inserts HTML right after a node. */
export function insertAfter(node: Node, html: string): void {
  node.parentNode!.insertBefore(fragment(node.ownerDocument!, html), node.nextSibling);
}

export function innermost(el: Element): Element {
  let deepest = el;
  while (deepest.firstElementChild) deepest = deepest.firstElementChild;
  return deepest;
}

/** Puts `el` inside a wrapper (`<div class="a"><div class="b"></div></div>`: el goes into the innermost). */
export function wrapElement(el: Element, wrapperHtml: string): void {
  const wrapper = fragment(el.ownerDocument, wrapperHtml).firstElementChild!;
  el.replaceWith(wrapper);
  innermost(wrapper).append(el);
}

/** Moves all of `el`'s children into a wrapper that becomes its only child. */
export function wrapContents(el: Element, wrapperHtml: string): void {
  const wrapper = fragment(el.ownerDocument, wrapperHtml).firstElementChild!;
  innermost(wrapper).append(...el.childNodes);
  el.append(wrapper);
}

/** Swaps two nodes' places in the tree (siblings or not). */
export function swapNodes(a: Node, b: Node): void {
  const mark = a.ownerDocument!.createComment('');
  a.parentNode!.replaceChild(mark, a);
  b.parentNode!.replaceChild(a, b);
  mark.parentNode!.replaceChild(b, mark);
}

/** A row's own cells, `<td>/<th>` or ARIA cells. */
export function cellsOf(row: Element): Element[] {
  return [...row.children].filter((c) => c.matches(CELL) || isDivCell(c));
}

/** Body cells of every list: `<td>`, ARIA cells, JD's prop columns, div-grid cells; none in a header or script. */
export function bodyCells(doc: Document): Element[] {
  const isBody = (c: Element) => (c.matches(BODY_CELL) || (isDivCell(c) && !/head/i.test(c.className))) && !c.closest('thead');
  return allCells(doc).filter(isBody);
}

/** Body rows: `<tr>` and ARIA rows outside `<thead>` that hold a body cell. */
export function bodyRows(doc: Document): Element[] {
  return [...doc.body.querySelectorAll(ROW_SELECTOR)].filter(
    (row) => !row.closest('thead') && !invisible(row) && cellsOf(row).some((c) => c.matches(BODY_CELL)),
  );
}

/** Tables of the body (scripts' and templates' left out). */
export function tablesOf(doc: Document): HTMLTableElement[] {
  return [...doc.body.querySelectorAll('table')].filter((t) => !invisible(t));
}

/** A grid slot: the cell that fills it and the row/column the cell starts at. */
export interface GridSlot {
  cell: Element;
  row: number;
  col: number;
}

/** The `<tr>`s of one row group (`thead`, a `tbody`, `tfoot`): rowspan never reaches past its group. */
export function groupRows(group: Element): HTMLTableRowElement[] {
  return [...group.children].filter((c): c is HTMLTableRowElement => c.tagName === 'TR');
}

/** The row groups of a table. */
export function rowGroups(table: HTMLTableElement): Element[] {
  return [...table.children].filter((c) => /^(THEAD|TBODY|TFOOT)$/.test(c.tagName));
}

export const span = (cell: Element, attr: 'rowspan' | 'colspan') => Math.max(1, Number(cell.getAttribute(attr)) || 1);

/** One row group laid out as the browser draws it: rowspan and colspan fill the slots they cover. */
export function groupGrid(group: Element): GridSlot[][] {
  const rows = groupRows(group);
  const grid: GridSlot[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of cellsOf(row)) {
      while (grid[r]![c]) c++;
      const rows_ = cell.getAttribute('rowspan') === '0' ? rows.length - r : span(cell, 'rowspan');
      for (let dr = 0; dr < rows_ && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < span(cell, 'colspan'); dc++) grid[r + dr]![c + dc] = { cell, row: r, col: c };
      }
      c += span(cell, 'colspan');
    }
  });
  return grid;
}

/** The number of grid columns of a table (its widest row). */
export function tableWidth(table: HTMLTableElement): number {
  return Math.max(0, ...rowGroups(table).flatMap((g) => groupGrid(g).map((row) => row.length)));
}

/**
 * Inserts `html(row, width)` after every `<tbody>` row of every table, except where a row-spanned cell
 * reaches past the row: a console never draws a row inside a row-spanned group. Returns how many rows went in.
 */
export function insertAfterEachRow(doc: Document, html: (row: HTMLTableRowElement, width: number) => string): number {
  let inserted = 0;
  for (const table of tablesOf(doc)) {
    const width = tableWidth(table);
    for (const group of rowGroups(table).filter((g) => g.tagName === 'TBODY')) {
      const rows = groupRows(group);
      const grid = groupGrid(group);
      rows.forEach((row, r) => {
        if (grid[r + 1]?.some((slot) => slot && slot.row <= r)) return;
        insertAfter(row, html(row, width));
        inserted++;
      });
    }
  }
  return inserted;
}

const BLOCK_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'TABLE']);

/**
 * The repeated blocks of the page, set by set: sibling divs (or tables) sharing their first class, such as
 * one `.card` per JD order, one `order-item_…` per PDD order, one Fusion table per Taobao order, tab items.
 * Only the outermost sets, none inside a cell.
 */
export function repeatedBlocks(doc: Document): Element[][] {
  const sets: Element[][] = [];
  const parents: Element[] = [];
  const collect = (el: Element) => {
    parents.push(el);
    for (const child of el.children) {
      if (!INVISIBLE_TAGS.has(child.tagName) && !child.matches(CELL) && !isDivCell(child)) collect(child);
    }
  };
  collect(doc.body);
  for (const parent of parents) {
    const byClass = new Map<string, Element[]>();
    for (const child of parent.children) {
      const first = child.classList[0];
      if (!first || !BLOCK_TAGS.has(child.tagName)) continue;
      byClass.set(first, [...(byClass.get(first) ?? []), child]);
    }
    sets.push(...[...byClass.values()].filter((members) => members.length >= 2));
  }
  const members = new Set(sets.flat());
  return sets.filter(([first]) => {
    for (let up = first!.parentElement; up; up = up.parentElement) if (members.has(up)) return false;
    return true;
  });
}

/** Where a console puts things above its list: the main content area (`main`), else the page's first element. */
export function contentRoot(doc: Document): Element {
  return doc.body.querySelector('main, [role="main"]') ?? doc.body.firstElementChild ?? doc.body;
}

const expectedCache = new Map<string, StoredRecord[]>();

/** The records the page's golden file says it shows (for variants that find titles and ids on the page). */
export function expectedRecords(page: DemoPage): StoredRecord[] {
  if (!expectedCache.has(page.name)) expectedCache.set(page.name, loadExpected(page.name).expected as StoredRecord[]);
  return expectedCache.get(page.name)!;
}

/** Order ids, product ids and SKU ids the page shows. */
export function expectedIds(page: DemoPage): string[] {
  const ids = expectedRecords(page).flatMap((r) => {
    const items = 'items' in r ? r.items : [];
    const own = ['orderId' in r ? r.orderId : '', 'productId' in r ? r.productId : '', 'skuId' in r ? r.skuId : ''];
    return [...own, ...items.flatMap((i) => [i.productId ?? '', i.skuId ?? ''])];
  });
  return [...new Set(ids.filter((id) => id.length >= 6))];
}

/** Item titles (orders) or product titles the page shows. */
export function expectedTitles(page: DemoPage): string[] {
  return [...new Set(expectedRecords(page).flatMap((r) => ('items' in r ? r.items.map((i) => i.title) : [r.title])))];
}

/**
 * Where a control placed "right after" a text goes: after the largest element around the text node whose
 * whole text still passes `whole` (a cell, row or table is never left), else right after the text itself.
 */
export function afterText(node: Text, whole: (text: string) => boolean): Node {
  let at: Node = node;
  for (let el = node.parentElement; el && el !== node.ownerDocument.body; el = el.parentElement) {
    if (el.matches(`${CELL}, ${ROW_SELECTOR}, table, tbody, thead`) || !whole(squashed(el.textContent))) break;
    at = el;
  }
  return at;
}

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

