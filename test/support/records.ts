import type { Order, Product } from '../../lib/domain';

/** A realistic stored order; override what a test is about. */
export function order(over: Partial<Order> = {}): Order {
  return {
    platform: 'taobao',
    orderId: '4012345678901234567',
    buyer: 't**9',
    placedAt: Date.UTC(2025, 6, 30, 12, 15),
    status: 'paid',
    statusText: '买家已付款，等待卖家发货',
    paidFen: 41800,
    items: [{ title: '白鸭绒羽绒服女短款', spec: '颜色分类:黑色;尺码:M', productId: '731234567890', outerId: 'YRF-2409-01', quantity: 2, priceFen: 20900 }],
    capturedAt: Date.UTC(2025, 7, 1),
    url: 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
    ...over,
  };
}

/** A realistic stored product-level row. */
export function product(over: Partial<Product> = {}): Product {
  return {
    platform: 'taobao',
    productId: '731234567890',
    skuId: '',
    title: '白鸭绒羽绒服女短款2024冬季新款',
    spec: '',
    outerId: 'YRF-2409',
    priceFen: 39900,
    stock: 120,
    sales30d: 35,
    status: 'on_sale',
    statusText: '出售中',
    listedAt: Date.UTC(2025, 2, 2, 2),
    capturedAt: Date.UTC(2025, 7, 1),
    url: 'https://myseller.taobao.com/home.htm/SellManage/on_sale',
    ...over,
  };
}
