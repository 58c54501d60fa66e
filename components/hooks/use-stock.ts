import { useMemo } from 'react';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import { readDerived, type ShopLensDatabase } from '../../lib/db';
import { stockView, type StockView } from '../model/stock-view';
import { storedLinks } from '../model/stored-links';
import { useDbQuery } from './use-db-query';

/**
 * Stock warnings from the derived SKU and day rows and the products, linked across platforms through the stored SKU
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
        readDerived(db, {}, { skus: true }),
        db.products.toArray(),
        db.skuCodes.toArray(),
        db.skuMatchDecisions.toArray(),
      ]),
    [db],
  );
  const view = useMemo(() => {
    if (!data) return undefined;
    const [{ skus, days }, products, codes, decisions] = data;
    return stockView(skus, days, products, storedLinks(codes, decisions, settings), settings, now);
  }, [data, now, settings]);
  return { view, empty: data ? data[1].length === 0 : undefined, error };
}
