/** The PDD readers, one module per list: orders (extract-orders.ts) and goods (extract-products.ts). */
export { eachOrderRow, extractOrders } from './extract-orders';
export { extractProducts } from './extract-products';
