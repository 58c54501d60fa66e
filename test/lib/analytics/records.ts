import type { Order, OrderItem, Product } from '../../../lib/domain';

/** 2025-08-01 10:00 Asia/Shanghai: "now" in the hand-built cases. */
export const NOW = Date.UTC(2025, 7, 1, 2, 0, 0);
export const DAY = 86_400_000;

/** An Asia/Shanghai wall-clock time as epoch ms: at(2025, 7, 3) is 2025-07-03 00:00 in Shanghai. */
export function at(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return Date.UTC(year, month - 1, day, hour - 8, minute, second);
}

/** A stored product row with plain defaults; pass what the case is about. */
export function product(p: Partial<Product> & Pick<Product, 'platform' | 'productId'>): Product {
  return {
    skuId: '',
    title: '测试商品',
    spec: '',
    outerId: '',
    priceFen: 1000,
    stock: 0,
    status: 'on_sale',
    statusText: '出售中',
    capturedAt: NOW,
    url: '',
    ...p,
  };
}

let serial = 0;

/** A stored order of one or more lines, completed unless told otherwise. */
export function order(o: Partial<Omit<Order, 'items'>> & Pick<Order, 'platform' | 'placedAt'>, ...items: Partial<OrderItem>[]): Order {
  serial += 1;
  return {
    orderId: String(1_000_000 + serial),
    buyer: 'buyer',
    status: 'completed',
    statusText: '交易成功',
    paidFen: 1000,
    capturedAt: NOW,
    url: '',
    ...o,
    items: items.map((it) => ({ title: '测试商品', spec: '', quantity: 1, priceFen: 1000, ...it })),
  };
}
