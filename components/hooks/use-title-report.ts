import { useMemo } from 'react';
import { DAY_MS } from '../../lib/analytics/days';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { ShopLensDatabase } from '../../lib/db';
import { titleView, type TitleView } from '../model/title-view';
import { useDbQuery } from './use-db-query';

/** The sales window of the title report (keywords-listings.ts): orders placed in the 30 days up to now. */
const WINDOW_MS = 30 * DAY_MS;

/**
 * Title checks and keyword suggestions. computeTitleReport takes sales from orders (per product id or title,
 * at line prices), which the derived tables do not keep per listing; so it gets only the last 30 days of
 * orders, read by the `placedAt` index range — bounded, unlike reading every order.
 */
export function useTitleReport(
  db: ShopLensDatabase,
  now: number,
  settings: AnalyticsSettings,
): { view?: TitleView; empty?: boolean; error?: string } {
  const { data, error } = useDbQuery(
    () =>
      Promise.all([db.products.toArray(), db.orders.where('placedAt').between(now - WINDOW_MS, now, true, true).toArray()]),
    [db, now],
  );
  const view = useMemo(() => (data ? titleView(data[0], data[1], now, settings) : undefined), [data, now, settings]);
  return { view, empty: data ? data[0].length === 0 : undefined, error };
}
