import { readCounts, type ShopLensDatabase } from '../../lib/db';
import { PLATFORM_IDS } from '../../lib/domain';
import { useDbQuery } from './use-db-query';

/**
 * How many orders and product rows are stored in all, live (lib/db readCounts: the counts kept with the derived
 * tables, never a count over the orders) — what an empty tab needs to say which console pages to open.
 */
export function useStoredCounts(db: ShopLensDatabase): { orders: number; products: number } | undefined {
  const { data } = useDbQuery(async () => {
    const counts = await readCounts(db);
    const sum = (r: Record<string, number>) => PLATFORM_IDS.reduce((a, p) => a + (r[p] ?? 0), 0);
    return { orders: sum(counts.orders), products: sum(counts.products) };
  }, [db]);
  return data;
}
