import type { RawProductRow } from '../../domain';
import { HIDDEN, ROW_SELECTOR, cellsOf, findHeader, firstToken, labelValue, rowGrid, tableScope, textOf, textPieces } from '../../scrape';
import { amountOf, cellAt, firstValue, productIdOf, titleOf } from './cells';
import { DEFAULT_PRODUCT_COLUMNS, PRODUCT_HEADERS, isProductStatusWord, loadedCount, statusOfTab, type ProductField } from './schema';
import * as S from './selectors';

type Columns = Partial<Record<ProductField, number>>;
const CELL = 'td, th, [role="cell"], [role="gridcell"]';
const DATE = /\d{4}\s*[-/.年]\s*\d{1,2}/;

function isProductRow(row: Element, header: Element | undefined, scope: ParentNode): boolean {
  if (row === header || row.closest(`thead, ${S.LOCKED_COLUMN_COPY}`) || cellsOf(row).length < 3) return false;
  if (row.matches(S.BODY_HEADER_ROW) || [...row.children].some((c) => c.matches('th, [role="columnheader"]'))) return false;
  // Measure rows (hidden, or cells of nothing but a no-break space) and spacer rows are never products.
  if (row.closest(HIDDEN) || !textOf(row)) return false;
  const outerCell = row.parentElement?.closest(CELL);
  return !(outerCell && (scope as Node).contains(outerCell)); // an expanded SKU table inside a row
}

/**
 * A value written with its own label in one of the row's cells (`30日销量 12` under a header 销量), read
 * before any column. The title cell is left out: a title may begin with such a word (`月销10万+…`).
 */
function labelIn(cells: Element[], skip: Element | undefined, label: string): string | undefined {
  for (const cell of new Set(cells)) {
    if (cell === skip) continue;
    const value = labelValue(cell, label);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The value element of a cell (`.price-value`, `span.quantity`, `.text-async-label`) where the cell has one. */
const valueIn = (cell: Element | undefined, selector: string) => (cell ? (cell.querySelector(selector) ?? cell) : undefined);

function productStatusOf(cells: Element[], statusCell: Element | undefined, tab: string): string {
  if (statusCell) return firstValue(statusCell);
  return cells.flatMap((c) => textPieces(c)).find(isProductStatusWord) ?? tab;
}

/**
 * 30-day sales: the `30日销量` label in the row, else the 30日 column's async figure. Until it has loaded
 * (empty, `--`, a spinner) there is no figure: absent, never 0 and never the 累计销量 beside it.
 */
function sales30dOf(cells: Element[], main: Element | undefined, cell: Element | undefined): string | undefined {
  const byLabel = labelIn(cells, main, S.SALES30D_LABEL);
  if (byLabel !== undefined) return loadedCount(firstToken(byLabel) ?? '');
  if (!cell || labelValue(cell, S.TOTAL_SALES_LABEL) !== undefined) return undefined;
  return loadedCount(textOf(valueIn(cell, S.ASYNC_SALES)));
}

function listedAtOf(cells: Element[], main: Element | undefined, cell: Element | undefined): string {
  const byLabel = labelIn(cells, main, S.LISTED_AT_LABEL);
  if (byLabel && DATE.test(byLabel)) return byLabel;
  return cell ? (textPieces(cell).find((p) => DATE.test(p)) ?? textOf(cell)) : '';
}

function readProduct(cells: Element[], cols: Columns, tab: string): RawProductRow {
  const at = (f: ProductField) => cellAt(cells, cols, f);
  const main = at('title');
  const outerCell = at('outerId');
  const sales30d = sales30dOf(cells, main, at('sales30d'));
  const stock = firstToken(labelIn(cells, main, S.STOCK_LABEL));
  return {
    productId: productIdOf(main) ?? '',
    title: titleOf(main),
    spec: '',
    outerId: outerCell ? textOf(outerCell) : (firstToken(main ? labelValue(main, S.PRODUCT_OUTER_ID_LABEL) : undefined) ?? ''),
    price: amountOf(valueIn(at('price'), S.PRICE_VALUE)),
    stock: stock && /^\d/.test(stock) ? stock : textOf(valueIn(at('stock'), S.STOCK_VALUE)),
    ...(sales30d ? { sales30d } : {}),
    status: productStatusOf(cells, at('status'), tab),
    listedAt: listedAtOf(cells, main, at('listedAt')),
  };
}

/**
 * The product list (Qianniu `SellManage/*`, a Fusion `table[role="table"]`, rows `tr.next-table-row`) → one
 * raw row per product, read at product level: the price is the cell's lowest (a range when SKU prices
 * differ), stock and 30-day sales the product's totals. Figures written with their label in a cell are read
 * by that label first. The status comes from the row's status tag, else the active tab. Body-header rows,
 * expanded SKU tables and the locked-column copies are never products.
 */
export function extractProductRows(root: ParentNode): RawProductRow[] {
  const found = findHeader(root, PRODUCT_HEADERS, { required: ['title'], min: 2 });
  const header = found?.row;
  const scope = header ? tableScope(header, root) : root;
  const cols = found?.columns ?? DEFAULT_PRODUCT_COLUMNS;
  const grid = rowGrid(scope);
  const tab = statusOfTab(textOf(root.querySelector(S.ACTIVE_TAB)));
  return [...scope.querySelectorAll(ROW_SELECTOR)]
    .filter((row) => isProductRow(row, header, scope))
    .map((row) => ({ row, cells: grid.get(row) ?? cellsOf(row) }))
    .filter(({ cells }) => header || productIdOf(cellAt(cells, cols, 'title')))
    .map(({ cells }) => readProduct(cells, cols, tab));
}
