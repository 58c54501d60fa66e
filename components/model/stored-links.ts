import type { AnalyticsSettings } from '../../lib/analytics/settings';
import { groupOfProduct, linkSkus, createSkuIndex, type GroupRef, type LinkReport } from '../../lib/analytics/sku-codes';
import type { Product, SkuCode, SkuMatchDecision } from '../../lib/domain';

/** The cross-platform links of the stored SKU codes and, for stock, which linked goods a product row is in. */
export interface StoredLinks {
  links: LinkReport;
  byCode: Map<string, SkuCode>;
  groupOf: (p: Product) => GroupRef | undefined;
}

/**
 * linkSkus over the codes stored at ingest with the seller's stored decisions, and groupOfProduct over them:
 * a product row finds its code through the stored aliases exactly as ingest found it, so no code is
 * assigned here. Goods level, so Taobao/Pinduoduo product-level rows and Douyin/JD SKU rows of the same
 * 商家编码 sum together and stock moves are suggested between platforms.
 */
export function storedLinks(codes: readonly SkuCode[], decisions: readonly SkuMatchDecision[], settings: AnalyticsSettings): StoredLinks {
  const links = linkSkus(codes, decisions, settings);
  const index = createSkuIndex(codes);
  const groupOf = groupOfProduct({ lookup: (o) => index.find(o)?.code }, links, 'goods');
  return { links, byCode: new Map(codes.map((c) => [c.code, c])), groupOf };
}
