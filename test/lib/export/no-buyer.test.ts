import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { computeRfmFromOrders } from '../../../lib/analytics/customers';
import { DEFAULT_SETTINGS } from '../../../lib/analytics/settings';
import { BOM, customersExporter, ordersExporter, toCsv, type Exporter } from '../../../lib/export';
import type { Order } from '../../../lib/domain';
import { DEMO_NOW } from '../../fixtures/data/shop';
import { demoRecords } from '../../support/demo-db';

// The demo shop with its PDD orders imported from PDD's order export, which has no buyer nickname column.
const { orders } = demoRecords();
const mix: Order[] = orders.map((o) => (o.platform === 'pdd' ? { ...o, buyer: '', url: '' } : o));

function records<Rec, Row>(exporter: Exporter<Rec, Row>, recs: Iterable<Rec>, lang: 'zh' | 'en' = 'zh'): Record<string, string>[] {
  const csv = toCsv(exporter, recs, lang);
  expect(csv.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('exports with orders without a buyer nickname', () => {
  it('the orders file writes every line of them, the buyer cell empty, the rest as for any order', () => {
    const rows = records(ordersExporter, mix);
    const lines = mix.reduce((n, o) => n + o.items.length, 0);
    expect(rows).toHaveLength(lines);
    const pdd = rows.filter((r) => r['平台'] === '拼多多');
    expect(pdd.length).toBe(mix.filter((o) => o.platform === 'pdd').reduce((n, o) => n + o.items.length, 0));
    expect(pdd.every((r) => r['买家昵称'] === '')).toBe(true);
    expect(rows.filter((r) => r['平台'] !== '拼多多').every((r) => r['买家昵称'] !== '')).toBe(true);
    // The same file as with the nicknames, but for that one column.
    const named = records(ordersExporter, orders);
    expect(rows.map((r) => ({ ...r, 买家昵称: '' }))).toEqual(named.map((r) => ({ ...r, 买家昵称: '' })));
    expect(records(ordersExporter, mix, 'en').filter((r) => r['Platform'] === 'Pinduoduo').every((r) => r['Buyer'] === '')).toBe(true);
  });

  it('the customers file lists only customers with a nickname', () => {
    const rfm = computeRfmFromOrders(mix, DEMO_NOW, DEFAULT_SETTINGS);
    const rows = records(customersExporter(DEFAULT_SETTINGS.rfm.windowDays), rfm.customers);
    expect(rfm.noBuyer.orders).toBeGreaterThan(0);
    expect(rows).toHaveLength(computeRfmFromOrders(orders.filter((o) => o.platform !== 'pdd'), DEMO_NOW, DEFAULT_SETTINGS).customers.length);
    expect(rows.some((r) => r['平台'] === '拼多多' || r['买家昵称'] === '')).toBe(false);
  });
});
