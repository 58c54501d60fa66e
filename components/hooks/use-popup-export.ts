import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { ShopLensDatabase } from '../../lib/db';
import { orderKey, productKey, readOrdersPage, readProductsPage } from '../../lib/db/export-pages';
import { readRfm, readStockReport } from '../../lib/db/urgent';
import type { Order, Product } from '../../lib/domain';
import { pagedSource } from '../../lib/export';

/**
 * The popup's "export everything" sources: every order and product row read page by page in key order (never
 * the whole table at once), and the customer tiers and stock warnings worked out when the button is pressed.
 */
export function popupExportSources(db: ShopLensDatabase, now: number, settings: AnalyticsSettings) {
  return {
    orders: (): AsyncIterable<Order> => pagedSource((after, limit) => readOrdersPage(db, after, limit), orderKey),
    products: (): AsyncIterable<Product> => pagedSource((after, limit) => readProductsPage(db, after, limit), productKey),
    async *customers() {
      yield* (await readRfm(db, now, settings)).customers;
    },
    async *stock() {
      yield* (await readStockReport(db, now, settings)).rows.filter((r) => r.leaf);
    },
  };
}
