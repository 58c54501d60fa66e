/**
 * How is the shop doing? GMV, orders, buyers, 客单价, repurchase and refund rates per platform and in total,
 * for any range and per day, from the derived tables or straight from the orders.
 */
export { computeDailyKpisFromAggregates, computeKpisFromAggregates } from './from-derived';
export { computeDailyKpis, computeKpis } from './from-orders';
export type { DailyKpis, KpiReport, Kpis } from './tally';
