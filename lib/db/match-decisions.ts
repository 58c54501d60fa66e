import { SkuMatchDecisionSchema, type SkuMatchDecision } from '../domain';
import type { ShopLensDatabase } from './database';

/**
 * Stores the seller's answer to a probable cross-platform match (confirmed: the two SKUs are the same goods;
 * rejected: never offer the pair again). The pair is unordered, so it is stored with `a` as the key that sorts
 * first — the same row whichever way round the caller names it, and a later answer replaces an earlier one.
 * Validated before it is written: the table is read back as the seller's own decisions.
 */
export async function saveMatchDecision(db: ShopLensDatabase, decision: SkuMatchDecision): Promise<SkuMatchDecision> {
  const [a, b] = decision.a <= decision.b ? [decision.a, decision.b] : [decision.b, decision.a];
  const row = SkuMatchDecisionSchema.parse({ ...decision, a, b });
  await db.skuMatchDecisions.put(row);
  return row;
}
