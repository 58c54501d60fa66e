import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { ShopLensDatabase } from '../../lib/db';

/** The 数据 tab's privacy section (being built: issue 13). */
export function PrivacySection(_props: { db: ShopLensDatabase; settings: AnalyticsSettings }) {
  return null;
}
