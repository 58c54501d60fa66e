import { parseId, parseOuterId } from './ids';
import { parseMoneyFen } from './money';
import type { PageKind, PlatformId } from './platform';
import { parseCount, parseQuantity } from './quantity';
import type { RawOrderItem, RawOrderRow, RawProductRow } from './raw';
import { LIMITS, OrderSchema, ProductSchema, type Order, type Product, type RejectedRow, type RowProblem } from './schema';
import { parseOrderStatus, parseProductStatus } from './status';
import { parseShanghaiTime } from './time';

export interface RowContext {
  platform: PlatformId;
  url: string;
  capturedAt: number;
}

export type RowResult<T> = { ok: true; record: T } | { ok: false; rejected: RejectedRow };

/** Collects the problems of one row while its fields are parsed, instead of stopping at the first. */
class Problems {
  readonly list: RowProblem[] = [];
  need<T>(field: string, raw: string | undefined, parse: (text: string) => T | undefined): T {
    const text = (raw ?? '').trim();
    if (!text) {
      this.list.push({ field, problem: 'missing', raw: '' });
      return undefined as T;
    }
    const value = parse(text);
    if (value === undefined) this.list.push({ field, problem: 'invalid', raw: text.slice(0, 200) });
    return value as T;
  }
  optional<T>(field: string, raw: string | undefined, parse: (text: string) => T | undefined): T | undefined {
    return raw?.trim() ? this.need(field, raw, parse) : undefined;
  }
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const orUndefined = (s: string) => s || undefined;

function parseItem(p: Problems, raw: RawOrderItem, n: number) {
  const at = (f: string) => `items[${n}].${f}`;
  return {
    title: p.need(at('title'), raw.title, squash),
    spec: squash(raw.spec),
    productId: p.optional(at('productId'), raw.productId, parseId),
    skuId: p.optional(at('skuId'), raw.skuId, parseId),
    outerId: orUndefined(parseOuterId(raw.outerId)),
    quantity: p.need(at('quantity'), raw.quantity, parseQuantity),
    priceFen: p.need(at('price'), raw.price, parseMoneyFen),
  };
}

function reject(index: number, key: string, text: string, problems: RowProblem[]): RowResult<never> {
  return { ok: false, rejected: { index, key: key.slice(0, 100), text: squash(text).slice(0, 300), problems: problems.slice(0, LIMITS.problems) } };
}

/** Drops keys whose value is undefined, so optional fields are absent rather than undefined in IndexedDB. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The refund state the after-sales words make of an order, or undefined when they leave its status alone:
 * the order's own after-sales text says it for the whole order; item lines' states make the order refunded
 * only when every item is refunded, refunding when one is still in progress (money may still go back), and
 * leave it alone when only some items were refunded (a 交易成功 order with one 退款成功 item stays completed).
 */
function refundOf(raw: RawOrderRow): 'refunded' | 'refunding' | undefined {
  const own = raw.afterSale ? parseOrderStatus(raw.afterSale) : undefined;
  if (own === 'refunded' || own === 'refunding') return own;
  const items = raw.items.map((i) => (i.afterSale ? parseOrderStatus(i.afterSale) : undefined));
  if (items.length > 0 && items.every((s) => s === 'refunded')) return 'refunded';
  return items.includes('refunding') ? 'refunding' : undefined;
}

/** The excerpt shown with a rejected row: what the reader read, never the row's whole text. */
export function excerptOf(raw: RawOrderRow | RawProductRow): string {
  const parts =
    'items' in raw
      ? [raw.orderId, raw.placedAt, ...raw.items.map((i) => [i.title, i.spec, i.price, i.quantity].filter(Boolean).join(' ')), raw.buyer, raw.paid, raw.status]
      : [raw.productId, raw.title, raw.outerId, raw.price, raw.stock, raw.status];
  return squash(parts.filter(Boolean).join(' · ')).slice(0, 300);
}

/**
 * One raw order row → a stored order, or a rejection listing every field that could not be read, with an
 * excerpt of what was read. After-sales words make the order a refund as refundOf says.
 */
export function parseOrderRow(raw: RawOrderRow, index: number, ctx: RowContext): RowResult<Order> {
  const p = new Problems();
  const orderId = p.need('orderId', raw.orderId, parseId);
  const words = [raw.status, raw.afterSale, ...raw.items.map((i) => i.afterSale)].map((w) => squash(w ?? '')).filter(Boolean);
  const statusText = [...new Set(words)].join(' ');
  const status = refundOf(raw) ?? p.need('status', raw.status, parseOrderStatus);
  const buyer = p.need('buyer', raw.buyer, squash);
  const placedAt = p.need('placedAt', raw.placedAt, parseShanghaiTime);
  const paidFen = p.need('paid', raw.paid, parseMoneyFen);
  const items = raw.items.map((item, n) => compact(parseItem(p, item, n)));
  if (items.length === 0) p.list.push({ field: 'items', problem: 'missing', raw: '' });
  const candidate = {
    platform: ctx.platform,
    orderId,
    buyer,
    placedAt,
    status,
    statusText,
    paidFen,
    items,
    capturedAt: ctx.capturedAt,
    url: ctx.url,
  };
  if (p.list.length) return reject(index, orderId ?? raw.orderId, excerptOf(raw), p.list);
  const checked = OrderSchema.safeParse(candidate);
  if (!checked.success) return reject(index, orderId, excerptOf(raw), zodProblems(checked.error.issues, candidate));
  return { ok: true, record: checked.data };
}

/** One raw product row → a stored product (or SKU) record, or a rejection with its reasons. */
export function parseProductRow(raw: RawProductRow, index: number, ctx: RowContext): RowResult<Product> {
  const p = new Problems();
  const productId = p.need('productId', raw.productId, parseId);
  const candidate = compact({
    platform: ctx.platform,
    productId,
    skuId: raw.skuId?.trim() ? p.need('skuId', raw.skuId, parseId) : '',
    title: p.need('title', raw.title, squash),
    spec: squash(raw.spec ?? ''),
    outerId: parseOuterId(raw.outerId),
    priceFen: p.need('price', raw.price, parseMoneyFen),
    stock: p.need('stock', raw.stock, parseCount),
    sales30d: p.optional('sales30d', raw.sales30d, parseCount),
    status: p.need('status', raw.status, parseProductStatus),
    statusText: squash(raw.status),
    listedAt: p.optional('listedAt', raw.listedAt, parseShanghaiTime),
    capturedAt: ctx.capturedAt,
    url: ctx.url,
  });
  if (p.list.length) return reject(index, productId ?? raw.productId, excerptOf(raw), p.list);
  const checked = ProductSchema.safeParse(candidate);
  if (!checked.success) return reject(index, productId, excerptOf(raw), zodProblems(checked.error.issues, candidate));
  return { ok: true, record: checked.data };
}

/** Zod issues → row problems, with the offending value as the raw text. */
export function zodProblems(issues: { path: PropertyKey[]; message: string }[], input: unknown): RowProblem[] {
  // At most LIMITS.problems reasons (an order of 200 bad lines gives hundreds of issues), each field name ≤ 60.
  return issues.slice(0, LIMITS.problems).map((issue) => {
    let value: unknown = input;
    for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
    const field = (issue.path.map(String).join('.') || 'record').slice(0, 60);
    return { field, problem: value === undefined ? 'missing' : 'invalid', raw: rawText(value) };
  });
}

/**
 * A value as a short text for a rejection: strings and numbers as they are, an object or array by its kind
 * (never String(value): an object whose own `toString` is not a function would throw). At most 200 characters.
 */
function rawText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return Array.isArray(value) ? '[array]' : '[object]';
  return typeof value === 'string' ? value.slice(0, 200) : typeof value === 'symbol' || typeof value === 'function' ? `[${typeof value}]` : String(value).slice(0, 200);
}

/** Parses every raw row of a page; what a content script sends and what fixture tests compare. */
export function parseRows(
  kind: PageKind,
  rows: (RawOrderRow | RawProductRow)[],
  ctx: RowContext,
): { records: (Order | Product)[]; rejected: RejectedRow[] } {
  const records: (Order | Product)[] = [];
  const rejected: RejectedRow[] = [];
  rows.forEach((row, i) => {
    const result =
      kind === 'orders' ? parseOrderRow(row as RawOrderRow, i, ctx) : parseProductRow(row as RawProductRow, i, ctx);
    if (result.ok) records.push(result.record);
    else rejected.push(result.rejected);
  });
  return { records, rejected };
}
