import {
  groupGrid,
  mapTextNodes,
  rowGroups,
  span,
  squashed,
  swapNodes,
  tableWidth,
  tablesOf,
  textNodes,
} from './dom';
import type { PageVariant } from './engine';

/** The transforms the generic variants are built from: class-name hashes, label texts, table columns. */
// ---- class names ----------------------------------------------------------------------------------------

/**
 * A CSS-module hash suffix: `index_text__3y09K`, `sol-mod__no-br___1PwLO`, `style_name__1Gz`, `order-item_1xk2P`
 * (2–6 characters after `__`, exactly 5 after a single `_`); BEM elements (`__item`) have no digit or capital.
 */
export const MODULE_HASH = /^(.+?__+)([A-Za-z0-9_-]{2,6})$|^(.+_)([A-Za-z0-9-]{5})$/;
/** A Beast kit class with its library version: `TB_tr_5-120-1`. */
export const KIT_VERSION = /^([A-Z]+_[A-Za-z]+_)(\d+)-(\d+)-(\d+)$/;
/** Element-UI style per-render column ids: `jd-table_7_column_41`. */
export const COLUMN_ID = /^(.+_)(\d+)(_column_)(\d+)$/;

/** A different suffix of the same length and alphabet, the same for the same class (header and body agree). */
export function rehash(suffix: string, seed: string): string {
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

export function newHash(token: string): string {
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

export const hasClass = (doc: Document, re: RegExp, test = (m: RegExpExecArray) => true) =>
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
export const labelColon = (colon: string) => new RegExp(`(${LABELS})(\\s*)${colon}`, 'g');

export function textVariant(name: string, pattern: RegExp, replace: (text: string) => string): PageVariant {
  return {
    name,
    appliesTo: (_page, doc) => textNodes(doc).some((n) => new RegExp(pattern.source).test(n.nodeValue ?? '')),
    apply: (doc) => void mapTextNodes(doc, replace),
  };
}

/** A text node holding a label, its separator and a value: `订单编号：123`, `ID: 958…`, `订单编号\u00a0123`. */
export const labelWithValue = () => new RegExp(`^(.*?)((?:${LABELS})(?:\\s*[:：]\\s*|\\u00a0))(\\S.*)$`, 's');
/** A text node holding a label and its colon, with or without the value after it. */
export const labelAndColon = () => new RegExp(`^(.*?)(${LABELS})\\s*([:：])(.*)$`, 's');
/** Text escaped for HTML. */
export const esc = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The cut points React leaves as `<!-- -->` between a label and its value, a currency sign and its amount, `x` and a count. */
export function reactSplits(text: string): number[] {
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
export function columnCells(table: HTMLTableElement, a: number, b: number): [Element, Element][] | undefined {
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

export function swapColumns(doc: Document): void {
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

