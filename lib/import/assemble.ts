import { parseMoneyFen, parseQuantity, type PlatformId, type RawOrderItem, type RawOrderRow } from '../domain';
import { EXPORT_FORMATS, type ExportKind } from './formats';
import type { ExportRow, ExportTable } from './table';

/** One order put together from export rows: the raw row the readers also produce, and where it came from. */
export interface AssembledOrder {
  platform: PlatformId;
  raw: RawOrderRow;
  /** The files whose rows make this order, and those rows' spreadsheet numbers (first file's first). */
  files: string[];
  rows: number[];
}

/** Something the seller should know about a set of files as a whole. */
export type ImportNote =
  /** Taobao 订单报表 orders with no 宝贝报表 line: each got one item line made of 宝贝标题 × 宝贝总数量. */
  | { code: 'taobao-orders-without-lines'; orders: number }
  /** Taobao 宝贝报表 lines with no 订单报表 row: their orders lack what only the 订单报表 has. */
  | { code: 'taobao-lines-without-orders'; orders: number };

/** The rows of one order, from every table, before they are put together (groupExportRows → assembleGroup). */
export interface OrderGroup {
  platform: PlatformId;
  orderId: string;
  head?: { table: ExportTable; row: ExportRow };
  /** Item lines, all from one table: a later file with the same order replaces an earlier one's lines. */
  lines?: { table: ExportTable; rows: ExportRow[] };
}

const FORMAT = new Map(EXPORT_FORMATS.map((f) => [f.kind, f]));

/**
 * Export tables → orders. Item-line exports (Douyin, JD, PDD, Taobao 宝贝报表) are grouped by order id, one row
 * per SKU line (JD repeats the order's fields on each line); Taobao's 订单报表 rows are joined with the 宝贝报表
 * lines of the same order id. The order's own fields come from its first row that has them; a payment split
 * over lines (Douyin's 订单应付金额 per sub-order) is summed. Orders keep their first appearance's place.
 */
export function assembleOrders(tables: readonly ExportTable[]): { orders: AssembledOrder[]; notes: ImportNote[] } {
  const { groups, notes } = groupExportRows(tables);
  return { orders: groups.map(assembleGroup), notes };
}

/** The first, cheap pass of assembleOrders: each row to its order's group, and the notes on unmatched Taobao halves. */
export function groupExportRows(tables: readonly ExportTable[]): { groups: OrderGroup[]; notes: ImportNote[] } {
  const grouper = new OrderGrouper();
  for (const table of tables) for (const row of table.rows) grouper.add(table, row);
  return grouper.result();
}

/** groupExportRows a row at a time, so a caller can pause between slices of a large import. */
export class OrderGrouper {
  private readonly groups = new Map<string, OrderGroup>();

  add(table: ExportTable, row: ExportRow): void {
    const key = `${table.platform}\u0000${row.values.orderId!}`;
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { platform: table.platform, orderId: row.values.orderId! }));
    if (FORMAT.get(table.kind)!.rows === 'heads') {
      g.head = { table, row };
      return;
    }
    if (!g.lines || g.lines.table !== table) g.lines = { table, rows: [] };
    g.lines.rows.push(row);
  }

  result(): { groups: OrderGroup[]; notes: ImportNote[] } {
    let headsOnly = 0;
    let linesOnly = 0;
    for (const g of this.groups.values()) {
      if (g.platform === 'taobao' && g.head && !g.lines) headsOnly++;
      if (g.platform === 'taobao' && g.lines?.table.kind === 'taobao-lines' && !g.head) linesOnly++;
    }
    const notes: ImportNote[] = [];
    if (headsOnly) notes.push({ code: 'taobao-orders-without-lines', orders: headsOnly });
    if (linesOnly) notes.push({ code: 'taobao-lines-without-orders', orders: linesOnly });
    return { groups: [...this.groups.values()], notes };
  }
}

/** One order's rows → the raw order row and where it came from. */
export function assembleGroup(g: OrderGroup): AssembledOrder {
  const lineRows = g.lines?.rows ?? [];
  const sources = [...(g.head ? [g.head.row] : []), ...lineRows];
  const first = (field: keyof ExportRow['values']) => sources.map((r) => r.values[field]).find((v) => v) ?? '';
  const head = g.head?.row.values;
  const items = lineRows.length ? lineRows.map(itemOf) : head ? [summaryItem(head)] : [];
  const afterSale = afterSaleText(first('afterSale'));
  const raw: RawOrderRow = {
    orderId: g.orderId,
    buyer: first('buyer'),
    placedAt: first('placedAt'),
    status: first('status'),
    ...(afterSale && { afterSale }),
    paid: head?.paid ?? (paidPerLine(g.lines?.table.kind) ? linesPaid(lineRows) : first('paid')),
    items,
  };
  const files = [...new Set([g.head?.table.file, g.lines?.table.file].filter((f): f is string => f !== undefined))];
  return { platform: g.platform, raw, files, rows: sources.map((r) => r.row) };
}

const paidPerLine = (kind: ExportKind | undefined) => kind !== undefined && FORMAT.get(kind)!.paidPer === 'line';

function itemOf(row: ExportRow): RawOrderItem {
  const v = row.values;
  const item: RawOrderItem = {
    title: v.title ?? '',
    spec: v.spec ?? '',
    quantity: v.quantity ?? '',
    // No unit price column (PDD's 商品总价, a Douyin export without 商品单价): the line's amount over its quantity.
    price: v.price ?? unitPrice(v.lineTotal ?? v.linePaid, v.quantity) ?? '',
  };
  if (v.productId) item.productId = v.productId;
  if (v.skuId) item.skuId = v.skuId;
  if (v.outerId) item.outerId = v.outerId;
  const afterSale = afterSaleText(v.lineAfterSale);
  if (afterSale) item.afterSale = afterSale;
  return item;
}

/** A 订单报表 row without its 宝贝报表 lines: one line of 宝贝标题 × 宝贝总数量 at the goods amount's average price. */
function summaryItem(v: ExportRow['values']): RawOrderItem {
  return {
    title: v.summaryTitle ?? '',
    spec: '',
    quantity: v.summaryQuantity ?? '',
    price: unitPrice(v.goods ?? v.paid, v.summaryQuantity) ?? '',
  };
}

function unitPrice(amount: string | undefined, quantity: string | undefined): string | undefined {
  const fen = amount ? parseMoneyFen(amount) : undefined;
  const n = quantity ? parseQuantity(quantity) : undefined;
  return fen === undefined || n === undefined ? undefined : yuan(Math.round(fen / n));
}

/**
 * The order's payment from its lines' amounts: their sum — unless every line repeats one amount and the sum
 * is well above the goods' value, which says the column held the order's total on each line (seen in
 * re-saved or differently configured exports): then that amount once.
 */
function linesPaid(rows: readonly ExportRow[]): string {
  const texts = rows.map((r) => r.values.linePaid ?? '');
  const sum = sumMoney(texts);
  if (rows.length < 2 || texts.some((t) => t !== texts[0])) return sum;
  const goods = rows.reduce((n, r) => {
    const price = r.values.price ? parseMoneyFen(r.values.price) : undefined;
    const qty = r.values.quantity ? parseQuantity(r.values.quantity) : undefined;
    return price === undefined || qty === undefined ? NaN : n + price * qty;
  }, 0);
  const total = parseMoneyFen(sum);
  return total !== undefined && total > goods * 1.5 ? texts[0]! : sum;
}

/** The sum of line amounts; the first unreadable one is passed on as it is, so the order is rejected with it. */
function sumMoney(texts: string[]): string {
  let fen = 0;
  for (const t of texts) {
    const v = t ? parseMoneyFen(t) : undefined;
    if (v === undefined) return t;
    fen += v;
  }
  return texts.length ? yuan(fen) : '';
}

/**
 * Words that say there is no after-sales case. Kept, 没有申请退款 (Taobao) would read as a refund in progress
 * (申请退款) and 无售后或售后取消 (PDD) as a cancellation, so they are dropped before the order is parsed.
 */
const NO_AFTER_SALE = /^(?:无售后(?:或售后取消)?|没有申请退款|无退款申请|未申请退款|暂无|无|售后关闭|售后取消|退款关闭|退款取消)$/;

function afterSaleText(text: string | undefined): string {
  return text && !NO_AFTER_SALE.test(text) ? text : '';
}

const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
