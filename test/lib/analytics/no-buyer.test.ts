import { describe, expect, it } from 'vitest';
import { computeRfmFromAggregates, computeRfmFromOrders, type RfmResult } from '../../../lib/analytics/customers';
import { applyDeltasInPlace, applyOrderChange, digestsOf, emptyAggregates, rebuildAggregates, ShardedAggregates, type Aggregates } from '../../../lib/analytics/derived';
import { dayKeyOf, dayRange } from '../../../lib/analytics/days';
import { computeKpis, computeKpisFromAggregates } from '../../../lib/analytics/kpi';
import { isCountedStatus } from '../../../lib/analytics/order-policy';
import { DEFAULT_SETTINGS } from '../../../lib/analytics/settings';
import { computeStock, computeStockFromAggregates } from '../../../lib/analytics/stock';
import { rankUrgent } from '../../../lib/analytics/urgent';
import { hasBuyer, type Order, type PlatformId } from '../../../lib/domain';
import { sortedRows } from '../../support/order-arbitraries';
import { DEMO_NOW } from '../../fixtures/data/shop';
import { demoRecords } from './demo-records';

/**
 * The demo shop (188 orders of 63 buyers on four platforms, 2025-04-05 … 2025-08-01) as a seller has it after
 * importing the Douyin and PDD order exports — which have no buyer nickname column — and capturing only the
 * recent list pages of those two consoles: their orders placed before July are known only from the files.
 */
const { orders: captured, products } = demoRecords();
const CUTOFF = Date.UTC(2025, 5, 30, 16); // 2025-07-01 00:00 Shanghai
const importedOnly = (o: Order) => (o.platform === 'douyin' || o.platform === 'pdd') && o.placedAt < CUTOFF;
const asImported = (o: Order): Order => ({ ...o, buyer: '', url: '' });
const mix = captured.map((o) => (importedOnly(o) ? asImported(o) : o));
const noBuyer = mix.filter((o) => !hasBuyer(o));
const countedNoBuyer = noBuyer.filter((o) => isCountedStatus(o.status));
const whole = dayRange('2025-04-01', '2025-08-02');

/** Derived rows kept by deltas, order by order, as ingest keeps them; throws on a delta that does not fit. */
function byDeltas(steps: [Order | undefined, Order][], rows: Aggregates = emptyAggregates()): Aggregates {
  for (const [previous, next] of steps) expect(applyDeltasInPlace(rows, applyOrderChange(previous, next))).toBe(0);
  return rows;
}

/** An RFM result as plain data, customers in id order. */
function plain(r: RfmResult) {
  return { ...r, customers: [...r.customers].sort((a, b) => (a.id < b.id ? -1 : 1)).map((c) => ({ ...c, reason: c.reason })) };
}

describe('orders without a buyer nickname (imported Douyin and PDD exports)', () => {
  it('the shop as set up: some orders of each of the two platforms have no nickname, some counted', () => {
    expect(new Set(noBuyer.map((o) => o.platform))).toEqual(new Set(['douyin', 'pdd']));
    expect(countedNoBuyer.length).toBeGreaterThan(10);
    expect(noBuyer.length).toBeGreaterThan(countedNoBuyer.length); // closed / refunded ones too
    expect(mix.filter(hasBuyer).some((o) => o.platform === 'douyin')).toBe(true);
  });

  it('count in the day rows and SKU sales as if they had one, in no buyer list and no customer', () => {
    const rows = rebuildAggregates(mix);
    const full = rebuildAggregates(captured);
    // SKU sales and every day's status tallies do not depend on who bought.
    expect(sortedRows(rows).skus).toEqual(sortedRows(full).skus);
    for (const [id, day] of full.days) {
      expect(rows.days.get(id)?.orders).toEqual(day.orders);
      expect(rows.days.get(id)?.fen).toEqual(day.fen);
    }
    // Each day's noBuyer holds exactly its counted orders without a nickname.
    const expected = new Map<string, [number, number]>();
    for (const o of countedNoBuyer) {
      const id = `${dayKeyOf(o.placedAt)}|${o.platform}`;
      const [n, fen] = expected.get(id) ?? [0, 0];
      expected.set(id, [n + 1, fen + o.paidFen]);
    }
    expect(new Map([...rows.days].filter(([, d]) => d.noBuyer).map(([id, d]) => [id, d.noBuyer]))).toEqual(expected);
    for (const d of rows.days.values()) expect(d.buyers.every(([b]) => b !== '')).toBe(true);
    // The customers are those of the orders with a nickname, no one keyed by anything else.
    expect(sortedRows(rows).customers).toEqual(sortedRows(rebuildAggregates(mix.filter(hasBuyer))).customers);
    expect([...rows.customers.values()].some((c) => c.buyer === '')).toBe(false);
  });

  it('kept by deltas (the import, then captures over it) equal a rebuild', () => {
    const rows = byDeltas(mix.map((o) => [undefined, o]));
    expect(sortedRows(rows)).toEqual(sortedRows(rebuildAggregates(mix)));
  });

  it('move into their customer when a capture of the list page fills the nickname in, as a rebuild would have them', () => {
    const rows = byDeltas(mix.map((o) => [undefined, o]));
    // The Douyin buyer with the most orders before July: known by their July orders only, until the fill-in.
    const douyinEarly = captured.filter((o) => o.platform === 'douyin' && o.placedAt < CUTOFF && isCountedStatus(o.status));
    const counts = new Map<string, number>();
    for (const o of douyinEarly) counts.set(o.buyer, (counts.get(o.buyer) ?? 0) + 1);
    const [buyer, early] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    const id = `douyin|${buyer}`;
    const before = rows.customers.get(id)?.orderCount ?? 0;
    // Re-captured: the stored version (buyer '') is replaced by the list page's (with the nickname).
    byDeltas(
      captured.filter(importedOnly).map((o) => [asImported(o), o]),
      rows,
    );
    expect(rows.customers.get(id)?.orderCount).toBe(before + early);
    expect(sortedRows(rows)).toEqual(sortedRows(rebuildAggregates(captured)));
    expect([...rows.days.values()].some((d) => d.noBuyer)).toBe(false);
  });

  it('are in GMV, orders and 笔单价 but not in buyers, repeat buyers or 客单价 — from the orders and from the day rows alike', () => {
    const rows = rebuildAggregates(mix);
    const k = computeKpis(mix, whole);
    expect(computeKpisFromAggregates(rows.days.values(), whole)).toEqual(k);
    const full = computeKpis(captured, whole);
    expect([k.total.gmvFen, k.total.orders, k.total.avgOrderFen]).toEqual([full.total.gmvFen, full.total.orders, full.total.avgOrderFen]);
    const fen = countedNoBuyer.reduce((s, o) => s + o.paidFen, 0);
    expect([k.total.noBuyerOrders, k.total.noBuyerFen]).toEqual([countedNoBuyer.length, fen]);
    const named = new Set(mix.filter((o) => hasBuyer(o) && isCountedStatus(o.status)).map((o) => `${o.platform}|${o.buyer}`));
    expect(k.total.buyers).toBe(named.size);
    expect(k.total.buyers).toBeLessThan(full.total.buyers);
    expect(k.total.aovFen).toBe(Math.round((k.total.gmvFen - fen) / named.size));
    expect(k.byPlatform.taobao).toEqual(full.byPlatform.taobao);
    expect(k.byPlatform.douyin.reason.zh).toContain('无买家昵称');
  });

  it('are left out of the customer tiers, counted with their amount — from the orders, the day rows and the stored counts alike', () => {
    const rows = rebuildAggregates(mix);
    const fromOrders = computeRfmFromOrders(mix, DEMO_NOW, DEFAULT_SETTINGS);
    expect(fromOrders.noBuyer).toEqual({ orders: countedNoBuyer.length, fen: countedNoBuyer.reduce((s, o) => s + o.paidFen, 0) });
    expect(fromOrders.customers.some((c) => c.buyer === '')).toBe(false);
    expect(fromOrders.counted + fromOrders.noBuyer.orders).toBe(computeRfmFromOrders(captured, DEMO_NOW, DEFAULT_SETTINGS).counted);
    expect(plain(computeRfmFromAggregates(rows.customers.values(), rows.days.values(), DEMO_NOW, DEFAULT_SETTINGS))).toEqual(plain(fromOrders));
    // The 客户 tab's read: the stored counts (orders by status and noBuyer per platform, lib/db readCustomers).
    const sharded = ShardedAggregates.fromAggregates(rows, digestsOf(mix));
    const noBuyerByPlatform = sharded.noBuyerTallies();
    expect(Object.keys(noBuyerByPlatform).sort()).toEqual(['douyin', 'pdd']);
    const tallies = Object.entries(sharded.orderTallies()).map(([p, orders]) => ({ orders, noBuyer: noBuyerByPlatform[p as PlatformId] }));
    expect(plain(computeRfmFromAggregates(rows.customers.values(), tallies, DEMO_NOW, DEFAULT_SETTINGS))).toEqual(plain(fromOrders));
  });

  it('sell stock like any order, and put no nameless customer on the urgent list', () => {
    const rows = rebuildAggregates(mix);
    const stock = computeStock(mix, products, DEFAULT_SETTINGS, DEMO_NOW);
    expect(stock).toEqual(computeStock(captured, products, DEFAULT_SETTINGS, DEMO_NOW));
    expect(computeStockFromAggregates(rows.skus.values(), rows.days.values(), products, DEFAULT_SETTINGS, DEMO_NOW)).toEqual(stock);
    // The customers, and so the 'slipping' items, are those of the named orders alone.
    const rfm = computeRfmFromOrders(mix, DEMO_NOW, DEFAULT_SETTINGS);
    const named = computeRfmFromOrders(mix.filter(hasBuyer), DEMO_NOW, DEFAULT_SETTINGS);
    expect(plain(rfm).customers).toEqual(plain(named).customers);
    const urgent = (customers: typeof rfm.customers) => rankUrgent({ rows: stock.rows, goods: stock.groups, customers }, DEFAULT_SETTINGS, 50);
    expect(urgent(rfm.customers)).toEqual(urgent(named.customers));
  });
});
