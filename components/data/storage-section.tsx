import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { ShopLensDatabase } from '../../lib/db';
import { NEAR_FULL_SHARE, usageShare, type Persistence } from '../../lib/db/storage';
import { formatBytes, formatCount, formatPct } from '../format';
import { useStorageUsage, usePersistence, type StorageUsage } from '../hooks/use-storage-usage';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/messages';
import { LoadState } from '../load-state';

const TABLE_LABEL: Record<string, MessageKey> = {
  orders: 'table_orders',
  products: 'table_products',
  skuCodes: 'table_skuCodes',
  captures: 'table_captures',
  aggregateShards: 'table_aggregateShards',
  skuMatchDecisions: 'table_skuMatchDecisions',
  settings: 'table_settings',
};

/**
 * The 数据 tab's storage section: the space used and the browser's quota (a meter; a warning above
 * NEAR_FULL_SHARE), whether the browser keeps the data when the disk runs low (the side panel asks for
 * persistent storage once: lib/db/storage.ts), and the rows and estimated record size of each table.
 */
export function StorageSection({ db }: { db: ShopLensDatabase; settings: AnalyticsSettings }) {
  const { t } = useI18n();
  const { data, error, refresh } = useStorageUsage(db);
  const { persistence, asking, ask } = usePersistence();
  return (
    <section aria-labelledby="storage-title" className="settings-group" data-testid="storage-section">
      <div className="section-head">
        <h3 id="storage-title">{t('storageTitle')}</h3>
        <button type="button" onClick={refresh}>
          {t('storageRefresh')}
        </button>
      </div>
      {!data ? <LoadState error={error} /> : <UsageLine data={data} />}
      <PersistenceLine persistence={persistence} asking={asking} ask={ask} />
      {data && <TableList data={data} />}
    </section>
  );
}

function UsageLine({ data }: { data: StorageUsage }) {
  const { t } = useI18n();
  if (data.usageError) {
    return (
      <p role="alert" className="error" data-testid="storage-usage">
        {t('storageEstimateError', { error: data.usageError })}
      </p>
    );
  }
  const usage = data.usage;
  if (!usage) {
    return (
      <p className="muted" data-testid="storage-usage">
        {t('storageNoEstimate')}
      </p>
    );
  }
  const share = usageShare(usage);
  const percent = formatPct(share ?? null);
  return (
    <>
      <p data-testid="storage-usage">
        {t('storageUsage', { usage: formatBytes(usage.usage), quota: formatBytes(usage.quota), percent })}
        {usage.indexedDB !== undefined && <span className="muted"> {t('storageUsageDb', { db: formatBytes(usage.indexedDB) })}</span>}
      </p>
      {share !== undefined && (
        <meter aria-label={t('storageMeter')} min={0} max={1} low={NEAR_FULL_SHARE} high={NEAR_FULL_SHARE} optimum={0} value={Math.min(share, 1)} style={{ width: '100%' }} />
      )}
      {share !== undefined && share > NEAR_FULL_SHARE && (
        <p role="alert" className="error" data-testid="storage-near-full">
          {t('storageNearFull', { percent })}
        </p>
      )}
    </>
  );
}

function PersistenceLine({ persistence, asking, ask }: { persistence?: Persistence; asking: boolean; ask(): void }) {
  const { t } = useI18n();
  const text = !persistence
    ? t('persist_checking')
    : persistence.state === 'error'
      ? t('persist_error', { error: persistence.error })
      : t(`persist_${persistence.state}`);
  const canAsk = persistence !== undefined && (persistence.state === 'denied' || persistence.state === 'error');
  return (
    <div className="section-head">
      <p data-testid="storage-persist" data-state={persistence?.state ?? 'checking'} role={persistence?.state === 'error' ? 'alert' : undefined} className={persistence?.state === 'granted' ? undefined : 'muted'}>
        <strong>{t('persistTitle')}</strong> {text}
      </p>
      {canAsk && (
        <button type="button" onClick={ask} disabled={asking}>
          {asking ? t('persistAsking') : t('persistAsk')}
        </button>
      )}
    </div>
  );
}

function TableList({ data }: { data: StorageUsage }) {
  const { t } = useI18n();
  return (
    <>
      <table className="storage" data-testid="storage-table">
        <thead>
          <tr>
            <th scope="col">{t('storageTable')}</th>
            <th scope="col">{t('storageRows')}</th>
            <th scope="col">{t('storageSize')}</th>
          </tr>
        </thead>
        <tbody>
          {data.tables.map((row) => (
            <tr key={row.name} data-testid={`storage-${row.name}`}>
              <th scope="row">
                {TABLE_LABEL[row.name] ? t(TABLE_LABEL[row.name]!) : row.name} <code className="muted">{row.name}</code>
              </th>
              <td>{formatCount(row.rows)}</td>
              <td>{formatBytes(row.bytes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted help">{t('storageSizeHelp')}</p>
    </>
  );
}
