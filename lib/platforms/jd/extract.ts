import type { RawOrderItem, RawOrderRow, RawProductRow } from '../../domain';
import {
  cellsOf,
  expandGrid,
  findHeader,
  firstToken,
  labelValue,
  rowsOf,
  textOf,
  textPieces,
} from '../../scrape';
import {
  configField,
  isAfterSaleText,
  isPriceText,
  isQuantityText,
  listedAtText,
  placedAtText,
  receivablesText,
  splitConfigText,
  WARE_HEADERS,
  type WareField,
} from './schema';
import { ORDER, ORDER_TEXT, WARE, WARE_TEXT } from './selectors';

/** The first non-empty text found by the selectors, tried in order (an icon-only span is passed over). */
function firstText(root: ParentNode, selectors: readonly string[]): string {
  for (const selector of selectors) {
    for (const el of root.querySelectorAll(selector)) {
      const text = textOf(el);
      if (text) return text;
    }
  }
  return '';
}

/** One `.config-view-item`: label and value in their own elements, or both in one text node. */
function configPair(item: Element): { label: string; value: string } {
  const label = item.querySelector(ORDER.configLabel);
  const value = item.querySelector(ORDER.configValue);
  if (label && value) return { label: textOf(label), value: textOf(value) };
  return splitConfigText(textOf(value ?? item));
}

function readItem(line: Element): RawOrderItem {
  const item: RawOrderItem = { title: textOf(line.querySelector(ORDER.itemTitle)), spec: '', quantity: '', price: '' };
  let configs = [...line.querySelectorAll(ORDER.itemConfig)];
  if (!configs.length) {
    configs = [...line.querySelectorAll(ORDER.configItem)].filter((c) => !c.closest(ORDER.itemRightBox));
  }
  for (const config of configs) {
    const { label, value } = configPair(config);
    const field = configField(label);
    if (field === 'spec' && !item.spec) item.spec = value;
    else if (field === 'skuId') item.skuId ??= value;
    else if (field === 'outerId') item.outerId ??= value;
  }
  let right = [...line.querySelectorAll(ORDER.itemRight)].map((el) => textOf(el));
  const rightBox = line.querySelector(ORDER.itemRightBox);
  if (!right.length && rightBox) right = textPieces(rightBox);
  // Never take the quantity `x2` as a price (or the reverse): a missing value must stay missing. Bare
  // numbers (`199.00`, `2`) are told apart by position, price first, as the kit draws them.
  const bare = right.filter((t) => /\d/.test(t) && !isPriceText(t) && !isQuantityText(t));
  item.price = right.find(isPriceText) ?? bare[0] ?? '';
  item.quantity = right.find(isQuantityText) ?? bare.find((t) => t !== item.price) ?? '';
  return item;
}

/** The order cards of the list; outside the scroll view only when the page has none. */
function orderCards(root: ParentNode): Element[] {
  const lists = [...root.querySelectorAll(ORDER.list)];
  const cards = (lists.length ? lists : [root]).flatMap((scope) => [...scope.querySelectorAll(ORDER.card)]);
  return cards.filter((card) => !card.parentElement?.closest(ORDER.card));
}

function readOrder(card: Element): RawOrderRow | undefined {
  const orderId = firstText(card, ORDER.orderId) || firstToken(labelValue(card, ORDER_TEXT.orderId)) || '';
  const items = [...card.querySelectorAll(ORDER.item)].map(readItem);
  // A card with neither an order number nor a SKU line is chrome (a "load more" or notice card), not an order.
  if (!orderId && !items.length) return undefined;
  const time = firstText(card, ORDER.time) || textPieces(card).find((t) => ORDER_TEXT.placed.test(t)) || '';
  const consignee = card.querySelector(ORDER.consignee);
  // Only the pin is read from the receiver column: name, address and phone are never taken off the page.
  const buyer =
    textOf(card.querySelector(ORDER.buyerPin)) || firstToken(labelValue(consignee ?? card, ORDER_TEXT.buyer)) || '';
  const statusColumn = card.querySelector(ORDER.statusColumn);
  const status = statusColumn ? firstText(statusColumn, ORDER.status) || (textPieces(statusColumn)[0] ?? '') : '';
  const notes = [...card.querySelectorAll(ORDER.tags)].map((el) => textOf(el));
  if (statusColumn) notes.push(...textPieces(statusColumn));
  const afterSale = notes.find((t) => t !== status && isAfterSaleText(t));
  const paid = receivablesText(textOf(card.querySelector(ORDER.receivables)));
  const text = [orderId, time, ...items.map((i) => i.title), paid, buyer, status, afterSale ?? ''].join(' ');
  const row: RawOrderRow = { orderId, buyer, placedAt: placedAtText(time), status, paid, items, text };
  if (afterSale) row.afterSale = afterSale;
  return row;
}

/**
 * The orders shown on the jdm order list (`.card` per order), as text. Buyer contact details are not read;
 * the row's text excerpt is built from the read fields only, so a rejected row never carries them either.
 */
export function extractJdOrders(root: ParentNode): RawOrderRow[] {
  return orderCards(root).flatMap((card) => readOrder(card) ?? []);
}

/** The ware's title in its 商品信息 cell: the title element, else the first unlabelled text. */
function titleOf(cell: Element | undefined): string {
  if (!cell) return '';
  return textOf(cell.querySelector(WARE.title)) || (textPieces(cell).find((t) => !WARE_TEXT.anyLabel.test(t)) ?? '');
}

/** A data row of the ware list: not a header row, not a full-width note (empty text, "load more"), not blank. */
function isWareRow(row: Element): boolean {
  if (row.closest('thead')) return false;
  const own = cellsOf(row);
  if (!own.some((c) => c.tagName !== 'TH')) return false;
  if (own.length === 1 && Number(own[0]!.getAttribute('colspan')) > 1) return false;
  return textOf(row) !== '';
}

function readWare(cells: Element[], cols: Partial<Record<WareField, number>>): RawProductRow {
  const cell = (f: WareField) => (cols[f] === undefined ? undefined : cells[cols[f]!]);
  const text = (f: WareField) => textOf(cell(f));
  const unique = [...new Set(cells)];
  // Ids shown as labels inside a cell (商品编号：…) when the page has no column for them.
  const labelled = (label: string) => {
    for (const c of unique) {
      const v = labelValue(c, label);
      if (v) return v;
    }
    return '';
  };
  const row: RawProductRow = {
    productId: text('productId') || firstToken(labelled(WARE_TEXT.productId)) || '',
    skuId: text('skuId') || firstToken(labelled(WARE_TEXT.skuId)) || '',
    title: titleOf(cell('title')),
    spec: text('spec') || labelled(WARE_TEXT.spec),
    outerId: text('outerId') || firstToken(labelled(WARE_TEXT.outerId)) || '',
    price: text('price'),
    stock: text('stock'),
    status: text('status'),
    text: unique.map((c) => textOf(c)).join(' '),
  };
  if (cell('sales30d')) row.sales30d = text('sales30d');
  if (cell('listedAt')) row.listedAt = listedAtText(text('listedAt'));
  return row;
}

/** Tables of the kit, fixed-column overlays and tables nested in cells left out. */
function kitTables(scope: ParentNode): Element[] {
  return [...scope.querySelectorAll(WARE.table)].filter(
    (t) => !t.closest(WARE.fixedOverlay) && !t.parentElement?.closest('table'),
  );
}

/**
 * The ware list's tables and its columns. The header table is the one whose texts name the most ware fields
 * (a page without `#js-ware-table` may hold other tables); its body is read within the same kit table.
 */
function wareTables(scope: ParentNode): { tables: Element[]; cols: Partial<Record<WareField, number>> } {
  const found = findHeader(scope, WARE_HEADERS);
  const kit = found?.row.closest(WARE.kitTable) ?? scope;
  return { tables: kitTables(kit), cols: found?.columns ?? {} };
}

/**
 * The SKU rows of the ware list under `#js-ware-table`, one per SKU, as text. Columns are found by header
 * text in the header table (drawn apart from the body); row-spanned ware cells reach every SKU row.
 */
export function extractJdProducts(root: ParentNode): RawProductRow[] {
  const { tables, cols } = wareTables(root.querySelector(WARE.container) ?? root);
  return tables.flatMap((table) => {
    const rows = rowsOf(table);
    const grid = expandGrid(rows);
    return rows.flatMap((row, i) => (isWareRow(row) ? [readWare(grid[i]!, cols)] : []));
  });
}
