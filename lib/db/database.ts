import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Capture, Order, PlatformId, Product } from '../domain';

/** Primary keys of the public tables (design.md §2). */
export type OrderKey = [PlatformId, string];
export type ProductKey = [PlatformId, string, string];

/** A stored unified SKU code; the full shape is lib/domain's SkuCode once issue 3 lands. */
export interface SkuCodeRow {
  code: string;
  platform: PlatformId;
  productId: string;
  skuId: string;
  outerId: string;
  [field: string]: unknown;
}

/**
 * The `shoplens` database. Table names, keys and indexed fields are a public contract (README "Data model"):
 * add tables and versions, never rename. Every change to `stores()` is a new version with an upgrade that
 * keeps all captured data; test/lib/db/database.test.ts opens each version over data of the previous one.
 */
export class ShopLensDatabase extends Dexie {
  orders!: Table<Order, OrderKey>;
  products!: Table<Product, ProductKey>;
  skuCodes!: EntityTable<SkuCodeRow, 'code'>;
  captures!: EntityTable<Capture, 'id'>;

  constructor(name = 'shoplens', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      // Indexed: platform (per-platform counts), placedAt (date ranges), buyer (one customer's orders).
      orders: '[platform+orderId], platform, placedAt, buyer',
      products: '[platform+productId+skuId], platform, outerId',
      skuCodes: 'code, [platform+productId+skuId], outerId',
      captures: '++id, at, platform',
    });
  }
}
