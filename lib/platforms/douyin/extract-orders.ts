import type { RawOrderRow } from '../../domain';
import { anchorGroups, expandGrid, findHeader, firstToken, labelValue, lineKind, textExcept, textOf, textPieces, type AnchorGroup } from '../../scrape';
import { readDivOrders } from './extract-div-orders';
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

function realGroups(groups: AnchorGroup[]): AnchorGroup[] {
  const out: AnchorGroup[] = [];
  for (const g of groups) {
    if (!isFalseHead(g.head, out.at(-1))) out.push({ head: g.head, rows: [...g.rows] });
    else out.at(-1)?.rows.push(...g.rows);
  }
  return out.map((g) => ({ head: g.head, rows: g.rows.filter((r) => !isRemarkRow(r)) }));
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
 * The order rows of 订单管理, in every era: the auxo tree table (2023+; a level-0 header row with 订单编号 /
 * 下单时间, the item rows under it with the row-spanned amount, buyer and status, then the remark row), cut
 * by anchorGroups; or one div per order (2021–22, extract-div-orders.ts). Remark, message, gift-without-price,
 * control and spacer rows are passed over; the receiver's masked contact is never read.
 */
export function extractOrders(root: ParentNode): RawOrderRow[] {
  const divOrders = readDivOrders(root);
  if (divOrders.length > 0) return divOrders;
  const header = findHeader(root, ORDER_HEADERS, { required: ['goods'] });
  const groups = anchorGroups(root, { label: S.ORDER_ID_LABEL, rows: S.TABLE_ROWS, ...(header && { header: header.row }) });
  return realGroups(groups).map((g) => readRowOrder(g, header?.columns ?? {}));
}
