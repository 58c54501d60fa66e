import type { RawOrderItem, RawOrderRow, RawProductRow } from '../../domain';
import { expandGrid, findHeader, labelValue, textExcept, textOf, textPieces, type HeaderMap } from '../../scrape';
import {
  afterSaleText,
  ORDER_HEADERS,
  ORDER_STATUS_WORD,
  paidText,
  PRODUCT_HEADERS,
  productIdToken,
  quantityToken,
  specText,
} from './schema';
import * as S from './selectors';

type Columns<F extends string> = Partial<Record<F, number>>;

/** Column index of each field, from the list's own header row (wherever the kit draws it); {} without one. */
function columns<F extends string>(root: ParentNode, map: HeaderMap<F>, required: F[]): Columns<F> {
  return findHeader(root, map, { required })?.columns ?? {};
}

/**
 * The value after a text label inside scope; '' when the label is there but its value is not. labelValue
 * takes the next text when the label stands alone, so an empty `商品ID：` followed by `商家编码：…` would
 * otherwise hand over the next label.
 */
function valueAfter(scope: ParentNode, label: string): string | undefined {
  const v = labelValue(scope, label);
  if (v === undefined) return undefined;
  return /^[\u4e00-\u9fffA-Za-z ]{2,8}[:：]/.test(v) ? '' : v;
}

const firstPiece = (el: Element | undefined) => (el ? (textPieces(el)[0] ?? '') : '');

// ---- orders ----

type RowKind = 'head' | 'item' | 'skip';

/** Order header, item row, or a row to pass over (remark, spacer, placeholder, "load more"). */
function rowKind(row: Element): RowKind {
  if (row.querySelector(S.ITEM_MARK) || row.getAttribute('data-row-key')?.includes('child')) return 'item';
  if (row.matches(S.REMARK_ROW)) return 'skip';
  if (S.ORDER_HEAD_ROW_CLASS.test(row.className)) return 'head';
  // Without the kit's classes: a row whose text starts with 订单编号 is a header, unless it is a remark
  // (a buyer's message may well mention 订单号).
  const pieces = textPieces(row);
  if (pieces.some((t) => S.REMARK_WORDS.test(t))) return 'skip';
  return pieces.some((t) => S.ORDER_ID_START.test(t)) ? 'head' : 'skip';
}

/** Rows cut into orders: each header row with the item rows after it. Items before any header are not an order. */
function groupOrders(rows: Element[]): { head: Element; items: Element[] }[] {
  const groups: { head: Element; items: Element[] }[] = [];
  for (const row of rows) {
    const kind = rowKind(row);
    if (kind === 'head') groups.push({ head: row, items: [] });
    else if (kind === 'item') groups.at(-1)?.items.push(row);
  }
  return groups;
}

function readItem(row: Element, cells: Element[], cols: Columns<keyof typeof ORDER_HEADERS>): RawOrderItem {
  const nameEl = row.querySelector(S.ITEM_NAME);
  const goods = nameEl?.closest('td, [role="cell"], [role="gridcell"]') ?? cells[cols.goods ?? -1] ?? row;
  const priceCell = textOf(cells[cols.price ?? -1]);
  const specEl = row.querySelector(S.ITEM_SPEC);
  const title = nameEl
    ? textOf(nameEl)
    : (textPieces(goods).find((t) => !/商品ID|商家编码|规格|^[x×]\s*\d+$/.test(t)) ?? '');
  const productId = valueAfter(goods, S.ITEM_PRODUCT_ID_LABEL);
  const outerId = valueAfter(goods, S.OUTER_ID_LABEL);
  return {
    title,
    spec: specText(specEl ? textOf(specEl) : (valueAfter(goods, '商品规格|规格') ?? '')),
    ...(productId !== undefined && { productId }),
    ...(outerId !== undefined && { outerId }),
    quantity: textOf(row.querySelector(S.ITEM_QUANTITY)) || quantityToken(priceCell) || quantityToken(textOf(specEl)) || '',
    price: textOf(row.querySelector(S.ITEM_PRICE)) || priceCell,
  };
}

function readOrder(head: Element, items: Element[], cols: Columns<keyof typeof ORDER_HEADERS>): RawOrderRow {
  const grid = expandGrid(items);
  const inItems = (sel: string) => items.map((r) => r.querySelector(sel)).find((el) => el) ?? undefined;
  const cell = (r: number, col: number | undefined) => (col === undefined ? undefined : grid[r]?.[col]);

  const payEl = inItems(S.PAY_AMOUNT);
  const paid = paidText(payEl ? textOf(payEl) : textOf(cell(0, cols.paid)));
  const buyerCell = cell(0, cols.buyer);
  const buyer = textOf(inItems(S.NICKNAME)) || (buyerCell ? textExcept(buyerCell, S.CONTACT).split(' ')[0]! : '');
  const statusCell = cell(0, cols.status);
  const statusPieces = statusCell ? textPieces(statusCell) : [];
  // Without a 订单状态 header, the status is the cell that says nothing but a status word.
  const status =
    statusPieces.find((t) => ORDER_STATUS_WORD.test(t)) ??
    statusPieces[0] ??
    items.flatMap((r) => textPieces(r)).find((t) => ORDER_STATUS_WORD.test(t)) ??
    '';
  const afterSales = new Set(items.map((_, r) => afterSaleText(firstPiece(cell(r, cols.afterSale)))).filter(Boolean));

  const raw = items.map((row, r) => readItem(row, grid[r] ?? [], cols));
  const orderId = valueAfter(head, S.ORDER_ID_LABEL) || head.getAttribute('data-row-key') || '';
  const placedAt = valueAfter(head, S.PLACED_LABEL) ?? '';
  // The excerpt is rebuilt from what was read: the row's own text would carry the masked receiver.
  const text = [orderId, placedAt, ...raw.map((i) => `${i.title} ${i.spec} ${i.price} ${i.quantity}`), buyer, paid, status].join(' ');
  return {
    orderId,
    buyer,
    placedAt,
    status,
    ...(afterSales.size > 0 && { afterSale: [...afterSales].join(' ') }),
    paid,
    items: raw,
    text,
  };
}

/**
 * The order rows of 订单管理: the auxo tree table's level-0 header row (订单编号 / 下单时间) and the item
 * rows under it, with the row-spanned amount, buyer and status. Remark rows are passed over; the receiver's
 * masked contact is never read.
 */
export function extractOrders(root: ParentNode): RawOrderRow[] {
  const rows = [...root.querySelectorAll(S.ORDER_ROW)].filter((r) => !r.closest('thead'));
  if (rows.length === 0) return [];
  const cols = columns(root, ORDER_HEADERS, ['goods']);
  return groupOrders(rows).map(({ head, items }) => readOrder(head, items, cols));
}

// ---- products ----

function readProduct(row: Element, cols: Columns<keyof typeof PRODUCT_HEADERS>): RawProductRow {
  const grid = expandGrid([row])[0]!;
  const cell = (f: keyof typeof PRODUCT_HEADERS) => (cols[f] === undefined ? undefined : grid[cols[f]!]);
  const info = cell('info') ?? row;
  const link = info.querySelector(S.PRODUCT_LINK);
  const hrefId = /product_id=(\d+)/.exec(link?.getAttribute('href') ?? '')?.[1];
  const text = textOf(row);
  const sales = cell('sales30d');
  const listed = cell('listedAt');
  return {
    productId: productIdToken(textPieces(info).join(' ')) ?? hrefId ?? row.getAttribute('data-row-key') ?? '',
    title: textOf(link) || textOf(info.querySelector(S.PRODUCT_TITLE)),
    outerId: cell('outerId') ? textOf(cell('outerId')) : (valueAfter(info, S.OUTER_ID_LABEL) ?? ''),
    price: textOf(cell('price')),
    stock: textOf(cell('stock')),
    ...(sales && { sales30d: textOf(sales) }),
    status: firstPiece(cell('status')),
    listedAt: listed ? textOf(listed) : (/20\d\d[/-]\d{1,2}[/-]\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?/.exec(text)?.[0] ?? ''),
    text,
  };
}

/**
 * The product rows of 商品管理 (one record per product, skuId ''). The table is virtualised: only the rows
 * in view exist, so each call reads what is drawn and the content script's observer reads again on scroll.
 */
export function extractProducts(root: ParentNode): RawProductRow[] {
  const rows = [...root.querySelectorAll(S.PRODUCT_ROW)].filter(
    (r) => !r.closest('thead') && !S.PRODUCT_CHILD_ROW_CLASS.test(r.className),
  );
  if (rows.length === 0) return [];
  const cols = columns(root, PRODUCT_HEADERS, ['info', 'stock']);
  return rows.map((row) => readProduct(row, cols));
}
