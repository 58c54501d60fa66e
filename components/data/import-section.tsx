import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { ShopLensDatabase } from '../../lib/db';

/** The 数据 tab's import section (being built: issue 13). */
export function ImportSection(_props: { db: ShopLensDatabase; settings: AnalyticsSettings }) {
  return null;
}
