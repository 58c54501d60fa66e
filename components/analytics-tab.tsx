import type { ShopLensDatabase } from '../lib/db';
import { useSettings } from './hooks/use-settings';
import { KpiTab } from './kpi-tab';
import { LoadState } from './load-state';
import { RfmTab } from './rfm-tab';
import { SettingsErrors } from './settings-errors';
import { SettingsTab } from './settings/settings-tab';
import { SkuTab } from './sku-tab';
import { StockTab } from './stock-tab';
import type { TabId } from './tab-bar';
import { TitleTab } from './title-tab';

/**
 * An analytics tab with the seller's settings: read once here and passed down, and when the stored ones are
 * invalid the reasons are shown above the figures (which then use the defaults).
 */
export function AnalyticsTab({ tab, db, now }: { tab: Exclude<TabId, 'capture'>; db: ShopLensDatabase; now: number }) {
  const { data, error } = useSettings(db);
  if (!data) return <LoadState error={error} />;
  const { settings, errors } = data;
  return (
    <>
      <SettingsErrors errors={errors} />
      {tab === 'kpi' && <KpiTab db={db} now={now} />}
      {tab === 'rfm' && <RfmTab db={db} now={now} settings={settings} />}
      {tab === 'stock' && <StockTab db={db} now={now} settings={settings} />}
      {tab === 'sku' && <SkuTab db={db} settings={settings} />}
      {tab === 'titles' && <TitleTab db={db} now={now} settings={settings} />}
      {tab === 'settings' && <SettingsTab db={db} settings={settings} />}
    </>
  );
}
