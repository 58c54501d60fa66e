/**
 * Which SKU is which, on every platform? Codes like `TB-01-M-2504` that never change (design.md §3, seed 000),
 * the same goods linked across platforms by 商家编码, and probable matches for the seller to confirm.
 */
export { assignSkuCodes, type SkuCodeAssignment } from './assign';
export { categoryName, categoryOf, type CategoryLayer } from './category';
export { CATEGORY_WORDS } from './category-words';
export { createSkuIndex, type SkuIndex } from './code-index';
export { groupOfProduct, type GroupRef } from './goods-of';
export { skuAliases, skuKey, type SkuObservation } from './identity';
export { KnownSkus } from './known';
export { codeLayers, withSerial, yymmOf, type CodeLayers } from './layers';
export { linkSkus, type GoodsGroup, type LinkMember, type LinkReport } from './links';
export { findProbableMatches, pairId, type ProbableMatch } from './matches';
export { collectObservations, type TimedObservation } from './observe';
export { createProductMatcher, emptyRowMatch, type ProductMatcher, type ProductRule, type RowMatch } from './product-match';
export { coreTitle, titleSimilarity } from './similarity';
export { sizeOf, sizeOfValue, type SizeLayer } from './size';
export { parseSpec, specKey, type SpecPart } from './spec';
export { normaliseOuterId, outerIdPrefixes, titleKey, toHalfWidth } from './text';
export type { Reason } from '../reason';
