import { parseProductStatus, type RawProductRow } from '../../domain';
import { cellsOf, expandGrid, findHeader, firstToken, rowsOf, textOf, textPieces } from '../../scrape';
import { fieldLabels } from './field-labels';
import { countIn, listedAtText, moneyIn, WARE_HEADERS, type WareField } from './schema';
import { WARE, WARE_LABEL_START, WARE_LABELS } from './selectors';

type Cols = Partial<Record<WareField, number>>;
type LabelledField = Exclude<WareField, 'title'>;

const digits = (v: string) => /\d/.test(v);
const VALID: Partial<Record<LabelledField, (v: string) => boolean>> = {
  productId: digits,
  skuId: digits,
  price: digits,
  stock: digits,
  sales30d: digits,
  listedAt: digits,
  status: (v) => !!parseProductStatus(v),
};

/** A data row of the ware list: not the header, not a full-width note (empty text, "load more"), not blank. */
function isWareRow(row: Element, header: Element | undefined): boolean {
  if (row === header || row.closest('thead')) return false;
  const own = cellsOf(row);
  if (!own.some((c) => c.tagName !== 'TH')) return false;
  if (own.length === 1 && Number(own[0]!.getAttribute('colspan')) > 1) return false;
  return textOf(row) !== '';
}

/** A word that could be the ware's title: words, not a label line, not an amount, not a status word. */
function titleLike(text: string): boolean {
  return /[\u4e00-\u9fff]{2}|[A-Za-z]{4}/.test(text) && !WARE_LABEL_START.test(text) && !/^[¥￥]/.test(text) && !parseProductStatus(text);
}

/** The ware's title in its 商品信息 cell: the title element, else the first unlabelled text. */
function titleOf(cell: Element | undefined, cells: Element[]): string {
  if (cell) return textOf(cell.querySelector(WARE.title)) || (textPieces(cell).find((t) => !WARE_LABEL_START.test(t)) ?? '');
  for (const c of cells) {
    const el = c.querySelector(WARE.title);
    if (el && textOf(el)) return textOf(el);
  }
  return cells.flatMap((c) => textPieces(c)).find(titleLike) ?? '';
}

function readWare(cells: Element[], cols: Cols): RawProductRow {
  const cell = (f: WareField) => (cols[f] === undefined ? undefined : cells[cols[f]!]);
  const text = (f: WareField) => textOf(cell(f));
  const unique = [...new Set(cells)];
  // A value inside a cell read by its own label (`京东价 ¥199.00`, `30天销量 12`, `商品编号：…`), one walk per cell.
  const { fields: labelled } = fieldLabels(unique, WARE_LABELS, VALID);
  const status =
    labelled.status ||
    text('status') ||
    (cols.status === undefined ? unique.flatMap((c) => textPieces(c)).find((t) => t.length <= 6 && !!parseProductStatus(t)) : '') ||
    '';
  const row: RawProductRow = {
    productId: text('productId') || firstToken(labelled.productId) || '',
    skuId: text('skuId') || firstToken(labelled.skuId) || '',
    title: titleOf(cell('title'), unique),
    spec: text('spec') || labelled.spec || '',
    outerId: text('outerId') || firstToken(labelled.outerId) || '',
    price: moneyIn(labelled.price) || text('price'),
    stock: countIn(labelled.stock) || text('stock'),
    status,
  };
  const sales = countIn(labelled.sales30d) || text('sales30d');
  if (sales || cell('sales30d')) row.sales30d = sales;
  const listed = labelled.listedAt;
  if (listed || cell('listedAt')) row.listedAt = listed || listedAtText(text('listedAt'));
  return row;
}

/** Tables of the list, fixed-column overlays and tables nested in cells left out (the scope itself if a table). */
function listTables(scope: Element | Document): Element[] {
  const all = [...('matches' in scope && scope.matches(WARE.table) ? [scope] : []), ...scope.querySelectorAll(WARE.table)];
  return all.filter((t) => !t.closest(WARE.fixedOverlay) && !t.parentElement?.closest('table'));
}

/** The list's header row; a plain data row whose cells carry labelled values (`京东价：¥399.00`) is not one. */
function headerOf(scope: ParentNode) {
  const found = findHeader(scope, WARE_HEADERS);
  if (!found || found.row.closest('thead') || found.row.querySelector('th')) return found;
  return /\d{4}/.test(textOf(found.row)) ? undefined : found;
}

/**
 * The SKU rows of the ware list, one per SKU, as text: the jdm kit table under `#js-ware-table` (header
 * table apart from the body table, fixed-column overlays, row-spanned ware cells) or the legacy `#tbl_type2`
 * (td[8] = actions). Columns by header text; values by their own in-cell label first; ids by in-cell labels
 * when there is no column for them.
 */
export function extractJdProducts(root: ParentNode): RawProductRow[] {
  const scope = root.querySelector(WARE.container) ?? root.querySelector(WARE.legacy) ?? root;
  const found = headerOf(scope);
  // Without a header, only the legacy table is read (by its in-cell labels): any other table is page chrome.
  if (!found && scope === root) return [];
  const kit = found?.row.closest(WARE.kitTable) ?? (scope as Element | Document);
  const cols = found?.columns ?? {};
  return listTables(kit).flatMap((table) => {
    const rows = rowsOf(table);
    const grid = expandGrid(rows);
    return rows.flatMap((row, i) => (isWareRow(row, found?.row) ? [readWare(grid[i]!, cols)] : []));
  });
}
