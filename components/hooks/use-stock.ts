import { useMemo } from 'react';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import { trailingDays } from '../../lib/analytics/derived';
import { readStockDerived, type ShopLensDatabase } from '../../lib/db';
import { stockView, type StockView } from '../model/stock-view';
import { storedLinks } from '../model/stored-links';
import { useDbQuery } from './use-db-query';

/**
 * Stock warnings from the derived SKU and day rows of the sales windows (lib/db readStockDerived) and the
 * products, linked across platforms through the stored SKU codes and match decisions — never reading the
 * orders.
 */
export function useStock(
  db: ShopLensDatabase,
  now: number,
  settings: AnalyticsSettings,
): { view?: StockView; empty?: boolean; error?: string } {
  // The stock rules look back over the longer of the two sales windows: only those days' shards are read.
  const from = trailingDays(now, Math.max(settings.stock.salesWindowDays, settings.stock.slowWindowDays)).first;
  const { data, error } = useDbQuery(
    () =>
      Promise.all([
        readStockDerived(db, from),
        db.products.toArray(),
        db.skuCodes.toArray(),
        db.skuMatchDecisions.toArray(),
      ]),
    [db, from],
  );
  const view = useMemo(() => {
    if (!data) return undefined;
    const [{ skus, days }, products, codes, decisions] = data;
    return stockView(skus, days, products, storedLinks(codes, decisions, settings), settings, now);
  }, [data, now, settings]);
  return { view, empty: data ? data[1].length === 0 : undefined, error };
}
