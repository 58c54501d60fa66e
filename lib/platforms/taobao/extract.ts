// The Taobao readers, one file per list: the sold-orders list and the product list.
export { eachOrderRow, extractOrderRows } from './extract-orders';
export { extractProductRows } from './extract-products';
