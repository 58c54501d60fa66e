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

const id = z.string().regex(ID_PATTERN, 'not an id');
const fen = z.number().int().nonnegative();
const epochMs = z.number().int().min(EPOCH_MIN_MS).max(EPOCH_MAX_MS);

export const PlatformSchema = z.enum(PLATFORM_IDS);
export const PageKindSchema = z.enum(PAGE_KINDS);

export const OrderItemSchema = z.object({
  title: z.string().min(1),
  spec: z.string(),
  productId: id.optional(),
  skuId: id.optional(),
  outerId: z.string().optional(),
  quantity: z.number().int().positive(),
  priceFen: fen,
});
export type OrderItem = z.infer<typeof OrderItemSchema>;

export const OrderSchema = z.object({
  platform: PlatformSchema,
  orderId: id,
  /**
   * The buyer's nickname as the console shows it, or '' when the source has none: the Douyin and PDD order
   * export files carry no nickname column. Such an order counts in sales, KPIs and stock but in no customer
   * (hasBuyer in ./buyer.ts); a later capture of the order list page fills the nickname in.
   */
  buyer: z.string(),
  placedAt: epochMs,
  status: z.enum(ORDER_STATUSES),
  statusText: z.string(),
  paidFen: fen,
  items: z.array(OrderItemSchema).min(1),
  capturedAt: epochMs,
  /** When ShopLens first stored this order (set by the background; later captures keep it). */
  firstSeenAt: epochMs.optional(),
  url: z.string(),
});
export type Order = z.infer<typeof OrderSchema>;

export const ProductSchema = z.object({
  platform: PlatformSchema,
  productId: id,
  skuId: z.union([id, z.literal('')]),
  title: z.string().min(1),
  spec: z.string(),
  outerId: z.string(),
  priceFen: fen,
  stock: z.number().int().nonnegative(),
  sales30d: z.number().int().nonnegative().optional(),
  status: z.enum(PRODUCT_STATUSES),
  statusText: z.string(),
  listedAt: epochMs.optional(),
  capturedAt: epochMs,
  /** When ShopLens first stored this product (the month first seen feeds the SKU code). */
  firstSeenAt: epochMs.optional(),
  url: z.string(),
});
export type Product = z.infer<typeof ProductSchema>;

/** Why one row was not stored: the field, the page's raw text, and a code the UI translates. */
export const RowProblemSchema = z.object({
  field: z.string(),
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
  problems: z.array(RowProblemSchema).min(1),
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

export const CaptureSchema = z.object({
  id: z.number().int().optional(),
  platform: PlatformSchema,
  kind: PageKindSchema,
  url: z.string(),
  at: epochMs,
  read: z.number().int().nonnegative(),
  saved: z.number().int().nonnegative(),
  /** Records new to the database in this capture (the rest of `saved` updated existing ones). */
  added: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  rejectedRows: z.array(RejectedRowSchema),
  tabId: z.number().int().optional(),
  /** The version of the reader that read the page (PlatformAdapter.version); absent on captures before it was kept. */
  readerVersion: z.number().int().nonnegative().optional(),
  /** Set when the page no longer reads as the reader expects; absent when it read fine. */
  drift: DriftSchema.optional(),
});
export type Capture = z.infer<typeof CaptureSchema>;
