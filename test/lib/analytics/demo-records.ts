import type { Order, PlatformId, Product } from '../../../lib/domain';
import { DEMO_NOW, demoShop, type DemoListing } from '../../fixtures/data/shop';

/**
 * The demo shop as stored records, with the id coverage each console really gives (design.md §4,
 * research/platform-pages.md §5): Taobao and Pinduoduo product pages are product-level (skuId '', the goods
 * code) and their order lines carry the product id and the SKU's 商家编码 but no SKU id; Douyin and JD product
 * pages list SKUs; Douyin lines carry product and SKU ids, JD lines the SKU id and 货号 but no product id.
 * Douyin's product page shows no listing date.
 */
const PRODUCT_LEVEL: Record<PlatformId, boolean> = { taobao: true, douyin: false, jd: false, pdd: true };

function productRows(l: DemoListing): Product[] {
  const common = {
    platform: l.platform,
    productId: l.productId,
    title: l.title,
    status: l.status,
    statusText: '',
    capturedAt: DEMO_NOW,
    url: '',
    ...(l.platform === 'douyin' ? {} : { listedAt: l.listedAt }),
  };
  if (PRODUCT_LEVEL[l.platform]) {
    return [
      {
        ...common,
        skuId: '',
        spec: '',
        outerId: l.outerId,
        priceFen: Math.min(...l.skus.map((s) => s.priceFen)),
        stock: l.skus.reduce((n, s) => n + s.stock, 0),
        sales30d: l.skus.reduce((n, s) => n + s.sales30d, 0),
      },
    ];
  }
  return l.skus.map((s) => ({ ...common, skuId: s.skuId, spec: s.spec, outerId: s.outerId, priceFen: s.priceFen, stock: s.stock, sales30d: s.sales30d }));
}

/** Orders and products of the demo shop, all four platforms. */
export function demoRecords(): { orders: Order[]; products: Product[] } {
  const shop = demoShop();
  const products = Object.values(shop.listings).flatMap((ls) => ls.flatMap(productRows));
  const orders: Order[] = Object.values(shop.orders).flatMap((os) =>
    os.map((o) => ({
      platform: o.platform,
      orderId: o.orderId,
      buyer: o.buyer,
      placedAt: o.placedAt,
      status: o.status,
      statusText: '',
      paidFen: o.paidFen,
      capturedAt: DEMO_NOW,
      url: '',
      items: o.lines.map((line) => ({
        title: line.listing.title,
        spec: line.sku.spec,
        ...(o.platform === 'jd' ? {} : { productId: line.listing.productId }),
        ...(o.platform === 'douyin' || o.platform === 'jd' ? { skuId: line.sku.skuId } : {}),
        ...(line.sku.outerId ? { outerId: line.sku.outerId } : {}),
        quantity: line.quantity,
        priceFen: line.priceFen,
      })),
    })),
  );
  return { orders, products };
}
