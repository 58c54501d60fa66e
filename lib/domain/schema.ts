import { z } from 'zod';
import { PAGE_KINDS, PLATFORM_IDS } from './platform';
import { ORDER_STATUSES, PRODUCT_STATUSES } from './status';

/**
 * The stored records — the public data model of design.md §2. These schemas are the source of the types and
 * are checked twice: in the content script after reading and in the background before storing.
 */
/** An id as the consoles print it: digits, maybe with dashes. (quick-parse.ts checks the same rules.) */
export const ID_PATTERN = /^\d[\d-]*$/;
/** The instants a record may carry. */
export const EPOCH_MIN_MS = Date.UTC(2000, 0, 1);
export const EPOCH_MAX_MS = Date.UTC(2100, 0, 1);

/**
 * Bounds a real shop never reaches; a record beyond one is rejected with its reason (a page, a message or a
 * file could carry anything: a 10 MB title would otherwise be stored and copied into the derived tables, and
 * amounts near 2^53 fen would make the derived sums drift from a rebuild). Money: ¥100,000,000 an order at
 * most — a line (price × quantity) and the order's lines together too — so the sums of a shop stay exact
 * integers far below 2^53. quick-parse.ts checks the same bounds.
 */
export const LIMITS = {
  /** Characters of an id (Taobao's 19 digits, PDD's `231203-123456789012345`). */
  id: 64,
  /** Characters of a title (the consoles allow 30–60 Chinese characters). */
  title: 300,
  spec: 300,
  buyer: 100,
  /** A status as the console printed it, a merchant code. */
  text: 100,
  url: 2048,
  /** Lines of one order. */
  items: 200,
  /** Fen of one amount, one line (price × quantity) and one order's lines: ¥100,000,000. */
  fen: 10_000_000_000,
  /** Units of one order line, a stock level, a sales count. */
  count: 100_000_000,
  /** Reasons kept for one rejected row (a row has fewer fields; more are cut, never a reason to refuse). */
  problems: 50,
} as const;

const id = z.string().max(LIMITS.id).regex(ID_PATTERN, 'not an id');
const fen = z.number().int().nonnegative().max(LIMITS.fen);
const epochMs = z.number().int().min(EPOCH_MIN_MS).max(EPOCH_MAX_MS);
const text = (max: number) => z.string().max(max);
const count = z.number().int().nonnegative().max(LIMITS.count);
/** A sum is checked only over values that passed every other check (one reason per fault). */
const clean = (payload: { issues: unknown[] }) => payload.issues.length === 0;

export const PlatformSchema = z.enum(PLATFORM_IDS);
export const PageKindSchema = z.enum(PAGE_KINDS);

export const OrderItemSchema = z.object({
  title: text(LIMITS.title).min(1),
  spec: text(LIMITS.spec),
  productId: id.optional(),
  skuId: id.optional(),
  outerId: text(LIMITS.text).optional(),
  quantity: count.positive(),
  priceFen: fen,
}).refine((line) => line.quantity * line.priceFen <= LIMITS.fen, { message: 'line over ¥100,000,000', path: ['priceFen'], when: clean });
export type OrderItem = z.infer<typeof OrderItemSchema>;

export const OrderSchema = z.object({
  platform: PlatformSchema,
  orderId: id,
  /**
   * The buyer's nickname as the console shows it, or '' when the source has none: the Douyin and PDD order
   * export files carry no nickname column. Such an order counts in sales, KPIs and stock but in no customer
   * (hasBuyer in ./buyer.ts); a later capture of the order list page fills the nickname in.
   */
  buyer: text(LIMITS.buyer),
  placedAt: epochMs,
  status: z.enum(ORDER_STATUSES),
  statusText: text(LIMITS.text),
  paidFen: fen,
  items: z
    .array(OrderItemSchema)
    .min(1)
    .max(LIMITS.items)
    .refine((lines) => lineTotal(lines) <= LIMITS.fen, { message: 'lines over ¥100,000,000', when: clean }),
  capturedAt: epochMs,
  /** When ShopLens first stored this order (set by the background; later captures keep it). */
  firstSeenAt: epochMs.optional(),
  url: text(LIMITS.url),
});
export type Order = z.infer<typeof OrderSchema>;

/** The value of an order's lines in fen (price × quantity, summed); NaN when a line is not numbers. */
export function lineTotal(lines: readonly { quantity: unknown; priceFen: unknown }[]): number {
  let total = 0;
  for (const line of lines) total += (line.quantity as number) * (line.priceFen as number);
  return total;
}

export const ProductSchema = z.object({
  platform: PlatformSchema,
  productId: id,
  skuId: z.union([id, z.literal('')]),
  title: text(LIMITS.title).min(1),
  spec: text(LIMITS.spec),
  outerId: text(LIMITS.text),
  priceFen: fen,
  stock: count,
  sales30d: count.optional(),
  status: z.enum(PRODUCT_STATUSES),
  statusText: text(LIMITS.text),
  listedAt: epochMs.optional(),
  capturedAt: epochMs,
  /** When ShopLens first stored this product (the month first seen feeds the SKU code). */
  firstSeenAt: epochMs.optional(),
  url: text(LIMITS.url),
});
export type Product = z.infer<typeof ProductSchema>;

/** Why one row was not stored: the field, the page's raw text, and a code the UI translates. */
export const RowProblemSchema = z.object({
  field: z.string().max(60),
  problem: z.enum(['missing', 'invalid']),
  raw: z.string().max(200),
});
export type RowProblem = z.infer<typeof RowProblemSchema>;

export const RejectedRowSchema = z.object({
  /** Position of the row on the page (0-based), so the seller can find it. */
  index: z.number().int().nonnegative(),
  /** What identifies the row on the page: its order or product id when one was readable. */
  key: z.string().max(100),
  /** A short excerpt of the row's text. */
  text: z.string().max(300),
  /** At most 50: a row has fewer fields than that. */
  problems: z.array(RowProblemSchema).min(1).max(LIMITS.problems),
});
export type RejectedRow = z.infer<typeof RejectedRowSchema>;

/**
 * A page that no longer reads as its reader expects (the console was redeployed, its structure moved): set on
 * the capture record by the content script's drift check (lib/scrape/drift.ts), absent when the page read
 * fine. `reason`: 'no-rows' — the list shows records but none were read; 'most-rejected' — most rows read
 * were rejected; 'same-field' — the rows read all miss or garble the same field (amounts drawn with an icon
 * font, say).
 */
export const DriftSchema = z.object({
  reason: z.enum(['no-rows', 'most-rejected', 'same-field']),
  /** What the page showed that the reader expected to read (a record label, a column header). */
  expected: z.array(z.string().max(100)).max(10),
  /** The fields missing or unreadable in most rows (empty for 'no-rows'). */
  missing: z.array(z.string().max(60)).max(20),
  /** One sample: what the reader read of a row, or the record text the page showed (never receiver details). */
  sample: z.string().max(300),
  /** The reader that read the page (PlatformAdapter.version). */
  readerVersion: z.number().int().nonnegative(),
});
export type Drift = z.infer<typeof DriftSchema>;

/** How many rejected rows a capture record keeps (ingest keeps the first ones; `rejected` counts all). */
export const REJECTED_ROWS_KEPT = 200;

export const CaptureSchema = z.object({
  id: z.number().int().optional(),
  platform: PlatformSchema,
  kind: PageKindSchema,
  url: text(LIMITS.url),
  at: epochMs,
  read: z.number().int().nonnegative(),
  saved: z.number().int().nonnegative(),
  /** Records new to the database in this capture (the rest of `saved` updated existing ones). */
  added: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  /** The first REJECTED_ROWS_KEPT rejected rows (`rejected` counts them all). */
  rejectedRows: z.array(RejectedRowSchema).max(REJECTED_ROWS_KEPT),
  tabId: z.number().int().optional(),
  /** The version of the reader that read the page (PlatformAdapter.version); absent on captures before it was kept. */
  readerVersion: z.number().int().nonnegative().optional(),
  /** Set when the page no longer reads as the reader expects; absent when it read fine. */
  drift: DriftSchema.optional(),
});
export type Capture = z.infer<typeof CaptureSchema>;
