import type { Product } from '../../domain';
import type { SkuCodeAssignment } from './assign';
import type { LinkReport } from './links';

/** A linked group a product row belongs to, for the stock totals across platforms. */
export interface GroupRef {
  id: string;
  label: string;
}

/**
 * Which linked group each product row is in: the row's SKU code (found like any record, through its aliases)
 * and that code's group. `goods` groups whole goods (all SKUs under one goods code — product-level rows land
 * here); `sku` groups one SKU listed on several platforms (SKU-level rows), falling back to the goods group
 * for rows that are not a SKU listed elsewhere. Rows with no linked group give undefined.
 */
export function groupOfProduct(
  codes: Pick<SkuCodeAssignment, 'lookup'>,
  links: Pick<LinkReport, 'groups' | 'goodsOf' | 'skuOf'>,
  level: 'goods' | 'sku',
): (p: Product) => GroupRef | undefined {
  const labels = new Map(links.groups.map((g) => [g.id, g.outerId || g.title]));
  return (p) => {
    const code = codes.lookup(p)?.code;
    if (!code) return undefined;
    const skuId = level === 'sku' ? links.skuOf.get(code) : undefined;
    if (skuId) return { id: skuId, label: skuId.replace(/^sku(-match)?:/, '') };
    const goodsId = links.goodsOf.get(code);
    return goodsId ? { id: goodsId, label: labels.get(goodsId) ?? goodsId } : undefined;
  };
}
