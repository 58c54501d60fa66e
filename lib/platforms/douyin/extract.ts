/** The 抖店 readers: 订单管理 (extract-orders.ts, both eras) and 商品管理 (extract-products.ts). */
export { eachOrderRow, extractOrders } from './extract-orders';
export { extractProducts } from './extract-products';
