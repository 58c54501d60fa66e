import { z } from 'zod';

/**
 * Every number the analytics use, with the seed handbooks' defaults (design.md §3). The seller can change
 * each one in settings; what is stored is validated with this schema, and anything missing falls back to
 * the default, so old saved settings keep working when a setting is added.
 */
export const CATEGORY_CODES = {
  '01': '服饰',
  '02': '3C数码',
  '03': '美妆个护',
  '04': '食品',
  '05': '家居',
  '06': '母婴',
  '07': '运动户外',
  '08': '箱包鞋靴',
  '09': '宠物',
  '99': '其他',
} as const;
export type CategoryCode = keyof typeof CATEGORY_CODES;
const categoryCode = z.enum(Object.keys(CATEGORY_CODES) as [CategoryCode, ...CategoryCode[]]);

/** Four strictly ascending positive cut points (RFM score bins 2–5). */
const ascendingCuts = z
  .array(z.number().int().positive())
  .length(4)
  .refine((a) => a.every((v, i) => i === 0 || v > a[i - 1]!), 'cut points must be strictly ascending');

export const AnalyticsSettingsSchema = z.object({
  sku: z
    .object({
      /** Platform code layer. */
      platformCodes: z
        .object({ taobao: z.string(), douyin: z.string(), jd: z.string(), pdd: z.string() })
        .default({ taobao: 'TB', douyin: 'DY', jd: 'JD', pdd: 'DD' }),
      /** Extra word → category entries on top of the built-in map (checked first). */
      categoryWords: z.record(z.string(), categoryCode).default({}),
      /** Per-product override: `${platform}:${productId}` → category. */
      categoryOverrides: z.record(z.string(), categoryCode).default({}),
      /** Title similarity (0–1) above which two unlinked SKUs are offered as a probable match. */
      matchThreshold: z.number().min(0).max(1).default(0.6),
    })
    .prefault({}),
  rfm: z
    .object({
      /** 高价值复购用户: last order within this many days … */
      vipRecencyDays: z.number().int().positive().default(30),
      /** … at least this many orders a month on average … */
      vipOrdersPerMonth: z.number().positive().default(4),
      /** … and an average order of at least this much (fen). */
      vipAvgOrderFen: z.number().int().nonnegative().default(50_000),
      /** 潜力新用户: first and only order within this many days … */
      newWithinDays: z.number().int().positive().default(7),
      /** … below this amount (fen). */
      newMaxOrderFen: z.number().int().nonnegative().default(20_000),
      /** 沉睡用户: no order for more than this many days … */
      dormantAfterDays: z.number().int().positive().default(90),
      /** … and at most this many orders in the past year. */
      dormantMaxOrdersPerYear: z.number().int().nonnegative().default(2),
      /** Window over which F and M are counted, in days. */
      windowDays: z.number().int().positive().default(365),
      /**
       * R score cut points in days since the last order: within the 1st → 5, the 2nd → 4, the 3rd → 3, the
       * 4th → 2, older → 1. Business thresholds, not quintiles, so equal recencies always score alike.
       */
      recencyScoreDays: ascendingCuts.default([7, 30, 90, 180]),
      /** F score lower bounds in orders for scores 2, 3, 4, 5 (1 order → 1): the one-time-buyer-safe bins. */
      frequencyScoreOrders: ascendingCuts.default([2, 3, 5, 10]),
    })
    .prefault({}),
  stock: z
    .object({
      /** Safety stock = sales in the last `salesWindowDays` × `safetyFactor`. */
      safetyFactor: z.number().positive().default(1.5),
      salesWindowDays: z.number().int().positive().default(30),
      /** Slow mover: fewer than this many units sold in `slowWindowDays` … */
      slowMoverUnits: z.number().int().nonnegative().default(100),
      slowWindowDays: z.number().int().positive().default(60),
      /** … with a per-category threshold overriding it. */
      slowMoverUnitsByCategory: z.record(z.string(), z.number().int().nonnegative()).default({}),
      /** Supplier lead time, days. */
      leadTimeDays: z.number().int().nonnegative().default(15),
      /** Buffer on top of the lead time (0.1 = 10 %). */
      bufferRatio: z.number().nonnegative().default(0.1),
      /** ABC: top share of SKUs by sales is A, bottom share is C. */
      abcTopShare: z.number().min(0).max(1).default(0.2),
      abcBottomShare: z.number().min(0).max(1).default(0.5),
    })
    .prefault({}),
  titles: z
    .object({
      /** Title length limit per platform, in display width (a CJK character counts 2). */
      maxWidth: z
        .object({ taobao: z.number().int(), douyin: z.number().int(), jd: z.number().int(), pdd: z.number().int() })
        .default({ taobao: 60, douyin: 60, jd: 50, pdd: 60 }),
      /** The seller's own shop words, kept whole by the segmenter. */
      extraWords: z.array(z.string()).default([]),
      /** How many suggestions per product. */
      suggestions: z.number().int().positive().default(5),
    })
    .prefault({}),
});
export type AnalyticsSettings = z.infer<typeof AnalyticsSettingsSchema>;

/** The defaults, complete. */
export const DEFAULT_SETTINGS: AnalyticsSettings = AnalyticsSettingsSchema.parse({});

/** Parses saved settings; unknown or invalid input gives a clear error listing the offending fields. */
export function parseSettings(input: unknown): { ok: true; settings: AnalyticsSettings } | { ok: false; errors: string[] } {
  const result = AnalyticsSettingsSchema.safeParse(input ?? {});
  if (result.success) return { ok: true, settings: result.data };
  return { ok: false, errors: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}
