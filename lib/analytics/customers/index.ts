/**
 * Who are my customers and how should I treat each? RFM scores, the 8-class model, the named tiers with their
 * playbooks, and the reason line for every customer.
 */
export type { CustomerRfm } from './customer';
export { computeRfmFromAggregates } from './from-derived';
export { computeRfmFromOrders, type NoBuyerOrders, type RfmResult } from './rfm';
export { SEGMENTS } from './scores';
export { TIERS, type NamedTier } from './tiers';
