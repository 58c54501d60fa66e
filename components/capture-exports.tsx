import { ordersExporter, productsExporter, rejectedRowsExporter } from '../lib/export';
import type { ShopLensDatabase } from '../lib/db';
import { ExportButton } from './export';
import type { CaptureSummary } from './hooks/use-capture-summary';
import { useStoredPages } from './hooks/use-stored-pages';
import { useI18n } from './i18n';

/**
 * The 采集 tab's exports: every stored order (one row per order line) and product row, read from the database
 * page by page with the stored counts as the progress bar's total, and the rejected rows of the captures the
 * log shows, with their reasons in the UI's words.
 */
export function CaptureExports({ db, summary }: { db: ShopLensDatabase; summary: CaptureSummary }) {
  const { t, field } = useI18n();
  const pages = useStoredPages(db);
  const orders = summary.platforms.reduce((n, p) => n + p.orders, 0);
  const products = summary.platforms.reduce((n, p) => n + p.products, 0);
  const rejected = summary.recent.filter((c) => c.rejected > 0);
  if (orders === 0 && products === 0 && rejected.length === 0) return null;
  return (
    <section className="export-bar" aria-label={t('exportBar')}>
      {orders > 0 && <ExportButton exporter={ordersExporter} source={pages.orders} total={orders} label={t('exportOrders')} />}
      {products > 0 && <ExportButton exporter={productsExporter} source={pages.products} total={products} label={t('exportProducts')} />}
      {rejected.length > 0 && (
        <ExportButton
          exporter={rejectedRowsExporter((path) => field(path))}
          source={() => rejected}
          total={rejected.length}
          label={t('exportRejected')}
        />
      )}
    </section>
  );
}
