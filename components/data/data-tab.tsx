import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { ShopLensDatabase } from '../../lib/db';
import { BackupSection } from './backup-section';
import { ImportSection } from './import-section';
import { PrivacySection } from './privacy-section';
import { StorageSection } from './storage-section';

/**
 * The 数据 tab: the seller's data in and out — import the consoles' export files, back up and restore, storage
 * used and the persistence asked for, and the privacy controls (delete, forget a buyer, retention). Each
 * section is its own component.
 */
export function DataTab({ db, settings }: { db: ShopLensDatabase; settings: AnalyticsSettings }) {
  return (
    <>
      <ImportSection db={db} settings={settings} />
      <BackupSection db={db} settings={settings} />
      <StorageSection db={db} settings={settings} />
      <PrivacySection db={db} settings={settings} />
    </>
  );
}
