import { z } from 'zod';
import { PlatformSchema } from './schema';

const epochMs = z.number().int().min(Date.UTC(2000, 0, 1)).max(Date.UTC(2100, 0, 1));

/**
 * The stored `skuCodes` record (design.md §2): the unified four-layer code a platform SKU was given,
 * `TB-01-M-2504` (platform, category, size, listing year-month) plus `-02`, `-03` … on a collision. The code is
 * the primary key and never changes once assigned; the other fields say which platform SKU it names and why
 * it got each layer, so the UI can show the reason and later captures can find the same SKU again.
 * Indexed by `[platform+productId+skuId]` and by `outerId`.
 */
export const SkuCodeSchema = z.object({
  /** The unified code, e.g. `TB-01-M-2504` or `TB-01-M-2504-02`. Primary key. */
  code: z.string().min(1).max(64),
  /** The SKU key the code was assigned under (see lib/analytics/sku-codes/identity.ts for the rule). */
  key: z.string().min(1),
  /**
   * Every SKU key that has led to this code (the key itself first). Stored so that a later capture with only
   * some of the ids (a JD line without its product id, a Taobao line without its SKU id) finds the same code,
   * whatever order the records arrived in.
   */
  aliases: z.array(z.string()).min(1),
  platform: PlatformSchema,
  /** '' when no record of the SKU carried it (JD order lines have no product id). */
  productId: z.string(),
  /** '' when unknown or for a product-level row. */
  skuId: z.string(),
  /** The seller's 商家编码 as captured; '' when none. */
  outerId: z.string(),
  title: z.string(),
  spec: z.string(),
  /** Category layer: '01' 服饰 … '99' 其他. */
  category: z.string().regex(/^\d{2}$/),
  /** Size layer: `M`, `2XL`, `40`, `150`, `F` (no size). */
  size: z.string().regex(/^[0-9A-Z.]+$/),
  /** Year-month layer, `2504` for April 2025 (Asia/Shanghai). */
  yymm: z.string().regex(/^\d{4}$/),
  /** 1 for the bare code, 2 for `-02` and so on. */
  serial: z.number().int().positive(),
  assignedAt: epochMs,
  /** Why each layer is what it is, one line for the seller. */
  reason: z.object({ zh: z.string(), en: z.string() }),
});
export type SkuCode = z.infer<typeof SkuCodeSchema>;

/**
 * The seller's answer to a probable cross-platform match (two SKU keys that look like the same goods).
 * Confirmed pairs are linked; rejected pairs are never offered again. The pair is unordered.
 */
export const SkuMatchDecisionSchema = z.object({
  a: z.string().min(1),
  b: z.string().min(1),
  decision: z.enum(['confirmed', 'rejected']),
  decidedAt: epochMs.optional(),
});
export type SkuMatchDecision = z.infer<typeof SkuMatchDecisionSchema>;
