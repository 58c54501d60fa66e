import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { ShopLensDatabase } from '../../lib/db';

/** The 数据 tab's backup section (being built: issue 13). */
export function BackupSection(_props: { db: ShopLensDatabase; settings: AnalyticsSettings }) {
  return null;
}
