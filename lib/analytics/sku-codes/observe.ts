import type { Order, OrderItem, PlatformId, Product } from '../../domain';
import type { SkuObservation } from './identity';

/** One distinct SKU observation with when it was first seen and, for product rows, its listing date. */
export interface TimedObservation extends SkuObservation {
  seenAt: number;
  listedAt?: number;
}

/** Lines seen so far on one platform, by their strongest id (then spec). */
interface Tables {
  bySku: Map<string, TimedObservation>;
  byProduct: Map<string, Map<string, TimedObservation>>;
  byOuter: Map<string, Map<string, TimedObservation>>;
  byTitle: Map<string, Map<string, TimedObservation>>;
}

/**
 * Every distinct SKU observation in the captured records: product rows first (they carry the most ids and the
 * listing date), then order lines, each sorted by when first seen and then by text, so the result — and with
 * it the order codes are handed out in — does not depend on the order of the input arrays.
 * Order lines collapse by their strongest id (identity.ts: skuId, else productId + spec, else 商家编码 + spec,
 * else title + spec) into one observation with the earliest time; an id or code a later line adds is kept, so
 * no link between ids is lost. Orders of every status count: an unpaid order still shows the SKU exists.
 * Nested maps keyed by the record's own strings avoid building a key per line (500k lines).
 */
export function collectObservations(orders: readonly Order[], products: readonly Product[]): TimedObservation[] {
  const fromProducts: TimedObservation[] = products.map((p) => ({
    platform: p.platform,
    productId: p.productId,
    skuId: p.skuId,
    outerId: p.outerId,
    title: p.title,
    spec: p.spec,
    seenAt: p.firstSeenAt ?? p.capturedAt,
    listedAt: p.listedAt,
  }));
  const seen = new Map<PlatformId, Tables>();
  const lines: TimedObservation[] = [];
  for (const order of orders) {
    let tables = seen.get(order.platform);
    if (!tables) seen.set(order.platform, (tables = { bySku: new Map(), byProduct: new Map(), byOuter: new Map(), byTitle: new Map() }));
    for (const item of order.items) {
      let found: TimedObservation | undefined;
      let inner: Map<string, TimedObservation> | undefined;
      let outer: Map<string, Map<string, TimedObservation>> | undefined;
      const first = item.productId || item.outerId || item.title;
      if (item.skuId) found = tables.bySku.get(item.skuId);
      else {
        outer = item.productId ? tables.byProduct : item.outerId ? tables.byOuter : tables.byTitle;
        inner = outer.get(first);
        found = inner?.get(item.spec);
      }
      if (found) {
        if (order.placedAt < found.seenAt) found.seenAt = order.placedAt;
        if (!found.productId && item.productId) found.productId = item.productId;
        if (!found.outerId && item.outerId) found.outerId = item.outerId;
        continue;
      }
      const o = observationOf(order.platform, item, order.placedAt);
      lines.push(o);
      if (item.skuId) tables.bySku.set(item.skuId, o);
      else if (inner) inner.set(item.spec, o);
      else outer!.set(first, new Map([[item.spec, o]]));
    }
  }
  return [...fromProducts.sort(byTimeThenText), ...lines.sort(byTimeThenText)];
}

function observationOf(platform: PlatformId, item: OrderItem, placedAt: number): TimedObservation {
  return {
    platform,
    productId: item.productId ?? '',
    skuId: item.skuId ?? '',
    outerId: item.outerId ?? '',
    title: item.title,
    spec: item.spec,
    seenAt: placedAt,
  };
}

const FIELDS = ['platform', 'productId', 'skuId', 'outerId', 'title', 'spec'] as const;

function byTimeThenText(a: TimedObservation, b: TimedObservation): number {
  if (a.seenAt !== b.seenAt) return a.seenAt - b.seenAt;
  for (const f of FIELDS) if (a[f] !== b[f]) return a[f] < b[f] ? -1 : 1;
  return 0;
}
