/** The four seller consoles ShopLens reads. The id is stored in every record (`platform`). */
export const PLATFORM_IDS = ['taobao', 'douyin', 'jd', 'pdd'] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

/** What a captured page lists. */
export const PAGE_KINDS = ['orders', 'products'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Display names, Chinese first. */
export const PLATFORM_LABELS: Record<PlatformId, { zh: string; en: string }> = {
  taobao: { zh: '淘宝/天猫', en: 'Taobao/Tmall' },
  douyin: { zh: '抖店', en: 'Douyin Shop' },
  jd: { zh: '京东', en: 'JD' },
  pdd: { zh: '拼多多', en: 'Pinduoduo' },
};
