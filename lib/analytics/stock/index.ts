/**
 * What must I reorder, clear or move between platforms? Safety stock, 补货/断货/滞销 warnings, days of cover,
 * ABC classes and cross-platform moves per product row and per linked goods.
 */
export { computeStock, computeStockFromAggregates, type GoodsStock, type StockReport, type StockRow } from './report';
export type { StockWarning } from './rules';
export { windowStart } from './sales';
