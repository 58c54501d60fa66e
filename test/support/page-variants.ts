import {
  parseRows,
  type Order,
  type Product,
  type RawOrderRow,
  type RawProductRow,
  type RejectedRow,
} from '../../lib/domain';
import { PLATFORMS } from '../../lib/platforms/registry';
import type { DemoPage } from '../fixtures/pages';
import { loadExpected, loadPage } from './fixtures';

/**
 * Metamorphic page variants: the ways the real consoles draw the same list differently (research
 * real-evidence.md — rebuilt class hashes, extra wrappers, spacer rows, other punctuation, noise in cells,
 * chrome around the list, reordered columns …). Each variant is a pure DOM transform applied to a fresh copy
 * of a demo page; the page's reader must store the same records from the variant as from the page itself,
 * unless the variant declares the difference (`expect`). test/lib/platforms/page-variants.test.ts runs every
 * demo page × every variant; platform engineers add their console's own variants through `variantsFor`.
 *
 * A variant must stay true to what a console could serve: it never touches what a record is made of (no
 * swapped order-id column, no text a console would show and mean as data), so a failure is the reader's.
 */

/** A record as ShopLens stores it. */
export type StoredRecord = Order | Product;

/** One way a console draws the same list differently: a named, pure transform of the page's DOM. */
export interface PageVariant {
  /** Shown in test output after the page's name: `taobao-orders · hashed class suffixes changed`. */
  name: string;
  /**
   * Whether the variant applies to this page; default all. `doc` is the untouched page, to look at only
   * (it is shared between variants). A variant that applies must change the page: the test checks it.
   */
  appliesTo?(page: DemoPage, doc: Document): boolean;
  /** The transform, in place, on a fresh copy of the page. */
  apply(doc: Document, page: DemoPage): void;
  /** When the variant legitimately changes what is stored: the page's own records → the variant's. */
  expect?(records: StoredRecord[], page: DemoPage): StoredRecord[];
}

/** What a reader stored from one document: raw rows, records and rejections (or the error it threw). */
export interface PageRead {
  raw: (RawOrderRow | RawProductRow)[];
  records: StoredRecord[];
  rejected: RejectedRow[];
  error?: unknown;
}

/** Reads a document the way demo-pages.test.ts does: the platform's extractor, then parseRows. */
export function readDocument(page: DemoPage, doc: Document): PageRead {
  const ctx = { platform: page.platform, url: page.urls[0]!, capturedAt: Date.UTC(2025, 7, 1) };
  try {
    const adapter = PLATFORMS[page.platform];
    const raw = page.kind === 'orders' ? adapter.extractOrders(doc) : adapter.extractProducts(doc);
    return { raw, ...parseRows(page.kind, raw, ctx) };
  } catch (error) {
    return { raw: [], records: [], rejected: [], error };
  }
}

/**
 * The page with the variant applied, and what its reader stores from it. `html` is the serialized variant
 * (see `serialized`), for checking that the variant changed the page. A throwing transform is a bug in the
 * variant and is not caught; a throwing reader is reported in `error`.
 */
export function readVariant(page: DemoPage, variant: PageVariant): PageRead & { doc: Document; html: string } {
  const doc = freshPage(page);
  variant.apply(doc, page);
  return { doc, html: serialized(doc), ...readDocument(page, doc) };
}

const parsed = new Map<string, Document>();

/** A fresh copy of the demo page's document (a clone of one parse: cloning is cheaper than parsing again). */
export function freshPage(page: DemoPage): Document {
  if (!parsed.has(page.name)) parsed.set(page.name, loadPage(page.name));
  return parsed.get(page.name)!.cloneNode(true) as Document;
}

/** The generic variants that apply to the page, then the extra (platform-specific) ones that do. */
export function variantsFor(page: DemoPage, extra: PageVariant[] = []): PageVariant[] {
  const doc = freshPage(page);
  return [...GENERIC_VARIANTS, ...extra].filter((v) => !v.appliesTo || v.appliesTo(page, doc));
}

/** The document as HTML plus its text node count: adjacent or empty text nodes change it too. */
export function serialized(doc: Document): string {
  const walker = doc.createTreeWalker(doc, 4 /* NodeFilter.SHOW_TEXT */);
  let texts = 0;
  while (walker.nextNode()) texts++;
  return `${doc.documentElement.outerHTML}\n#text ${texts}`;
}

// ---- DOM helpers (for platform variants too) --------------------------------------------------------------

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

function innermost(el: Element): Element {
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

const span = (cell: Element, attr: 'rowspan' | 'colspan') => Math.max(1, Number(cell.getAttribute(attr)) || 1);

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

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---- class names ----------------------------------------------------------------------------------------

/**
 * A CSS-module hash suffix: `index_text__3y09K`, `sol-mod__no-br___1PwLO`, `style_name__1Gz`, `order-item_1xk2P`
 * (2–6 characters after `__`, exactly 5 after a single `_`); BEM elements (`__item`) have no digit or capital.
 */
const MODULE_HASH = /^(.+?__+)([A-Za-z0-9_-]{2,6})$|^(.+_)([A-Za-z0-9-]{5})$/;
/** A Beast kit class with its library version: `TB_tr_5-120-1`. */
const KIT_VERSION = /^([A-Z]+_[A-Za-z]+_)(\d+)-(\d+)-(\d+)$/;
/** Element-UI style per-render column ids: `jd-table_7_column_41`. */
const COLUMN_ID = /^(.+_)(\d+)(_column_)(\d+)$/;

/** A different suffix of the same length and alphabet, the same for the same class (header and body agree). */
function rehash(suffix: string, seed: string): string {
  const alphabet = `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789${/[-_]/.test(suffix) ? '-_' : ''}`;
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  let out = '';
  for (let i = 0; i < suffix.length; i++) {
    out += alphabet[h % alphabet.length];
    h = Math.imul(h ^ (i + 7), 2654435761) >>> 0;
  }
  return out === suffix ? rehash(suffix, `${seed}'`) : out;
}

function newHash(token: string): string {
  const kit = KIT_VERSION.exec(token);
  if (kit) return `${kit[1]}${kit[2]}-${Number(kit[3]) + 11}-${kit[4] === '0' ? 1 : 0}`;
  const mod = MODULE_HASH.exec(token);
  const [prefix, suffix] = mod ? [mod[1] ?? mod[3]!, mod[2] ?? mod[4]!] : ['', ''];
  return mod && /[0-9A-Z]/.test(suffix) ? prefix + rehash(suffix, token) : token;
}

/** Rewrites every class token of the body through `fn`; returns how many tokens changed. */
export function mapClassTokens(doc: Document, fn: (token: string) => string): number {
  let changed = 0;
  for (const el of doc.body.querySelectorAll('[class]')) {
    const tokens = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    const next = tokens.map(fn);
    if (next.some((t, i) => t !== tokens[i])) {
      el.setAttribute('class', next.join(' '));
      changed += next.filter((t, i) => t !== tokens[i]).length;
    }
  }
  return changed;
}

const hasClass = (doc: Document, re: RegExp, test = (m: RegExpExecArray) => true) =>
  [...doc.body.querySelectorAll('[class]')].some((el) =>
    [...el.classList].some((t) => {
      const m = re.exec(t);
      return !!m && test(m);
    }),
  );

// ---- text -------------------------------------------------------------------------------------------------

/** The labels a value follows on the consoles' lists (`订单编号：`, `商家编码:`, `ID:`, `货号：`, `skuId：` …). */
export const LABELS =
  '订单成交时间|承诺发货时间|订单编号|订单号|创建时间|成交时间|下单时间|商家编码|商品编号|商品ID|skuId|货号|编码|(?<![A-Za-z])ID';
const labelColon = (colon: string) => new RegExp(`(${LABELS})(\\s*)${colon}`, 'g');

function textVariant(name: string, pattern: RegExp, replace: (text: string) => string): PageVariant {
  return {
    name,
    appliesTo: (_page, doc) => textNodes(doc).some((n) => new RegExp(pattern.source).test(n.nodeValue ?? '')),
    apply: (doc) => void mapTextNodes(doc, replace),
  };
}

/** A text node holding a label, its separator and a value: `订单编号：123`, `ID: 958…`, `订单编号\u00a0123`. */
const labelWithValue = () => new RegExp(`^(.*?)((?:${LABELS})(?:\\s*[:：]\\s*|\\u00a0))(\\S.*)$`, 's');
/** A text node holding a label and its colon, with or without the value after it. */
const labelAndColon = () => new RegExp(`^(.*?)(${LABELS})\\s*([:：])(.*)$`, 's');
/** Text escaped for HTML. */
const esc = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The cut points React leaves as `<!-- -->` between a label and its value, a currency sign and its amount, `x` and a count. */
function reactSplits(text: string): number[] {
  const at = new Set<number>();
  for (const m of text.matchAll(new RegExp(`(?:${LABELS})(?:\\s*[:：]\\s*|\\u00a0)(?=\\S)`, 'g'))) at.add(m.index + m[0].length);
  for (const m of text.matchAll(/[¥￥](?=\d)/g)) at.add(m.index + 1);
  const count = /^(\s*[x×])\d+\s*$/.exec(text);
  if (count) at.add(count[1]!.length);
  return [...at].filter((i) => i > 0 && i < text.length).sort((a, b) => a - b);
}

// ---- table columns --------------------------------------------------------------------------------------

/** How the column swap variant reorders a page: two grid columns of its tables, or two prop-named div columns. */
export type ColumnSwap =
  | { kind: 'table'; a: number; b: number; headers: [string, string]; tables: HTMLTableElement[]; cells: [Element, Element][] }
  | { kind: 'props'; props: [string, string]; parents: Element[] };

/** The cell pairs to swap in a table's columns a and b, or undefined when rowspan/colspan make it inconsistent. */
function columnCells(table: HTMLTableElement, a: number, b: number): [Element, Element][] | undefined {
  const out: [Element, Element][] = [];
  for (const group of rowGroups(table)) {
    const grid = groupGrid(group);
    for (let r = 0; r < grid.length; r++) {
      const x = grid[r]![a];
      const y = grid[r]![b];
      if (!x && !y) continue;
      if (!x || !y) return undefined;
      if (x.cell === y.cell) continue; // one cell spans both columns (an order header, a remark row)
      const ownX = x.row === r;
      if (ownX !== (y.row === r)) return undefined;
      if (!ownX) continue; // both carried down from the row that owns them, checked there
      if (x.col !== a || y.col !== b || span(x.cell, 'colspan') > 1 || span(y.cell, 'colspan') > 1) return undefined;
      if (span(x.cell, 'rowspan') !== span(y.cell, 'rowspan')) return undefined;
      out.push([x.cell, y.cell]);
    }
  }
  return out;
}

/**
 * The reorder of the page's list: the first pair of neighbouring columns after the list's main column (the
 * first one with a header text: 宝贝, 商品, 商品信息) whose cells swap cleanly in every table as wide as the
 * header, rowspan and colspan included. Order ids sit in header rows spanning all columns or in the main
 * column, so they never move. For JD's div cards, two prop-named columns after the first.
 */
export function columnSwapPlan(doc: Document): ColumnSwap | undefined {
  for (const table of tablesOf(doc)) {
    const head = rowGroups(table).find((g) => g.tagName === 'THEAD');
    const row = head ? groupGrid(head).at(-1) : undefined;
    if (!row || row.length < 4) continue;
    const texts = [...row].map((slot) => squashed(slot?.cell.textContent));
    const tables = tablesOf(doc).filter((t) => tableWidth(t) === row.length);
    for (let a = texts.findIndex(Boolean) + 1; a > 0 && a + 1 < texts.length; a++) {
      const b = a + 1;
      if (!texts[a] || !texts[b] || row[a]?.cell === row[b]?.cell) continue;
      const cells = tables.map((t) => columnCells(t, a, b));
      if (cells.every(Boolean)) return { kind: 'table', a, b, headers: [texts[a]!, texts[b]!], tables, cells: cells.flatMap((c) => c!) };
    }
    return undefined;
  }
  const parents = [...doc.body.querySelectorAll('*')].filter((el) => [...el.children].filter((c) => c.hasAttribute('prop')).length >= 3);
  const props = [...(parents[0]?.children ?? [])].map((c) => c.getAttribute('prop')).filter((p): p is string => !!p);
  return props.length >= 3 ? { kind: 'props', props: [props[1]!, props[2]!], parents } : undefined;
}

function swapColumns(doc: Document): void {
  const plan = columnSwapPlan(doc);
  if (!plan) throw new Error('no columns to swap');
  if (plan.kind === 'props') {
    for (const parent of plan.parents) {
      const [x, y] = plan.props.map((p) => [...parent.children].find((c) => c.getAttribute('prop') === p));
      if (x && y) swapNodes(x, y);
    }
    return;
  }
  for (const [x, y] of plan.cells) swapNodes(x, y);
  for (const table of plan.tables) {
    const cols = [...(table.querySelector(':scope > colgroup')?.children ?? [])];
    if (cols.length === tableWidth(table)) swapNodes(cols[plan.a]!, cols[plan.b]!);
  }
}

// ---- the variants ----------------------------------------------------------------------------------------

/** JD's order list is drawn with div cards only, no table. */
const hasTables = (_page: DemoPage, doc: Document) => tablesOf(doc).length > 0;
const cloneInto = (doc: Document, html: string) => {
  const proto = fragment(doc, html);
  return () => proto.cloneNode(true);
};
const everyCell = (where: 'prepend' | 'append', html: string) => (doc: Document) => {
  const make = cloneInto(doc, html);
  for (const cell of bodyCells(doc)) cell[where](make());
};

/** Markup the variants insert, drawn the way the consoles' kits draw it. */
const MARKUP = {
  tableWrap: '<div class="scroll-wrap_Qk3vZ"><div class="scroll-wrap__inner"></div></div>',
  blockWrap: '<div class="virtual-item_7cDx2"></div>',
  cellInner: '<div class="cell-inner"><span></span></div>',
  spacerRow: (row: Element, width: number) =>
    `<tr class="${row.classList[0] ?? ''} row-spacer" style="height:8px"><td colspan="${width}"></td></tr>`,
  measureCell: '<td style="padding:0;border-top:0;border-bottom:0;height:0"><div style="height:0;overflow:hidden">&nbsp;</div></td>',
  measureRow: (kit: string, cells: string) => `<tr aria-hidden="true" class="${kit}-measure-row" style="height:0px;font-size:0px">${cells}</tr>`,
  gap: '<div class="list-gap" style="height:8px"></div>',
  cellStyle: '<style>.beast-core-ellipsis-1{overflow:hidden;text-overflow:ellipsis}</style>',
  cellScript:
    '<script>window.__CELL_STATE__={"price":"¥999.00","quantity":"x9","orderSn":"订单编号：999999-999999999999999"}</script>' +
    '<template><div class="popover">¥999.00 x9 隐藏文字</div></template>',
  hiddenByStyle: '<span style="display:none">¥999.00 x9 隐藏文字</span>',
  hiddenByAttribute: '<span hidden>¥999.00 x9 隐藏文字</span>',
  notices: (count: number) =>
    '<div class="notice-bar_3kQ1z" role="status"><span>温馨提示：大促期间请于承诺时间内发货</span><a>知道了</a></div>' +
    `<div class="list-summary_2Lk9P">共 ${count} 条记录</div>` +
    '<ul class="mini-pager"><li class="prev">上一页</li><li class="active">1</li><li>2</li><li class="next">下一页</li></ul>',
  toast: '<div class="message-toast" role="alert"><div class="message-notice-content"><span>导出任务已提交，可在下载中心查看</span></div></div>',
  hoverCard: (lines: string[]) =>
    '<div style="position:absolute;top:0;left:0;width:100%"><div class="popover-portal">' +
    '<div class="ant-popover ant-popover-hidden" style="display:none"><div class="ant-popover-inner" role="tooltip">' +
    `${lines.map((l) => `<div>${esc(l)}</div>`).join('')}</div></div></div></div>`,
  summaryTable:
    '<div class="shop-overview_1Qa9z"><table class="overview-table">' +
    '<thead><tr><th>今日订单</th><th>今日成交额</th><th>待发货</th><th>退款中</th></tr></thead>' +
    '<tbody><tr><td>12</td><td>¥3,456.00</td><td>3</td><td>1</td></tr></tbody></table></div>',
  copy: '<a class="copy-action" role="button">复制</a>',
  titleControls: '<a class="title-copy">复制</a><a class="title-more">展开</a>',
  shell: '<div id="app"><div class="layout"><div class="layout-body"><main class="layout-main"></main></div></div></div>',
};

const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;

/** Every console rebuild and page shape the research documents, as transforms every reader must survive. */
export const GENERIC_VARIANTS: PageVariant[] = [
  {
    // research: sol-mod__no-br___1PwLO → dK-US → 1FsWT; index_text__3y09K; TB_td_5-117-0 / 5-119-0 / 5-123-0.
    name: 'hashed class suffixes changed',
    appliesTo: (_p, doc) => hasClass(doc, KIT_VERSION) || hasClass(doc, MODULE_HASH, (m) => /[0-9A-Z]/.test(m[2] ?? m[4]!)),
    apply: (doc) => void mapClassTokens(doc, newHash),
  },
  {
    // Element-UI numbers its tables and columns per render (el-table_1_column_1); JD's kit copies that.
    name: 'kit column ids renumbered',
    appliesTo: (_p, doc) => hasClass(doc, COLUMN_ID),
    apply: (doc) =>
      void mapClassTokens(doc, (t) =>
        t.replace(COLUMN_ID, (_m, p: string, n: string, c: string, k: string) => `${p}${Number(n) + 5}${c}${Number(k) + 23}`),
      ),
  },
  {
    name: 'wrapper div around every table',
    appliesTo: hasTables,
    apply: (doc) => tablesOf(doc).forEach((t) => wrapElement(t, MARKUP.tableWrap)),
  },
  {
    name: 'wrapper div around every repeated block (order card, order block, list item)',
    appliesTo: (_p, doc) => repeatedBlocks(doc).length > 0,
    apply: (doc) => repeatedBlocks(doc).flat().forEach((el) => wrapElement(el, MARKUP.blockWrap)),
  },
  {
    name: 'cell content wrapped in div.cell-inner > span',
    apply: (doc) =>
      allCells(doc).forEach((c) => wrapContents(c, MARKUP.cellInner)),
  },
  {
    name: 'blank spacer row after every body row',
    appliesTo: (_p, doc) => tablesOf(doc).some((t) => t.tBodies.length > 0 && t.tBodies[0]!.rows.length > 0),
    apply: (doc) => void insertAfterEachRow(doc, MARKUP.spacerRow),
  },
  {
    // antd (and kits built on it: auxo, ecom-g) draws a zero-height measure row first in a scrolled body.
    name: 'measure row at the top of every table body',
    appliesTo: (_p, doc) => tablesOf(doc).some((t) => [...t.tBodies].some((b) => b.rows.length > 0)),
    apply: (doc) => {
      for (const table of tablesOf(doc)) {
        const cells = MARKUP.measureCell.repeat(tableWidth(table));
        for (const body of [...table.tBodies].filter((b) => b.rows.length > 0)) {
          const kit = /^(.+-table)-row$/.exec(body.rows[0]!.classList[0] ?? '')?.[1] ?? 'ant-table';
          body.prepend(fragment(doc, MARKUP.measureRow(kit, cells)));
        }
      }
    },
  },
  {
    // Fixed-header kits (Fusion next-table, antd with scroll.y, ecom-g) draw the header as a table of its own.
    name: 'header drawn as its own table above the body (fixed-header kit)',
    appliesTo: (_p, doc) => headedTables(doc).length > 0,
    apply: (doc) => {
      for (const table of headedTables(doc)) {
        const head = doc.createElement('table');
        head.className = table.className;
        const colgroup = table.querySelector(':scope > colgroup');
        if (colgroup) head.append(colgroup.cloneNode(true));
        head.append(table.tHead!);
        wrapElement(table, '<div class="table-body-wrap"></div>');
        const box = fragment(doc, '<div class="table-header-wrap"></div>').firstElementChild!;
        box.append(head);
        table.parentElement!.before(box);
      }
    },
  },
  {
    name: 'blank spacer div after every repeated block',
    appliesTo: (_p, doc) => repeatedBlocks(doc).length > 0,
    apply: (doc) => repeatedBlocks(doc).flat().forEach((el) => insertAfter(el, MARKUP.gap)),
  },
  textVariant('label colons full-width → ASCII (订单编号： → 订单编号:)', labelColon('：'), (t) => t.replace(labelColon('：'), '$1$2:')),
  textVariant('label colons ASCII → full-width (ID: → ID：)', labelColon(':'), (t) => t.replace(labelColon(':'), '$1$2：')),
  textVariant('no-break space instead of the label colon (订单编号\u00a0123)', labelColon('[:：]\\s*'), (t) =>
    t.replace(new RegExp(`(${LABELS})\\s*[:：]\\s*`, 'g'), '$1\u00a0'),
  ),
  textVariant('spaces around the label colon (订单编号 ： 123)', labelColon('[:：]'), (t) =>
    t.replace(new RegExp(`(${LABELS})\\s*([:：])\\s*`, 'g'), '$1 $2 '),
  ),
  {
    // research: JD config items, Taobao's sold header (<span>订单号：</span><span>id</span>): label and value apart.
    name: 'label and value split into sibling spans (<span>订单编号：</span><span>123</span>)',
    appliesTo: (_p, doc) => textNodes(doc).some((n) => labelWithValue().test(n.nodeValue ?? '')),
    apply: (doc) =>
      textNodes(doc).forEach((node) => {
        const m = labelWithValue().exec(node.nodeValue ?? '');
        if (m) node.replaceWith(fragment(doc, `${esc(m[1]!)}<span>${esc(m[2]!)}</span><span>${esc(m[3]!)}</span>`));
      }),
  },
  {
    // research: the legacy sold page draws the colon as an element of its own (<span>颜色</span><span>：</span>).
    name: 'label colon in an element of its own (<span>订单编号</span><span>：</span>123)',
    appliesTo: (_p, doc) => textNodes(doc).some((n) => labelAndColon().test(n.nodeValue ?? '')),
    apply: (doc) =>
      textNodes(doc).forEach((node) => {
        const m = labelAndColon().exec(node.nodeValue ?? '');
        if (m) node.replaceWith(fragment(doc, `${esc(m[1]!)}<span>${esc(m[2]!)}</span><span>${esc(m[3]!)}</span>${esc(m[4]!)}`));
      }),
  },
  textVariant('currency sign swapped (¥ ↔ ￥)', /[¥￥]/, (t) => t.replace(/[¥￥]/g, (c) => (c === '¥' ? '￥' : '¥'))),
  textVariant('date separators swapped (2025-05-01 ↔ 2025/05/01)', /(?<!\d)\d{4}([-/])\d{1,2}\1\d{1,2}(?!\d)/, (t) =>
    t.replace(/(?<!\d)(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?!\d)/g, (_m, y: string, sep: string, mo: string, d: string) =>
      [y, mo, d].join(sep === '-' ? '/' : '-'),
    ),
  ),
  {
    // research: PDD cells can contain leaked `.beast-core-ellipsis-N {…}` CSS text.
    name: 'style element inside every body cell',
    apply: everyCell('prepend', MARKUP.cellStyle),
  },
  {
    name: 'script and template inside every body cell',
    apply: everyCell('prepend', MARKUP.cellScript),
  },
  {
    name: 'display:none span inside every body cell',
    apply: everyCell('prepend', MARKUP.hiddenByStyle),
  },
  {
    name: 'hidden-attribute span inside every body cell',
    apply: everyCell('append', MARKUP.hiddenByAttribute),
  },
  {
    // Vue leaves `<!--v-if-->` where a conditional renders nothing; frameworks leave empty text nodes.
    name: 'comments and empty text nodes between elements',
    apply: (doc) => {
      const parents: Element[] = [doc.body];
      walkShown(doc.body, (n) => n.nodeType === 1 && parents.push(n as Element));
      for (const parent of parents) {
        for (const child of [...parent.children]) {
          parent.insertBefore(doc.createComment('v-if'), child);
          parent.insertBefore(doc.createTextNode(''), child);
        }
        parent.append(doc.createComment(''));
      }
    },
  },
  {
    name: 'React text splits (订单编号：<!-- -->123, ¥<!-- -->12.90, x<!-- -->2)',
    appliesTo: (_p, doc) => textNodes(doc).some((n) => reactSplits(n.nodeValue ?? '').length > 0),
    apply: (doc) => {
      for (const node of textNodes(doc)) {
        const text = node.nodeValue ?? '';
        const cuts = reactSplits(text);
        if (!cuts.length) continue;
        const pieces = [0, ...cuts].map((from, i) => text.slice(from, cuts[i] ?? text.length));
        node.replaceWith(...pieces.flatMap((p, i) => (i ? [doc.createComment(' '), p] : [p])));
      }
    },
  },
  {
    name: 'toast, notice bar, pager and 共 N 条 summary outside the list',
    apply: (doc, page) => {
      contentRoot(doc).prepend(fragment(doc, MARKUP.notices(expectedRecords(page).length)));
      doc.body.append(fragment(doc, MARKUP.toast));
    },
  },
  {
    // Kits render tooltips and hover cards into a portal at the end of the body, hidden until hovered.
    name: 'hidden hover card at the end of the body repeating a record',
    apply: (doc, page) => {
      const record = expectedRecords(page)[0]!;
      const lines =
        'items' in record
          ? [`订单编号：${record.orderId}`, ...record.items.map((i) => `${i.title} ${yuan(i.priceFen)} x${i.quantity}`)]
          : [`ID:${record.productId}`, record.title, yuan(record.priceFen)];
      doc.body.append(fragment(doc, MARKUP.hoverCard(lines)));
    },
  },
  {
    name: 'shop summary table (今日订单 | 今日成交额) above the list',
    apply: (doc) => contentRoot(doc).prepend(fragment(doc, MARKUP.summaryTable)),
  },
  {
    // research: PDD's 复制 link beside the order sn; Taobao's and JD's copy icons beside ids.
    name: '复制 button after every order / product / SKU id',
    appliesTo: (page, doc) => idSpots(page, doc).size > 0,
    apply: (doc, page) => idSpots(page, doc).forEach((spot) => insertAfter(spot, MARKUP.copy)),
  },
  {
    name: '复制 / 展开 controls after every item title',
    appliesTo: (page, doc) => titleSpots(page, doc).size > 0,
    apply: (doc, page) => titleSpots(page, doc).forEach((spot) => insertAfter(spot, MARKUP.titleControls)),
  },
  {
    name: 'two data columns swapped (header and every row)',
    appliesTo: (_p, doc) => columnSwapPlan(doc) !== undefined,
    apply: swapColumns,
  },
  {
    name: 'page wrapped in a deeper app shell',
    apply: (doc) => {
      const shell = fragment(doc, MARKUP.shell).firstElementChild!;
      innermost(shell).append(...doc.body.childNodes);
      doc.body.append(shell);
    },
  },
  {
    name: 'Vue scoped-style data-v attributes on every element',
    apply: (doc) => doc.body.querySelectorAll('*').forEach((el) => el.setAttribute('data-v-7ba5bd90', '')),
  },
  {
    name: 'newlines and indentation around every text',
    apply: (doc) => void mapTextNodes(doc, (t) => `\n      ${t}\n    `),
  },
];

/** Tables drawing their header and their body rows together. */
function headedTables(doc: Document): HTMLTableElement[] {
  return tablesOf(doc).filter((t) => t.tHead && [...t.tBodies].some((b) => b.rows.length > 0));
}

function idSpots(page: DemoPage, doc: Document): Set<Node> {
  const ids = expectedIds(page);
  if (!ids.length) return new Set();
  const re = new RegExp(`(?<![\\d-])(?:${ids.map(escapeRe).join('|')})(?![\\d-])`);
  const spots = new Set<Node>();
  for (const node of textNodes(doc)) {
    const id = re.exec(node.nodeValue ?? '')?.[0];
    if (id) spots.add(afterText(node, (t) => t.endsWith(id) && t.length <= id.length + 12));
  }
  return spots;
}

function titleSpots(page: DemoPage, doc: Document): Set<Node> {
  const titles = new Set(expectedTitles(page));
  const spots = new Set<Node>();
  for (const node of textNodes(doc)) {
    const title = squashed(node.nodeValue);
    if (titles.has(title)) spots.add(afterText(node, (t) => t === title));
  }
  return spots;
}
