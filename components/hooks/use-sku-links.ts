import { useCallback, useMemo } from 'react';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { ProbableMatch } from '../../lib/analytics/sku-codes';
import { saveMatchDecision, type ShopLensDatabase } from '../../lib/db';
import type { SkuCode } from '../../lib/domain';
import { skuView, type SkuView } from '../model/sku-view';
import { useDbQuery } from './use-db-query';

/**
 * The stored SKU codes linked across platforms with the seller's decisions, live: a new decision re-links at once.
 * `codes` (the stored rows) and `links` are what the export writes (lib/export skuCodeLines).
 */
export function useSkuLinks(
  db: ShopLensDatabase,
  settings: AnalyticsSettings,
): { view?: SkuView; codes?: readonly SkuCode[]; links?: SkuView['links']; error?: string } {
  const { data, error } = useDbQuery(() => Promise.all([db.skuCodes.toArray(), db.skuMatchDecisions.toArray()]), [db]);
  const view = useMemo(() => (data ? skuView(data[0], data[1], settings) : undefined), [data, settings]);
  return { view, codes: data?.[0], links: view?.links, error };
}

/**
 * Records the seller's answer to a probable match (lib/db saveMatchDecision): confirmed pairs are linked,
 * rejected ones never offered again. Resolves once stored; the live query above then drops the pair.
 */
export function useDecideMatch(db: ShopLensDatabase): (match: ProbableMatch, decision: 'confirmed' | 'rejected') => Promise<void> {
  return useCallback(
    async (match, decision) => {
      await saveMatchDecision(db, { a: match.a, b: match.b, decision, decidedAt: Date.now() });
    },
    [db],
  );
}
