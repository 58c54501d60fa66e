/**
 * What does every order add up to, kept current? The derived tables (per customer, per day, per SKU), their
 * upkeep by deltas at ingest, their storage as day shards, and a rebuild from the orders.
 */
export { applyDeltasInPlace } from './apply';
export { applyOrderChange, type AggregateDelta } from './delta';
export { rebuildAggregates } from './rebuild';
export { CUSTOMER_BUCKETS, CUSTOMER_PREFIX } from './customer-buckets';
export { RESET_WATERMARK, checkDaySample, checkShards, decodeShards, isCurrentMeta, parseShardMeta, pickSampleDay, type DecodedShards, type ShardProblem } from './check';
export { emptyAggregates, type Aggregates, type CustomerStats, type DailyStats, type SkuStats, type StatusTally } from './schema';
export {
  META_ID,
  SHARD_FORMAT,
  SKU_PREFIX,
  ShardedAggregates,
  aggregatesFromShards,
  dayShardRange,
  digestsOf,
  firstDayShards,
  orderDigest,
  orderKeyOf,
  type DigestEntry,
  type ShardMeta,
  type ShardRow,
  type StoredCounts,
} from './shards';
export { skuSalesFromAggregates, skuSalesFromOrders, trailingDays } from './sku';
export { skuDaysAsOrders, windowParts, type WindowParts } from './window-sales';
