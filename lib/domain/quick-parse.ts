import { PLATFORM_IDS } from './platform';
import { EPOCH_MAX_MS, EPOCH_MIN_MS, ID_PATTERN, type Order, type OrderItem } from './schema';
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
  if (!PLATFORMS.has(platform as string) || !isId(orderId) || typeof buyer !== 'string' || !isEpoch(placedAt)) return undefined;
  if (!STATUSES.has(status as string) || typeof statusText !== 'string' || !isFen(paidFen)) return undefined;
  if (!isEpoch(capturedAt) || typeof url !== 'string' || !Array.isArray(items) || items.length === 0) return undefined;
  const hasFirstSeen = 'firstSeenAt' in input;
  if (hasFirstSeen && !isEpoch(firstSeenAt)) return undefined;
  const lines: OrderItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const line = quickParseItem(items[i]);
    if (!line) return undefined;
    lines.push(line);
  }
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
  if (!isNonEmpty(title) || typeof spec !== 'string' || !isPositiveInt(quantity) || !isFen(priceFen)) return undefined;
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
    if (typeof outerId !== 'string') return undefined;
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
const isId = (v: unknown): v is string => typeof v === 'string' && ID_PATTERN.test(v);
const isNonEmpty = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isFen = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isPositiveInt = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;
const isEpoch = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= EPOCH_MIN_MS && (v as number) <= EPOCH_MAX_MS;
