import { customersExporter, ordersExporter, productsExporter, stockExporter } from '../../lib/export';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { Counts, ShopLensDatabase } from '../../lib/db';
import { ExportButton } from '../export';
import { popupExportSources } from '../hooks/use-popup-export';
import { useI18n } from '../i18n';

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

/**
 * Everything the seller takes away, from the popup: every order (one row per line), every product row, every
 * customer with its tier, and the stock warnings — the four files a seller asks for most; the side panel's tabs
 * export what they show (SKU codes, titles, one tier, rejected rows).
 */
export function ExportAll(props: { db: ShopLensDatabase; now: number; settings: AnalyticsSettings; counts: Counts; download?(blob: Blob, file: string): void }) {
  const { db, now, settings, counts, download } = props;
  const { t } = useI18n();
  const sources = popupExportSources(db, now, settings);
  return (
    <section className="export-all" data-testid="export-all">
      <h2>{t('popupExportAll')}</h2>
      <ExportButton exporter={ordersExporter} source={sources.orders} total={sum(counts.orders)} label={t('popupExport_orders')} download={download} now={() => now} />
      <ExportButton exporter={productsExporter} source={sources.products} total={sum(counts.products)} label={t('popupExport_products')} download={download} now={() => now} />
      <ExportButton exporter={customersExporter(settings.rfm.windowDays)} source={sources.customers} label={t('popupExport_customers')} download={download} now={() => now} />
      <ExportButton exporter={stockExporter} source={sources.stock} label={t('popupExport_stock')} download={download} now={() => now} />
    </section>
  );
}
