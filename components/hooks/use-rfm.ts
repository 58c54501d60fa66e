import { useMemo } from 'react';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { ShopLensDatabase } from '../../lib/db';
import { rfmView, type RfmView } from '../model/rfm-view';
import { useDbQuery } from './use-db-query';

/** Customer tiers from the customerStats and dailyStats tables (one small row per customer and per day, not the orders). */
export function useRfm(db: ShopLensDatabase, now: number, settings: AnalyticsSettings): { view?: RfmView; error?: string } {
  const { data, error } = useDbQuery(
    () => Promise.all([db.customerStats.toArray(), db.dailyStats.toArray()]),
    [db],
  );
  const view = useMemo(() => (data ? rfmView(data[0], data[1], now, settings) : undefined), [data, now, settings]);
  return { view, error };
}
