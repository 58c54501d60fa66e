import { computeRfmFromAggregates } from '../../lib/analytics/customers';
import { trailingDays } from '../../lib/analytics/derived';
import { dayKeyOf } from '../../lib/analytics/days';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import { computeStockFromAggregates } from '../../lib/analytics/stock';
import { rankUrgent, type UrgentList } from '../../lib/analytics/urgent';
import { readCustomers, readStockDerived, type ShopLensDatabase } from '../../lib/db';
import { lastCaptureId, readUrgent } from '../../lib/db/urgent';
import { storedLinks } from '../model/stored-links';
import { useDbQuery } from './use-db-query';

/**
 * rankUrgent over what the 库存 and 客户 tabs show: the stock report of the sales windows' derived rows and the
 * products, linked through the stored SKU codes and decisions, and the customers of the customer buckets.
 */
export async function computeUrgentNow(db: ShopLensDatabase, now: number, settings: AnalyticsSettings, limit = 3): Promise<UrgentList> {
  const from = trailingDays(now, Math.max(settings.stock.salesWindowDays, settings.stock.slowWindowDays)).first;
  const [{ skus, days }, products, codes, decisions, { customers, tallies }] = await Promise.all([
    readStockDerived(db, from),
    db.products.toArray(),
    db.skuCodes.toArray(),
    db.skuMatchDecisions.toArray(),
    readCustomers(db),
  ]);
  const stock = computeStockFromAggregates(skus, days, products, settings, now, storedLinks(codes, decisions, settings).groupOf);
  const rfm = computeRfmFromAggregates(customers, tallies, now, settings);
  return rankUrgent({ rows: stock.rows, goods: stock.groups, customers: rfm.customers }, settings, limit);
}

/**
 * The three most urgent things to do today, as the popup shows them: the list the background stores after each
 * flush of the derived tables (lib/db readUrgent; one row), live. While captures newer than the stored list
 * are being flushed the stored list is shown (`behind`) and replaced when the background stores the next one;
 * with no stored list, or one worked out with other settings or on another Shanghai day, it is ranked here.
 */
export function useUrgent(
  db: ShopLensDatabase,
  now: number,
  settings: AnalyticsSettings,
): { list?: UrgentList; behind?: boolean; error?: string } {
  const { data, error } = useDbQuery(async () => {
    const [stored, last] = await Promise.all([readUrgent(db), lastCaptureId(db)]);
    const usable = stored && stored.settingsKey === JSON.stringify(settings) && dayKeyOf(stored.at) === dayKeyOf(now);
    if (usable) return { list: stored.list, behind: stored.lastCapture !== last };
    return { list: await computeUrgentNow(db, now, settings), behind: false };
  }, [db, now, settings]);
  return { ...data, error };
}
