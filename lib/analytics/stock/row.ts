import type { PlatformId } from '../../domain';
import type { GroupRef } from '../sku-codes';
import type { Reason } from '../reason';
import type { AbcClass } from './abc';
import type { StockMetrics } from './rules';
import type { WindowSales } from './sales';

/** Stock figures and warnings of one captured product row (a SKU, or a whole product when skuId is ''). */
export interface StockRow extends StockMetrics {
  /** Index of the row in the products passed in. */
  row: number;
  platform: PlatformId;
  productId: string;
  skuId: string;
  title: string;
  spec: string;
  outerId: string;
  level: 'sku' | 'product';
  /** False for a product-level row whose SKU rows are captured too: its figures repeat theirs. */
  leaf: boolean;
  category: string;
  stock: number;
  sales: WindowSales;
  slow: WindowSales;
  /** ABC class among the leaf rows (undefined for other rows and rows with no sales figure). */
  abc?: AbcClass;
  group?: GroupRef;
  /** Where the sales figure came from. */
  reason: Reason;
}
