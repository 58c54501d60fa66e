import { useMemo } from 'react';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { ShopLensDatabase } from '../../lib/db';
import { readStockInputs, stockWindowFrom } from '../../lib/db/urgent';
import { stockView, type StockView } from '../model/stock-view';
import { storedLinks } from '../model/stored-links';
import { useDbQuery } from './use-db-query';

/**
 * Stock warnings from what lib/db readStockInputs reads (the derived SKU and day rows of the sales windows, the
 * products, the stored SKU codes and match decisions — never the orders), linked across platforms as
 * readStockReport links them: the same report the background's urgent list is ranked from.
 */
export function useStock(
  db: ShopLensDatabase,
  now: number,
  settings: AnalyticsSettings,
): { view?: StockView; empty?: boolean; error?: string } {
  // The stock rules look back over the longer of the two sales windows: only those days' shards are read.
  const from = stockWindowFrom(now, settings);
  const { data, error } = useDbQuery(() => readStockInputs(db, from), [db, from]);
  const view = useMemo(() => {
    if (!data) return undefined;
    const { skus, days, products, codes, decisions } = data;
    return stockView(skus, days, products, storedLinks(codes, decisions, settings), settings, now);
  }, [data, now, settings]);
  return { view, empty: data ? data.products.length === 0 : undefined, error };
}
