import { useMemo } from 'react';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { ShopLensDatabase } from '../../lib/db';
import { stockView, type StockView } from '../model/stock-view';
import { storedLinks } from '../model/stored-links';
import { useDbQuery } from './use-db-query';

/**
 * Stock warnings from skuStats, dailyStats and the products, linked across platforms through the stored SKU
 * codes and match decisions — never reading the orders.
 */
export function useStock(
  db: ShopLensDatabase,
  now: number,
  settings: AnalyticsSettings,
): { view?: StockView; empty?: boolean; error?: string } {
  const { data, error } = useDbQuery(
    () =>
      Promise.all([
        db.skuStats.toArray(),
        db.dailyStats.toArray(),
        db.products.toArray(),
        db.skuCodes.toArray(),
        db.skuMatchDecisions.toArray(),
      ]),
    [db],
  );
  const view = useMemo(() => {
    if (!data) return undefined;
    const [skus, days, products, codes, decisions] = data;
    return stockView(skus, days, products, storedLinks(codes, decisions, settings), settings, now);
  }, [data, now, settings]);
  return { view, empty: data ? data[2].length === 0 : undefined, error };
}
