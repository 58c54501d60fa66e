import { z } from 'zod';
import { ORDER_STATUSES, PlatformSchema, type OrderStatus } from '../../domain';

/**
 * The small derived tables the side panel opens from (design.md §5): reading every order out of IndexedDB
 * is the slow part, so these rows are kept up to date as captures are ingested (delta.ts) and can
 * always be rebuilt from the orders (rebuild.ts). Each has a string primary key `id`; keys start
 * with what is range-queried (the day for dailyStats), so `where('id').between(…)` pages through them.
 * Only counted orders (order-policy.ts) feed customers and SKUs; day rows keep every status so refund
 * rates and exclusion counts stay answerable.
 */
const fen = z.number().int().nonnegative();
const count = z.number().int().nonnegative();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One counted order of a customer: [placedAt, paidFen]. Tuples keep 60k customer rows small. */
export const CustomerOrderSchema = z.tuple([z.number().int(), fen]);
export type CustomerOrder = z.infer<typeof CustomerOrderSchema>;

/** Per customer (platform + nickname): everything RFM needs. Table `customerStats`, key `id`. */
export const CustomerStatsSchema = z.object({
  /** `${platform}|${buyer}` (order-policy.ts customerId). */
  id: z.string(),
  platform: PlatformSchema,
  buyer: z.string().min(1),
  /** The nickname is masked, so this "customer" may be several people. */
  masked: z.boolean(),
  /** Counted orders, sorted by placedAt then paidFen; most buyers have one. */
  orders: z.array(CustomerOrderSchema).min(1),
  /** orders.length, kept for sorting and indexing without reading the list. */
  orderCount: count,
  /** Sum of paidFen over `orders`. */
  totalFen: fen,
  firstAt: z.number().int(),
  lastAt: z.number().int(),
});
export type CustomerStats = z.infer<typeof CustomerStatsSchema>;

const statusShape = Object.fromEntries(ORDER_STATUSES.map((s) => [s, count])) as Record<OrderStatus, typeof count>;
/** A number per normalised order status. */
export const StatusTallySchema = z.object(statusShape);
export type StatusTally = z.infer<typeof StatusTallySchema>;

/**
 * Per Asia/Shanghai day × platform. Table `dailyStats`, key `id`. Order counts and paid amounts per status
 * give GMV, refunds and exclusions for any set of days by addition. Distinct buyers do not add up across
 * days (the same buyer on two days is one buyer), so the row also lists who bought that day and how many
 * counted orders each placed: a range's buyers and repeat buyers are the union of these lists.
 */
export const DailyStatsSchema = z.object({
  /** `${day}|${platform}`. */
  id: z.string(),
  day,
  platform: PlatformSchema,
  orders: StatusTallySchema,
  fen: StatusTallySchema,
  /** [buyer, counted orders that day], sorted by buyer; orders without a buyer nickname are not listed (noBuyer). */
  buyers: z.array(z.tuple([z.string().min(1), z.number().int().positive()])),
  /**
   * Counted orders that day without a buyer nickname (imported from an export file that has none, lib/domain
   * hasBuyer) and their paid amount: in GMV and orders, in no buyer list or customer. Absent when there are none.
   */
  noBuyer: z.tuple([z.number().int().positive(), fen]).optional(),
  /**
   * Orders (any status) placed exactly at the day's first instant, 00:00:00.000. Whether the capture reaches
   * back to a window that starts at a midnight (stock/sales.ts: earliest order ≤ window start) is then exact
   * from day rows: an earlier day reaches it; the same day only through an order placed at that instant.
   */
  atDayStart: count,
});
export type DailyStats = z.infer<typeof DailyStatsSchema>;

/** One day of a SKU: [day, units, revenueFen]. */
export const SkuDaySchema = z.tuple([day, z.number().int().positive(), fen]);
export type SkuDay = z.infer<typeof SkuDaySchema>;

/**
 * The order-line fields that decide which captured product rows a line matches (keys.ts
 * skuLineOf): '' where the line showed nothing or the field cannot change the match.
 */
export const SkuLineSchema = z.object({
  productId: z.string(),
  skuId: z.string(),
  outerId: z.string(),
  title: z.string(),
  spec: z.string(),
});
export type SkuLine = z.infer<typeof SkuLineSchema>;

/**
 * Per platform × SKU: units and revenue (quantity × line price) of counted orders, per day with sales.
 * Table `skuStats`, key `id`. Sales over any trailing window (30/60 days) for any `now` are a sum over the
 * tail of `days`; one row per SKU (not per SKU and day) keeps 5k SKUs × a year of days at 5k rows. Lines of
 * one SKU key that the product matcher could tell apart (e.g. two specs of a product whose lines show no
 * SKU id) get a row each, told apart by `line`, so stock can match rows to product rows exactly like lines
 * (stock/sales-from-derived.ts); per-SKU figures add up the rows of the same `sku`.
 */
export const SkuStatsSchema = z.object({
  /** keys.ts skuRowIdOf: `${platform}|${sku}`, or with the distinguishing `line` fields as JSON. */
  id: z.string(),
  platform: PlatformSchema,
  /** keys.ts skuKeyOf: `${productId}:${skuId}`, else `outer:${outerId}`, else `title:${title}|${spec}`. */
  sku: z.string().min(1),
  /** What every line of the row shows that the product matcher reads (the same for all of them). */
  line: SkuLineSchema,
  /** Sorted by day. */
  days: z.array(SkuDaySchema).min(1),
});
export type SkuStats = z.infer<typeof SkuStatsSchema>;

/** The three derived tables in memory, keyed by `id`. */
export interface Aggregates {
  customers: Map<string, CustomerStats>;
  days: Map<string, DailyStats>;
  skus: Map<string, SkuStats>;
}

/** Empty derived tables. */
export function emptyAggregates(): Aggregates {
  return { customers: new Map(), days: new Map(), skus: new Map() };
}

/** A zero tally per status. */
export function zeroTally(): StatusTally {
  return { unpaid: 0, paid: 0, shipped: 0, completed: 0, closed: 0, refunding: 0, refunded: 0 };
}
