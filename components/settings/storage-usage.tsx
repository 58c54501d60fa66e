import type { ShopLensDatabase } from '../../lib/db';
import { formatCount } from '../format';
import { useStorageUsage } from '../hooks/use-storage-usage';
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

/** Bytes in the largest unit that keeps the number readable (1 decimal). */
export function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}

/** What the local database holds: rows per table, and the browser's estimate of the space used and allowed. */
export function StorageUsageView({ db }: { db: ShopLensDatabase }) {
  const { t } = useI18n();
  const { data, error, refresh } = useStorageUsage(db);
  return (
    <section aria-labelledby="storage-title" className="settings-group">
      <div className="section-head">
        <h3 id="storage-title">{t('storageTitle')}</h3>
        <button type="button" onClick={refresh}>
          {t('setRefresh')}
        </button>
      </div>
      {!data ? (
        <LoadState error={error} />
      ) : (
        <>
          <table className="storage" data-testid="storage-table">
            <thead>
              <tr>
                <th scope="col">{t('storageTable')}</th>
                <th scope="col">{t('storageRows')}</th>
              </tr>
            </thead>
            <tbody>
              {data.tables.map((row) => (
                <tr key={row.name} data-testid={`storage-${row.name}`}>
                  <th scope="row">
                    {TABLE_LABEL[row.name] ? t(TABLE_LABEL[row.name]!) : row.name} <code className="muted">{row.name}</code>
                  </th>
                  <td>{formatCount(row.rows)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">
            {data.usage !== undefined
              ? t('storageEstimate', { usage: formatBytes(data.usage), quota: data.quota !== undefined ? formatBytes(data.quota) : '?' })
              : t('storageNoEstimate')}
          </p>
        </>
      )}
    </section>
  );
}
