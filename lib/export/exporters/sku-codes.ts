import { categoryName, type GoodsGroup, type LinkReport } from '../../analytics/sku-codes';
import type { SkuCode } from '../../domain';
import { col, self, type Exporter } from '../columns';
import { platformName } from '../labels';

/** A stored SKU code with the linked goods it belongs to and the other listings of the same SKU. */
export interface SkuCodeLine {
  code: SkuCode;
  goods: GoodsGroup | undefined;
  /** The other codes of the same SKU on other listings (equal SKU-level codes or confirmed matches). */
  sameSku: string[];
}

/** Joins each code to its linked goods and same-SKU codes (from linkSkus), in the order of `codes`. */
export function skuCodeLines(codes: readonly SkuCode[], links: Pick<LinkReport, 'groups' | 'goodsOf' | 'skuOf'>): SkuCodeLine[] {
  const groups = new Map(links.groups.map((g) => [g.id, g]));
  const skuLinks = new Map(links.groups.flatMap((g) => g.skuLinks.map((s) => [s.id, s.codes] as const)));
  return codes.map((code) => {
    const goodsId = links.goodsOf.get(code.code);
    const skuId = links.skuOf.get(code.code);
    const same = skuId === undefined ? [] : (skuLinks.get(skuId) ?? []).filter((c) => c !== code.code);
    return { code, goods: goodsId === undefined ? undefined : groups.get(goodsId), sameSku: same };
  });
}

/**
 * Unified SKU codes, one row per platform SKU: the code and its four layers, the ids it was assigned under and
 * every alias it has been seen under, the linked goods across platforms and why the code is what it is.
 */
export const skuCodesExporter: Exporter<SkuCodeLine> = {
  id: 'sku-codes',
  title: { zh: '统一SKU编码', en: 'Unified SKU codes' },
  columns: [
    col('统一编码', 'Unified code', 'id', (r) => r.code.code),
    col('平台', 'Platform', 'text', (r, l) => platformName(r.code.platform, l)),
    col('商品ID', 'Product ID', 'id', (r) => r.code.productId),
    col('SKU ID', 'SKU ID', 'id', (r) => r.code.skuId),
    col('商家编码', 'Seller code', 'id', (r) => r.code.outerId),
    col('商品标题', 'Title', 'text', (r) => r.code.title),
    col('规格', 'Spec', 'text', (r) => r.code.spec),
    col('类目', 'Category', 'text', (r) => `${r.code.category} ${categoryName(r.code.category)}`),
    col('尺码层', 'Size layer', 'id', (r) => r.code.size),
    col('年月层', 'Year-month layer', 'id', (r) => r.code.yymm),
    col('序号', 'Serial', 'int', (r) => r.code.serial),
    col('别名', 'Aliases', 'text', (r) => r.code.aliases.join(' | ')),
    col('关联商品', 'Linked goods', 'text', (r) => r.goods?.title),
    col('关联商品编码', 'Linked goods code', 'id', (r) => r.goods?.outerId),
    col('关联平台', 'Linked platforms', 'text', (r, l) => r.goods?.platforms.map((p) => platformName(p, l)).join(l === 'zh' ? '、' : ', ')),
    col('同款SKU编码', 'Same SKU elsewhere', 'text', (r) => r.sameSku.join(' | ')),
    col('关联原因', 'Why linked', 'text', (r, l) => r.goods?.reason[l]),
    col('编码说明', 'Why this code', 'text', (r, l) => r.code.reason[l]),
    col('分配时间', 'Assigned at', 'time', (r) => r.code.assignedAt),
  ],
  rows: self,
};
