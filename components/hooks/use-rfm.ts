import { useMemo } from 'react';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import { readCustomers, type ShopLensDatabase } from '../../lib/db';
import { rfmView, type RfmView } from '../model/rfm-view';
import { useDbQuery } from './use-db-query';

/**
 * Customer tiers from the customer buckets and the stored counts (lib/db readCustomers: 64 rows and one, not the
 * orders or a year of day shards).
 */
export function useRfm(db: ShopLensDatabase, now: number, settings: AnalyticsSettings): { view?: RfmView; error?: string } {
  const { data, error } = useDbQuery(
    async () => {
      const { customers, tallies } = await readCustomers(db);
      return [customers, tallies] as const;
    },
    [db],
  );
  const view = useMemo(() => (data ? rfmView(data[0], data[1], now, settings) : undefined), [data, now, settings]);
  return { view, error };
}
