import * as aq from 'arquero';
import type { Order } from '../../lib/domain';

const { op } = aq;
const DAY = 86_400_000;
const SHANGHAI = 8 * 3_600_000;

// Arquero compiles each expression from the function's source text: rows and params are untyped there.
type Row = Record<string, any>;
type Params = Row;

/** The orders and their lines as column tables: Arquero works on columns, the store holds order objects. */
export interface ArqueroTables {
  orders: aq.ColumnTable;
  lines: aq.ColumnTable;
}

/**
 * Flattens the stored orders into two column tables (one row per order, one per order line) — the step
 * Arquero needs before any group-by, timed on Arquero's side. Plain loops into preallocated arrays: the
 * cheapest way to feed it (aq.from over objects is slower).
 */
export function toArqueroTables(orders: readonly Order[]): ArqueroTables {
  const n = orders.length;
  const platform = new Array<string>(n);
  const buyer = new Array<string>(n);
  const status = new Array<string>(n);
  const placedAt = new Float64Array(n);
  const paidFen = new Float64Array(n);
  let lineCount = 0;
  for (const o of orders) lineCount += o.items.length;
  const lPlatform = new Array<string>(lineCount);
  const lProduct = new Array<string>(lineCount);
  const lSku = new Array<string>(lineCount);
  const lStatus = new Array<string>(lineCount);
  const lPlacedAt = new Float64Array(lineCount);
  const lQuantity = new Float64Array(lineCount);
  let l = 0;
  for (let i = 0; i < n; i++) {
    const o = orders[i]!;
    platform[i] = o.platform;
    buyer[i] = o.buyer;
    status[i] = o.status;
    placedAt[i] = o.placedAt;
    paidFen[i] = o.paidFen;
    for (const item of o.items) {
      lPlatform[l] = o.platform;
      lProduct[l] = item.productId ?? '';
      lSku[l] = item.skuId ?? '';
      lStatus[l] = o.status;
      lPlacedAt[l] = o.placedAt;
      lQuantity[l++] = item.quantity;
    }
  }
  return {
    orders: aq.table({ platform, buyer, status, placedAt, paidFen }),
    lines: aq.table({ platform: lPlatform, productId: lProduct, skuId: lSku, status: lStatus, placedAt: lPlacedAt, quantity: lQuantity }),
  };
}

// The counted statuses of lib/analytics/order-policy.ts, written as an Arquero expression (Arquero compiles
// the function's source, so it cannot call isCountedStatus).
const counted = (d: Row) => d.status === 'paid' || d.status === 'shipped' || d.status === 'completed' || d.status === 'refunding';

/** R/F/M per customer (platform + nickname): last order, counted orders, amount, over counted orders up to now. */
export function arqueroRfm(t: ArqueroTables, now: number): aq.ColumnTable {
  return t.orders
    .params({ now })
    .filter((d: Row, $: Params) => (d.status === 'paid' || d.status === 'shipped' || d.status === 'completed' || d.status === 'refunding') && d.placedAt <= $.now)
    .groupby('platform', 'buyer')
    .rollup({ lastAt: op.max('placedAt'), orders: op.count(), fen: op.sum('paidFen') });
}

/**
 * GMV, counted orders and distinct buyers per Asia/Shanghai day × platform, and per platform over [from, to)
 * (distinct buyers do not add up over days, so the range needs its own group-by).
 */
export function arqueroKpis(t: ArqueroTables, from: number, to: number): { daily: aq.ColumnTable; range: aq.ColumnTable } {
  const inRange = t.orders.params({ from, to, DAY, SHANGHAI }).filter(counted).filter((d: Row, $: Params) => d.placedAt >= $.from && d.placedAt < $.to);
  const daily = inRange
    .derive({ day: (d: Row, $: Params) => op.floor((d.placedAt + $.SHANGHAI) / $.DAY) })
    .groupby('day', 'platform')
    .rollup({ gmvFen: op.sum('paidFen'), orders: op.count(), buyers: op.distinct('buyer') });
  const range = inRange.groupby('platform').rollup({ gmvFen: op.sum('paidFen'), orders: op.count(), buyers: op.distinct('buyer') });
  return { daily, range };
}

/** Units per platform SKU over counted order lines placed in [from, now]. */
export function arqueroSkuUnits(t: ArqueroTables, from: number, now: number): aq.ColumnTable {
  return t.lines
    .params({ from, now })
    .filter(counted)
    .filter((d: Row, $: Params) => d.placedAt >= $.from && d.placedAt <= $.now)
    .groupby('platform', 'productId', 'skuId')
    .rollup({ units: op.sum('quantity') });
}

/** Sum of a numeric column (for checking the baseline computes what ours does). */
export const columnSum = (t: aq.ColumnTable, name: string): number => t.rollup({ s: op.sum(name) }).get('s', 0) as number;
