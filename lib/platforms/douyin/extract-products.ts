import type { RawProductRow } from '../../domain';
import { expandGrid, findHeader, firstToken, labelPattern, labelValue, lineKind, textExcept, textOf, textPieces } from '../../scrape';
import { PRODUCT_HEADERS, productIdToken } from './schema';
import { rowStatus } from './product-status';
import * as S from './selectors';

/** The product id's label `ID:`/`ID：` by the shared label rule (never inside a word such as 商品ID). */
const ID_LABEL = labelPattern('ID');

type Field = keyof typeof PRODUCT_HEADERS;
type Columns = Partial<Record<Field, number>>;

const DATE = /20\d\d[/-]\d{1,2}[/-]\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?/;
const MONEY = /[¥￥]\s*\d/;

/** A figure read by its own label inside the row (`30日销量 12`, `库存：5`), when the label carries one. */
function labelled(scope: Element, label: string): string | undefined {
  const v = labelValue(scope, label);
  return v && /\d/.test(v) ? v : undefined;
}

function readProduct(row: Element, cols: Columns, tabStatus: string): RawProductRow {
  const cells = expandGrid([row])[0]!;
  const cell = (f: Field) => (cols[f] === undefined ? undefined : cells[cols[f]!]);
  const link = row.querySelector(S.PRODUCT_LINK);
  const info =
    cell('info') ?? link?.closest('td, [role="cell"]') ?? cells.find((c) => productIdToken(textOf(c))) ?? cells[1] ?? row;
  const hrefId = /product_id=(\d+)/.exec(link?.getAttribute('href') ?? '')?.[1];
  const key = row.getAttribute('data-row-key') ?? '';
  const infoPieces = textPieces(info);
  const idAt = infoPieces.findIndex((t) => ID_LABEL.test(t));
  // The title is the link, else the text before the `ID:` anchor (the 8-td rows: 标题+ID in one cell).
  const title = textOf(link) || textOf(info.querySelector(S.PRODUCT_TITLE)) || (infoPieces.slice(0, idAt < 0 ? 1 : idAt)[0] ?? '');
  const rowPieces = textPieces(row);
  const money = rowPieces.find((t) => MONEY.test(t));
  const sales = labelled(row, S.SALES_30D_LABEL);
  const listed = cell('listedAt');
  const outerCell = cell('outerId');
  const salesCell = cell('sales30d');
  return {
    productId:
      productIdToken(infoPieces.join(' ')) ?? productIdToken(rowPieces.join(' ')) ?? hrefId ?? (/^\d{6,}$/.test(key) ? key : ''),
    title,
    outerId: outerCell ? textOf(outerCell) : (firstToken(labelValue(row, S.PRODUCT_OUTER_ID_LABEL)) ?? ''),
    price: cell('price') ? textOf(cell('price')) : (labelled(row, S.PRICE_LABEL) ?? money ?? ''),
    stock: labelled(row, S.STOCK_LABEL) ?? textExcept(cell('stock'), S.ACTION),
    ...((sales ?? salesCell) && { sales30d: sales ?? textOf(salesCell) }),
    status: rowStatus(cells, cell('status'), info, tabStatus),
    // Date and time may be two divs (td[5] `div > div` texts joined, WeAblum's reader).
    listedAt: DATE.exec((listed ? textPieces(listed) : rowPieces).join(' '))?.[0] ?? '',
  };
}

/** A row that is a product: not a SKU sub-row, measure or empty-state row, spacer or control strip. */
function isProductRow(row: Element, header: Element | undefined): boolean {
  if (row === header || row.closest('thead') || S.PRODUCT_NOT_ROW.test(row.className)) return false;
  const kind = lineKind(textPieces(row));
  return kind !== 'empty' && kind !== 'control';
}

/**
 * The product rows of 商品管理 (one record per product, skuId ''). The table is virtualised: only the rows
 * in view exist, so each call reads what is drawn and the content script's observer reads again on scroll.
 * Figures are read by their own label inside the row first, then by column; the status is the 状态 column,
 * else a status word in the row (never an action link's 下架), else the list's active tab.
 */
export function extractProducts(root: ParentNode): RawProductRow[] {
  const header = findHeader(root, PRODUCT_HEADERS, { required: ['info'] });
  const found = [...root.querySelectorAll(S.PRODUCT_ROW)];
  const rows = found.filter((r) => isProductRow(r, header?.row) && !found.some((o) => o !== r && o.contains(r)));
  if (rows.length === 0) return [];
  const tab = textOf(root.querySelector(S.ACTIVE_TAB)).replace(/[\s(（]*\d+[)）]?\s*$/, '');
  return rows.map((row) => readProduct(row, header?.columns ?? {}, tab));
}
