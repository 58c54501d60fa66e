import type { Order, OrderItem, Product } from '../../lib/domain';
import { DEMO_NOW, STATUS_TEXT, demoShop, type DemoShop } from '../fixtures/data/shop';

/** "Now" of the analytics tests: 2025-08-01 10:00 Asia/Shanghai. */
export const NOW = Date.UTC(2025, 7, 1, 2, 0, 0);
export const DAY = 86_400_000;
export const HOUR = 3_600_000;

let serial = 0;

/** A stored order with realistic defaults; override what the test is about. */
export function makeOrder(over: Partial<Order> & { items?: OrderItem[] } = {}): Order {
  serial++;
  return {
    platform: 'taobao',
    orderId: String(4_000_000_000_000_000_000n + BigInt(serial)),
    buyer: 'tb_小鹿乱撞',
    placedAt: NOW - DAY,
    status: 'completed',
    statusText: '交易成功',
    paidFen: 10_000,
    items: [{ title: '白鸭绒羽绒服女短款2024冬季新款加厚保暖外套', spec: '颜色分类:黑色;尺码:M', productId: '652341298812', skuId: '4961234567', outerId: 'YRF-2409-01', quantity: 1, priceFen: 10_000 }],
    capturedAt: NOW,
    url: 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
    ...over,
  };
}

/** Orders of one buyer placed `daysAgo` days before NOW (fractions allowed), each paying `fen`. */
export function ordersOf(buyer: string, daysAgo: number[], fen: number | number[], over: Partial<Order> = {}): Order[] {
  return daysAgo.map((d, i) => makeOrder({ buyer, placedAt: NOW - Math.round(d * DAY), paidFen: Array.isArray(fen) ? fen[i]! : fen, ...over }));
}

/** A stored product (SKU) row; override what the test is about. */
export function makeProduct(over: Partial<Product> = {}): Product {
  return {
    platform: 'taobao',
    productId: '652341298812',
    skuId: '',
    title: '白鸭绒羽绒服女短款2024冬季新款加厚保暖外套',
    spec: '',
    outerId: 'YRF-2409',
    priceFen: 39_900,
    stock: 120,
    status: 'on_sale',
    statusText: '出售中',
    capturedAt: NOW,
    url: 'https://myseller.taobao.com/home.htm/SellManage/on_sale',
    ...over,
  };
}

/** The demo shop's orders as stored records (status text and capture fields filled in plainly). */
export function demoOrders(shop: DemoShop = demoShop()): Order[] {
  return Object.values(shop.orders)
    .flat()
    .map((o) => ({
      platform: o.platform,
      orderId: o.orderId,
      buyer: o.buyer,
      placedAt: o.placedAt,
      status: o.status,
      statusText: STATUS_TEXT[o.platform][o.status].status,
      paidFen: o.paidFen,
      items: o.lines.map((l) => ({
        title: l.listing.title,
        spec: l.sku.spec,
        productId: l.listing.productId,
        skuId: l.sku.skuId,
        ...(l.sku.outerId ? { outerId: l.sku.outerId } : {}),
        quantity: l.quantity,
        priceFen: l.priceFen,
      })),
      capturedAt: DEMO_NOW,
      url: '',
    }));
}
