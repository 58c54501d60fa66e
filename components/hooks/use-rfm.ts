import { useMemo } from 'react';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import { readDerived, type ShopLensDatabase } from '../../lib/db';
import { rfmView, type RfmView } from '../model/rfm-view';
import { useDbQuery } from './use-db-query';

/** Customer tiers from the derived customer and day rows (lib/db readDerived: a few shard rows, not the orders). */
export function useRfm(db: ShopLensDatabase, now: number, settings: AnalyticsSettings): { view?: RfmView; error?: string } {
  const { data, error } = useDbQuery(
    async () => {
      const { customers, days } = await readDerived(db, {}, { customers: true });
      return [customers, days] as const;
    },
    [db],
  );
  const view = useMemo(() => (data ? rfmView(data[0], data[1], now, settings) : undefined), [data, now, settings]);
  return { view, error };
}
