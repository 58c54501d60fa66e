import { useMemo } from 'react';
import { DAY_MS } from '../../lib/analytics/days';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import { readWindowSales, type ShopLensDatabase } from '../../lib/db';
import { titleView, type TitleView } from '../model/title-view';
import { useDbQuery } from './use-db-query';

/** The sales window of the title report (lib/analytics/titles/listings.ts): orders placed in the 30 days up to now. */
const WINDOW_MS = 30 * DAY_MS;

/**
 * Title checks and keyword suggestions. computeTitleReport takes sales from orders (per product id or title,
 * at line prices) over the 30 days up to now; it gets them from lib/db readWindowSales: the whole days from the
 * derived SKU rows, only the part days at the window's ends as orders — never a month of orders.
 */
export function useTitleReport(
  db: ShopLensDatabase,
  now: number,
  settings: AnalyticsSettings,
): { view?: TitleView; empty?: boolean; error?: string } {
  const { data, error } = useDbQuery(() => Promise.all([db.products.toArray(), readWindowSales(db, now, WINDOW_MS)]), [db, now]);
  const view = useMemo(() => (data ? titleView(data[0], data[1], now, settings) : undefined), [data, now, settings]);
  return { view, empty: data ? data[0].length === 0 : undefined, error };
}
