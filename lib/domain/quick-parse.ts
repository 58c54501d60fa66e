import { PLATFORM_IDS } from './platform';
import { EPOCH_MAX_MS, EPOCH_MIN_MS, ID_PATTERN, LIMITS, OrderSchema, lineTotal, type Order, type OrderItem } from './schema';
import { ORDER_STATUSES } from './status';

/**
 * A fast path in front of OrderSchema for the background, which checks every captured order again: in the
 * extension Zod runs without its JIT (the CSP forbids eval) and its checks were ~7 % of a capture's ingest
 * (test/bench/RESULTS.md). quickParseOrder takes only a record that plainly meets every rule of OrderSchema
 * and returns the copy Zod would return (the schema's keys only, absent optional keys left out); for anything
 * else — a failing value, an optional key present as undefined, a sparse array — it returns undefined and
 * the caller asks Zod, which has the last word and gives the reasons. A property test holds the two equal
 * (test/lib/domain/quick-parse.test.ts), and a test fails when the schema gains a key this file does not know.
 */
export function quickParseOrder(input: unknown): Order | undefined {
  if (!isRecord(input)) return undefined;
  const { platform, orderId, buyer, placedAt, status, statusText, paidFen, items, capturedAt, firstSeenAt, url } = input;
  if (!PLATFORMS.has(platform as string) || !isId(orderId) || !isText(buyer, LIMITS.buyer) || !isEpoch(placedAt)) return undefined;
  if (!STATUSES.has(status as string) || !isText(statusText, LIMITS.text) || !isFen(paidFen)) return undefined;
  if (!isEpoch(capturedAt) || !isText(url, LIMITS.url) || !Array.isArray(items) || items.length === 0 || items.length > LIMITS.items) return undefined;
  const hasFirstSeen = 'firstSeenAt' in input;
  if (hasFirstSeen && !isEpoch(firstSeenAt)) return undefined;
  const lines: OrderItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const line = quickParseItem(items[i]);
    if (!line) return undefined;
    lines.push(line);
  }
  if (!(lineTotal(lines) <= LIMITS.fen)) return undefined;
  const order = { platform, orderId, buyer, placedAt, status, statusText, paidFen, items: lines, capturedAt } as Order;
  if (hasFirstSeen) order.firstSeenAt = firstSeenAt as number;
  order.url = url;
  return order;
}

/** The keys quickParseOrder knows, per object (compared with the schemas' keys by a test). */
export const QUICK_ORDER_KEYS = ['platform', 'orderId', 'buyer', 'placedAt', 'status', 'statusText', 'paidFen', 'items', 'capturedAt', 'firstSeenAt', 'url'];
export const QUICK_ITEM_KEYS = ['title', 'spec', 'productId', 'skuId', 'outerId', 'quantity', 'priceFen'];

function quickParseItem(input: unknown): OrderItem | undefined {
  if (!isRecord(input)) return undefined;
  const { title, spec, productId, skuId, outerId, quantity, priceFen } = input;
  if (!isNonEmpty(title) || title.length > LIMITS.title || !isText(spec, LIMITS.spec)) return undefined;
  if (!isPositiveInt(quantity) || quantity > LIMITS.count || !isFen(priceFen) || quantity * priceFen > LIMITS.fen) return undefined;
  const line = { title, spec } as OrderItem;
  if ('productId' in input) {
    if (!isId(productId)) return undefined;
    line.productId = productId;
  }
  if ('skuId' in input) {
    if (!isId(skuId)) return undefined;
    line.skuId = skuId;
  }
  if ('outerId' in input) {
    if (!isText(outerId, LIMITS.text)) return undefined;
    line.outerId = outerId;
  }
  line.quantity = quantity;
  line.priceFen = priceFen;
  return line;
}

const PLATFORMS = new Set<string>(PLATFORM_IDS);
const STATUSES = new Set<string>(ORDER_STATUSES);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}
const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= LIMITS.id && ID_PATTERN.test(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isNonEmpty = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isFen = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= LIMITS.fen;
const isPositiveInt = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;
const isEpoch = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= EPOCH_MIN_MS && (v as number) <= EPOCH_MAX_MS;

/**
 * An order checked as the background checks every order it is given (a capture, an import, a backup line):
 * quickParseOrder's fast path, else Zod, whose issues give the reasons. Same result shape as `safeParse`.
 */
export function checkOrder(input: unknown): ReturnType<typeof OrderSchema.safeParse> {
  const quick = quickParseOrder(input);
  return quick ? { success: true, data: quick } : OrderSchema.safeParse(input);
}
