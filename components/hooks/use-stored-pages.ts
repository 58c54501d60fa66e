import { useMemo } from 'react';
import type { ShopLensDatabase } from '../../lib/db';
import { orderKey, productKey, readOrdersPage, readProductsPage } from '../../lib/db/export-pages';
import type { Order, Product } from '../../lib/domain';
import { pagedSource } from '../../lib/export';

/** Every stored order or product row, read a page at a time when iterated. */
export interface StoredPages {
  orders(): AsyncIterable<Order>;
  products(): AsyncIterable<Product>;
}

/**
 * Sources for exporting everything stored (ExportButton `source`): each call starts a key-range read of the
 * orders or product rows (lib/db export-pages, pages of 2000 by primary key), so a 200k-order export never holds
 * the table in memory twice nor slows down page by page.
 */
export function useStoredPages(db: ShopLensDatabase): StoredPages {
  return useMemo(
    () => ({
      orders: () => pagedSource((after, n) => readOrdersPage(db, after, n), orderKey),
      products: () => pagedSource((after, n) => readProductsPage(db, after, n), productKey),
    }),
    [db],
  );
}
