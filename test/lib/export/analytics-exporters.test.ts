import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { computeRfmFromOrders, TIERS } from '../../../lib/analytics/customers';
import { DEFAULT_SETTINGS } from '../../../lib/analytics/settings';
import { assignSkuCodes, groupOfProduct, linkSkus, createSkuIndex } from '../../../lib/analytics/sku-codes';
import { computeStock } from '../../../lib/analytics/stock';
import { computeTitleReport } from '../../../lib/analytics/titles';
import {
  BOM,
  customersExporter,
  skuCodeLines,
  skuCodesExporter,
  stockExporter,
  stockMovesExporter,
  titlesExporter,
  toCsv,
  type Exporter,
} from '../../../lib/export';
import { DEMO_NOW } from '../../fixtures/data/shop';
import { demoRecords } from '../../support/demo-db';

const now = DEMO_NOW;
const { orders, products } = demoRecords();

/** The file as header → value records (papaparse reads it back; the header row must be unique). */
function records<Rec, Row>(exporter: Exporter<Rec, Row>, recs: Iterable<Rec>, lang: 'zh' | 'en' = 'zh'): Record<string, string>[] {
  const csv = toCsv(exporter, recs, lang);
  expect(csv.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(new Set(parsed.meta.fields).size).toBe(exporter.columns.length);
  return parsed.data;
}

describe('customers export (a campaign list per tier)', () => {
  const rfm = computeRfmFromOrders(orders, now, DEFAULT_SETTINGS);
  const dormant = rfm.customers.filter((c) => c.tier === 'dormant');

  it('writes each customer of a tier with the tier, its reason, playbook and figures', () => {
    expect(dormant.length).toBeGreaterThan(0);
    const rows = records(customersExporter(DEFAULT_SETTINGS.rfm.windowDays), dormant);
    expect(rows).toHaveLength(dormant.length);
    const first = dormant[0]!;
    expect(rows[0]).toMatchObject({
      买家昵称: first.buyer,
      客户分层: '沉睡用户',
      分层原因: first.reason.zh,
      运营建议: TIERS.dormant.playbook.zh,
      累计订单数: String(first.totalOrders),
      [`近${DEFAULT_SETTINGS.rfm.windowDays}天消费(元)`]: (first.monetaryFen / 100).toFixed(2),
      RFM: `="${first.code}"`,
    });
    expect(rows.every((r) => r['客户分层'] === '沉睡用户')).toBe(true);
  });

  it('has English headers and words', () => {
    const [row] = records(customersExporter(), [dormant[0]!], 'en');
    expect(row).toMatchObject({ Tier: 'Dormant buyer', 'Why this tier': dormant[0]!.reason.en });
  });
});

describe('stock warnings export', () => {
  const codes = assignSkuCodes([], orders, products, DEFAULT_SETTINGS, now);
  const all = [...codes.byCode.values()];
  const links = linkSkus(all, [], DEFAULT_SETTINGS);
  const index = createSkuIndex(all);
  const report = computeStock(orders, products, DEFAULT_SETTINGS, now, groupOfProduct({ lookup: (o) => index.find(o)?.code }, links, 'goods'));
  const warned = report.rows.filter((r) => r.leaf && r.warnings.length > 0);

  it('writes each warned row with its warnings, their reasons and the figures', () => {
    expect(warned.length).toBeGreaterThan(0);
    const rows = records(stockExporter, warned);
    const out = warned.findIndex((r) => r.warnings.some((w) => w.kind === 'outOfStock'));
    expect(out).toBeGreaterThanOrEqual(0);
    expect(rows[out]?.['提醒']).toContain('断货');
    expect(rows[out]?.['提醒原因']).toContain(warned[out]!.warnings[0]!.reason.zh);
    expect(rows[out]?.['库存']).toBe('0');
    const slow = warned.findIndex((r) => r.warnings.some((w) => w.kind === 'slowMover'));
    expect(slow).toBeGreaterThanOrEqual(0);
    expect(rows[slow]?.['清仓步骤']).toContain('会员专属折扣');
    expect(rows[slow]?.['滞销窗口天数']).toBe(String(DEFAULT_SETTINGS.stock.slowWindowDays));
    expect(Number(rows[slow]?.['滞销窗口销量'])).toBeCloseTo(warned[slow]!.slow.units!, 1);
    rows.forEach((r, i) => expect(r['商品标题']).toBe(warned[i]!.title));
  });

  it('writes each suggested move between platforms', () => {
    const goods = report.groups.filter((g) => g.moves.length > 0);
    const rows = records(stockMovesExporter, goods);
    expect(rows).toHaveLength(goods.reduce((n, g) => n + g.moves.length, 0));
    expect(goods.length).toBeGreaterThan(0);
    expect(rows[0]?.['原因']).toBe(goods[0]!.moves[0]!.reason.zh);
    expect(Number(rows[0]?.['合计滞销窗口销量'])).toBeCloseTo(goods[0]!.slow.units!, 1);
  });
});

describe('unified SKU codes export', () => {
  const all = [...assignSkuCodes([], orders, products, DEFAULT_SETTINGS, now).byCode.values()];
  const links = linkSkus(all, [], DEFAULT_SETTINGS);

  it('writes every code with its aliases and the linked goods across platforms', () => {
    const lines = skuCodeLines(all, links);
    const rows = records(skuCodesExporter, lines);
    expect(rows).toHaveLength(all.length);
    const linked = lines.findIndex((l) => (l.goods?.platforms.length ?? 0) >= 2);
    expect(linked).toBeGreaterThanOrEqual(0);
    const row = rows[linked]!;
    expect(row['统一编码']).toBe(lines[linked]!.code.code);
    expect(row['别名']?.split(' | ')).toEqual(lines[linked]!.code.aliases);
    expect(row['关联商品']).toBe(lines[linked]!.goods!.title);
    expect(row['关联平台']?.split('、').length).toBe(lines[linked]!.goods!.platforms.length);
    expect(row['年月层']).toBe(`="${lines[linked]!.code.yymm}"`);
  });
});

describe('title checks export', () => {
  const report = computeTitleReport(products, orders, now, DEFAULT_SETTINGS);
  const lines = report.listings.map((listing, i) => ({ listing, check: report.checks[i]!, suggestions: report.suggestions[i]?.suggestions ?? [] }));

  it('writes each listing with its issues and suggested words', () => {
    const rows = records(titlesExporter, lines);
    expect(rows).toHaveLength(lines.length);
    const withIssue = lines.findIndex((l) => l.check.issues.length > 0);
    const withWords = lines.findIndex((l) => l.suggestions.length > 0);
    expect(withIssue).toBeGreaterThanOrEqual(0);
    expect(withWords).toBeGreaterThanOrEqual(0);
    expect(rows[withIssue]?.['问题']).toContain(lines[withIssue]!.check.issues[0]!.reason.zh);
    expect(rows[withWords]?.['建议加入的词']).toBe(lines[withWords]!.suggestions.map((s) => s.word).join(' '));
    expect(rows[withWords]?.['建议依据']).toContain(lines[withWords]!.suggestions[0]!.reason.zh);
  });
});
