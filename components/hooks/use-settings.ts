import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { ShopLensDatabase } from '../../lib/db';
import { loadSettings } from '../../lib/settings';
import { useDbQuery, type DbQuery } from './use-db-query';

/**
 * The seller's analytics settings, live. A stored value that no longer validates gives the defaults plus the
 * reasons (lib/settings.ts loadSettings), which the panel shows rather than silently using other numbers.
 */
export function useSettings(db: ShopLensDatabase): DbQuery<{ settings: AnalyticsSettings; errors: string[] }> {
  return useDbQuery(() => loadSettings(db), [db]);
}
