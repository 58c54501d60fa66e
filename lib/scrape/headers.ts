import { cellsOf, columnsByHeader, headerCellTexts, type HeaderMap } from './grid';
import { ROW_SELECTOR } from './table-scope';

const HEAD_CELL = 'th, [role="columnheader"]';

/** A list's column-header row and the column of each field it names. */
export interface FoundHeader<F extends string> {
  row: Element;
  columns: Partial<Record<F, number>>;
}

export interface FindHeaderOptions<F extends string> {
  /** Fields the header must name (each by some cell). */
  required?: F[];
  /** How many fields it must name at least. Default 1. */
  min?: number;
}

/**
 * Header text as the readers compare it: no whitespace, no money-unit suffix (`实收金额(元)`, `商品总价（元）`),
 * no sort or help marks (`库存 ⇅`, `销量?`).
 */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[（(]\s*元\s*[）)]/g, '')
    .replace(/[⇅↑↓▲▼?？]/g, '')
    .replace(/[\s\u00a0]+/g, '')
    .trim();
}

function isHeaderLike(row: Element): boolean {
  if (row.closest('thead')) return true;
  const cells = [...row.children];
  return cells.length > 0 && cells.some((c) => c.matches(HEAD_CELL));
}

/**
 * The list's own column-header row: of the rows under root that name the required fields and at least `min`
 * of the map's fields, the one naming the most (the first on a tie). Header-like rows (`<thead>`, `<th>`,
 * ARIA column headers) are tried first — a page can hold several tables (filters, a shop summary, the list);
 * a div table whose header uses plain cells is found when no header-like row qualifies. Columns are laid out
 * on the grid (a colspan header fills every column it covers); texts go through normalizeHeader. Undefined
 * when no row names those columns. The one header finder of every reader.
 */
export function findHeader<F extends string>(
  root: ParentNode,
  map: HeaderMap<F>,
  opts: FindHeaderOptions<F> = {},
): FoundHeader<F> | undefined {
  const required = opts.required ?? [];
  const min = Math.max(opts.min ?? 1, required.length);
  const score = (row: Element) => {
    const columns = columnsByHeader(headerCellTexts(row).map(normalizeHeader), map);
    const n = Object.keys(columns).length;
    return n >= min && required.every((f) => columns[f] !== undefined) ? { row, columns, n } : undefined;
  };
  const best = (rows: Iterable<Element>) => {
    let top: (FoundHeader<F> & { n: number }) | undefined;
    for (const row of rows) {
      const s = score(row);
      if (s && (!top || s.n > top.n)) top = s;
    }
    return top;
  };
  // Header cells are few: look at their rows before walking every row of the page.
  const headerish = new Set<Element>();
  for (const el of root.querySelectorAll(`thead tr, ${HEAD_CELL}`)) {
    const row = el.matches(ROW_SELECTOR) ? el : el.closest(ROW_SELECTOR);
    if (row && isHeaderLike(row)) headerish.add(row);
  }
  const found =
    best(headerish) ??
    best([...root.querySelectorAll(ROW_SELECTOR)].filter((r) => !headerish.has(r) && cellsOf(r).length > 1));
  return found && { row: found.row, columns: found.columns };
}
