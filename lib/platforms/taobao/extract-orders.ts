import type { RawOrderItem, RawOrderRow } from '../../domain';
import {
  anchorGroups,
  cellsOf,
  eachAnchorGroup,
  findHeader,
  firstToken,
  labelValue,
  isNotData,
  lineKind,
  rowGrid,
  tableScope,
  textOf,
  textPieces,
  readAll,
  ROW_SELECTOR,
  type AnchorGroup,
  type LineKind,
} from '../../scrape';
import { amountOf, cellAt, firstValue, productIdOf, specOf, titleOf, type Cells } from './cells';
import { DEFAULT_ORDER_COLUMNS, ORDER_HEADERS, isOrderStatusWord, type OrderField } from './schema';
import * as S from './selectors';

type Columns = Partial<Record<OrderField, number>>;

/** The order id: its label's value, else the legacy checkbox's value or the block's React key. */
function orderIdOf(group: AnchorGroup): string {
  const token = firstToken(labelValue(group.head, S.ORDER_ID_LABEL));
  if (token && /^\d{6,}/.test(token)) return token;
  const block = group.head.closest(S.LEGACY_ORDER_BLOCK) ?? group.head;
  const input = block.querySelector<HTMLInputElement>(S.ORDER_ID_INPUT)?.value.trim();
  if (input) return input;
  for (const el of [block, ...block.querySelectorAll('[data-reactid]')]) {
    const key = S.REACT_ID_ORDER.exec(el.getAttribute('data-reactid') ?? '')?.[1];
    if (key) return key;
  }
  return '';
}

const orderParts = (group: AnchorGroup) => [group.head, ...group.rows];

/** The buyer column's nickname; without that column, a nickname element or 买家： label anywhere in the order. */
function buyerOf(cell: Element | undefined, group: AnchorGroup): string {
  if (cell) return firstValue(cell.querySelector(S.BUYER_NAME) ?? cell);
  const named = orderParts(group).map((el) => el.querySelector(S.BUYER_NAME)).find(Boolean);
  return named ? firstValue(named) : (labelValue(group.head, S.BUYER_LABEL) ?? '');
}

/** The order's status: its column, else the status box, else a status word in the order's rows outside the item cell. */
function statusOf(cell: Element | undefined, group: AnchorGroup, cols: Columns): string {
  if (cell) return firstValue(cell.querySelector(S.ORDER_STATUS_BOX) ?? cell);
  const box = orderParts(group).map((row) => row.querySelector(S.ORDER_STATUS_BOX)).find(Boolean);
  if (box) return firstValue(box);
  const own = group.rows.flatMap((row) => cellsOf(row).filter((_, i) => i !== cols.title && i !== cols.afterSale));
  return [group.head, ...own].flatMap((el) => textPieces(el)).find(isOrderStatusWord) ?? '';
}

const PAID_PREFIX = new RegExp(`^.*?(?:${S.PAID_LABEL})\\s*[:：]?\\s*`);

/** 实收款: by its own label in one of the first row's cells (`实收款：¥338.00` under a header 金额), else its column. */
function paidOf(cells: Cells, cols: Columns): string {
  for (const cell of new Set(cells ?? [])) {
    if (cell === cellAt(cells, cols, 'title')) continue;
    // The amount may be split across elements after its label (`实收款：` `￥` `338.00`): the cell's text past the label.
    if (labelValue(cell, S.PAID_LABEL) !== undefined) return amountOf(cell).replace(PAID_PREFIX, '');
  }
  return amountOf(cellAt(cells, cols, 'paid'));
}

function readItem(cells: Cells, cols: Columns): RawOrderItem {
  const main = cellAt(cells, cols, 'title');
  const outerId = firstToken(main ? labelValue(main, S.OUTER_ID_LABEL) : undefined);
  const productId = productIdOf(main);
  // The 售后 cell is the item's own (research: `td:nth-child(4)`, 退款成功 on one item of a 交易成功 order).
  const afterSale = firstValue(cellAt(cells, cols, 'afterSale'));
  return {
    title: titleOf(main),
    spec: specOf(main),
    ...(productId ? { productId } : {}),
    ...(outerId ? { outerId } : {}),
    quantity: textOf(cellAt(cells, cols, 'quantity')),
    price: amountOf(cellAt(cells, cols, 'price')),
    ...(afterSale ? { afterSale } : {}),
  };
}

function readOrder(group: AnchorGroup, cols: Columns, grid: Map<Element, Element[]>): RawOrderRow {
  const rows = group.rows.map((r) => grid.get(r) ?? cellsOf(r));
  const first = rows[0];
  return {
    orderId: orderIdOf(group),
    buyer: buyerOf(cellAt(first, cols, 'buyer'), group),
    placedAt: labelValue(group.head, S.PLACED_AT_LABEL) ?? '',
    status: statusOf(cellAt(first, cols, 'status'), group, cols),
    paid: paidOf(first, cols),
    items: rows.map((cells) => readItem(cells, cols)),
  };
}

/**
 * The orders of a legacy page, block by block: each `trade-order-main` block is one order, cut by its
 * 订单号 label where it shows one. A block whose id is only in its attributes (`data-reactid`, the checkbox's
 * value) keeps its header table as head and its item lines as rows.
 */
function* legacyGroups(blocks: Element[], header: Element | undefined): Generator<AnchorGroup, void, undefined> {
  for (const block of blocks) {
    const cut = anchorGroups(block, { label: S.ORDER_ID_LABEL, header });
    if (cut.length > 0) {
      yield* cut;
      continue;
    }
    const kinds = new Map<Element, LineKind>();
    for (const row of block.querySelectorAll(ROW_SELECTOR)) {
      if (row !== header && !row.closest('thead') && cellsOf(row).length >= 3) kinds.set(row, lineKind(textPieces(row)));
    }
    const rows = [...kinds].filter(([row, kind]) => !isNotData(kind) && ![...kinds.keys()].some((o) => o !== row && o.contains(row)));
    const first = block.querySelector('table');
    const head = first && !rows.some(([row, kind]) => kind === 'item' && first.contains(row)) ? first : block;
    const items = rows.map(([row]) => row).filter((row) => head === block || !head.contains(row));
    yield { head, rows: items };
  }
}

/**
 * The sold-orders list (Qianniu `trade-platform/tp/sold`, one Fusion table per order or one shared table, and
 * the legacy `list_sold_items.htm` blocks) → one raw row per order, one order at a time (a sliced read pauses
 * between them). Columns are found by the shared header's texts; buyer, status and 实收款 come from the first
 * item row (they are row-spanned); each item keeps its own 售后 state. Rows that are not item lines (remarks,
 * notes, gifts without a price, controls) are passed over; an order whose items cannot be read still yields a
 * row, with those fields empty, so the parser rejects it.
 */
export function* eachOrderRow(root: ParentNode): Generator<RawOrderRow, void, undefined> {
  const found = findHeader(root, ORDER_HEADERS, { required: ['title'], min: 3 });
  const header = found?.row;
  const scope = header ? tableScope(header, root) : root;
  const cols = found?.columns ?? DEFAULT_ORDER_COLUMNS;
  const grid = rowGrid(scope);
  const blocks = [...scope.querySelectorAll(S.LEGACY_ORDER_BLOCK)].filter((b) => !b.parentElement?.closest(S.LEGACY_ORDER_BLOCK));
  const groups = blocks.length ? legacyGroups(blocks, header) : eachAnchorGroup(scope, { label: S.ORDER_ID_LABEL, header });
  for (const group of groups) yield readOrder(group, cols, grid);
}

/** eachOrderRow read in one go. */
export function extractOrderRows(root: ParentNode): RawOrderRow[] {
  return readAll(eachOrderRow(root));
}
