import type { RawOrderRow } from '../../domain';
import { eachAnchorGroup, expandGrid, findHeader, firstToken, labelValue, lineKind, textExcept, textOf, textPieces, readAll, type AnchorGroup } from '../../scrape';
import { divOrderBlocks, readDivOrder } from './extract-div-orders';
import { orderColumns, statusIn, type OrderColumns } from './order-columns';
import { readItem } from './order-item';
import { afterSaleText, ORDER_HEADERS, ORDER_STATUS_WORD, paidText } from './schema';
import * as S from './selectors';

const LEVEL_0 = /table-row-level-0/;
const LEVEL_N = /table-row-level-[1-9]/;

/**
 * A row that closes an order with its remarks (商家备注 / 买家留言), whatever its key: all its text sits in the
 * remark divs, or it has the closing class and is no item line (the crawler saw that class on the last item
 * row too). A message such as `x2 请分开包装` in a remark div never makes the row an item.
 */
export function isRemarkRow(row: Element): boolean {
  if (row.querySelector(S.ITEM_MARK)) return false;
  if (row.querySelector(S.REMARK_BLOCK) && !textExcept(row, S.REMARK_BLOCK)) return true;
  return row.matches(S.REMARK_ROW_CLASS) && lineKind(textPieces(row)) !== 'item';
}

/**
 * A "head" anchorGroups opened at a row that is no order header: the tree table's header is always its
 * level-0 row and never repeats the order before it, so a level-1 or remark row, or a row reusing the
 * previous order's key (a remark row quoting an order number), belongs to the order before it.
 */
function isFalseHead(head: Element, prev: AnchorGroup | undefined): boolean {
  const key = head.getAttribute('data-row-key');
  if (prev && key && key === prev.head.getAttribute('data-row-key')) return true;
  return !LEVEL_0.test(head.className) && (LEVEL_N.test(head.className) || isRemarkRow(head));
}

/** The groups with false heads folded into the order before them, one order at a time. */
function* realGroups(groups: Iterable<AnchorGroup>): Generator<AnchorGroup, void, undefined> {
  let last: AnchorGroup | undefined;
  for (const g of groups) {
    if (!isFalseHead(g.head, last)) {
      if (last) yield { head: last.head, rows: last.rows.filter((r) => !isRemarkRow(r)) };
      last = { head: g.head, rows: [...g.rows] };
    } else {
      last?.rows.push(...g.rows);
    }
  }
  if (last) yield { head: last.head, rows: last.rows.filter((r) => !isRemarkRow(r)) };
}

function readRowOrder({ head, rows }: AnchorGroup, header: OrderColumns): RawOrderRow {
  const grid = expandGrid(rows);
  const cols = orderColumns(grid[0] ?? [], header);
  const cell = (r: number, col: number | undefined) => (col === undefined ? undefined : grid[r]?.[col]);
  const inRows = (sel: string) => rows.map((r) => r.querySelector(sel)).find(Boolean) ?? undefined;

  const payEl = inRows(S.PAY_AMOUNT);
  const buyerCell = cell(0, cols.buyer);
  const buyer = textOf(inRows(S.NICKNAME)) || (buyerCell ? (firstToken(textExcept(buyerCell, S.CONTACT)) ?? '') : '');
  const status =
    statusIn(cell(0, cols.status)) || (rows.flatMap((r) => textPieces(r)).find((t) => ORDER_STATUS_WORD.test(t)) ?? '');
  const items = rows.map((row, r) => {
    const goods = cell(r, cols.goods) ?? row;
    const priceCell = cell(r, cols.price);
    const afterCell = cell(r, cols.afterSale);
    return readItem({
      line: row,
      goods,
      ...(priceCell && { priceText: textOf(priceCell) }),
      ...(afterCell && { afterSale: afterSaleText(textPieces(afterCell)[0] ?? '') }),
    });
  });
  return {
    orderId: firstToken(labelValue(head, S.ORDER_ID_LABEL)) || head.getAttribute('data-row-key') || '',
    buyer,
    placedAt: labelValue(head, S.PLACED_LABEL) ?? '',
    status,
    paid: paidText(textOf(payEl ?? cell(0, cols.paid))),
    items,
  };
}

/**
 * The order rows of 订单管理, in every era, one order at a time (a sliced read pauses between them): the auxo
 * tree table (2023+; a level-0 header row with 订单编号 / 下单时间, the item rows under it with the row-spanned
 * amount, buyer and status, then the remark row), cut by anchorGroups; or one div per order (2021–22,
 * extract-div-orders.ts). Remark, message, gift-without-price, control and spacer rows are passed over; the
 * receiver's masked contact is never read.
 */
export function* eachOrderRow(root: ParentNode): Generator<RawOrderRow, void, undefined> {
  const blocks = divOrderBlocks(root);
  if (blocks.length > 0) {
    for (const block of blocks) yield readDivOrder(block);
    return;
  }
  const header = findHeader(root, ORDER_HEADERS, { required: ['goods'] });
  const groups = eachAnchorGroup(root, { label: S.ORDER_ID_LABEL, rows: S.TABLE_ROWS, ...(header && { header: header.row }) });
  for (const g of realGroups(groups)) yield readRowOrder(g, header?.columns ?? {});
}

/** eachOrderRow read in one go. */
export function extractOrders(root: ParentNode): RawOrderRow[] {
  return readAll(eachOrderRow(root));
}
