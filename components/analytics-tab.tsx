import type { ShopLensDatabase } from '../lib/db';
import { ConsoleLinks } from './console-links';
import { useStoredCounts } from './hooks/use-stored-counts';
import { useSettings } from './hooks/use-settings';
import { KpiTab } from './kpi-tab';
import { DataTab } from './data/data-tab';
import { LoadState } from './load-state';
import { RfmTab } from './rfm-tab';
import { SettingsErrors } from './settings-errors';
import { SettingsTab } from './settings/settings-tab';
import { SkuTab } from './sku-tab';
import { StockTab } from './stock-tab';
import type { TabId } from './tab-bar';
import { TitleTab } from './title-tab';

/** The console lists whose rows each tab is made of: what to open when it has none. */
const NEEDS: Record<Exclude<TabId, 'capture'>, ('orders' | 'products')[]> = {
  kpi: ['orders'],
  rfm: ['orders'],
  stock: ['products'],
  sku: ['orders', 'products'],
  titles: ['products'],
  data: [],
  settings: [],
};

/**
 * An analytics tab with the seller's settings: read once here and passed down, and when the stored ones are
 * invalid the reasons are shown above the figures (which then use the defaults). While the rows a tab is made
 * of are missing, the console list pages to open follow it, as links.
 */
export function AnalyticsTab({ tab, db, now }: { tab: Exclude<TabId, 'capture'>; db: ShopLensDatabase; now: number }) {
  const { data, error } = useSettings(db);
  const counts = useStoredCounts(db);
  if (!data) return <LoadState error={error} />;
  const needs = NEEDS[tab];
  const missing = counts && needs.length > 0 && needs.every((k) => counts[k] === 0);
  const { settings, errors } = data;
  return (
    <>
      <SettingsErrors errors={errors} />
      {tab === 'kpi' && <KpiTab db={db} now={now} settings={settings} />}
      {tab === 'rfm' && <RfmTab db={db} now={now} settings={settings} />}
      {tab === 'stock' && <StockTab db={db} now={now} settings={settings} />}
      {tab === 'sku' && <SkuTab db={db} settings={settings} />}
      {tab === 'titles' && <TitleTab db={db} now={now} settings={settings} />}
      {tab === 'data' && <DataTab db={db} settings={settings} />}
      {tab === 'settings' && <SettingsTab db={db} settings={settings} />}
      {missing && <ConsoleLinks kinds={needs} />}
    </>
  );
}
