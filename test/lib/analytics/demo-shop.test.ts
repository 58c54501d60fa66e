import { describe, expect, it } from 'vitest';
import { isCountedStatus } from '../../../lib/analytics/order-policy';
import { DEFAULT_SETTINGS } from '../../../lib/analytics/settings';
import { assignSkuCodes, groupOfProduct, linkSkus } from '../../../lib/analytics/sku-codes';
import { computeStock } from '../../../lib/analytics/stock';
import { SkuCodeSchema, type PlatformId } from '../../../lib/domain';
import { CATALOGUE } from '../../fixtures/data/catalogue';
import { DEMO_NOW, demoShop } from '../../fixtures/data/shop';
import { demoRecords } from './demo-records';
import { at } from './records';

/**
 * The SKU codes, links and stock figures over the whole demo shop (four platforms, four spec formats, product-
 * and SKU-level rows). Every expectation is read from the demo shop's own data or the catalogue by hand, never
 * from the functions under test.
 */
const shop = demoShop();
const { orders, products } = demoRecords();
const assignment = assignSkuCodes([], orders, products, DEFAULT_SETTINGS, DEMO_NOW);
const codes = [...assignment.byCode.values()];
const links = linkSkus(codes, [], DEFAULT_SETTINGS);

/** The size each catalogue spec names, by hand. */
const SIZE_OF_SPEC: Record<string, string> = {
  '颜色分类:黑色;尺码:M': 'M', '颜色分类:黑色;尺码:L': 'L', '颜色分类:米白;尺码:M': 'M', '颜色分类:米白;尺码:XL': 'XL',
  '颜色分类:蓝色碎花;尺码:S': 'S', '颜色分类:蓝色碎花;尺码:M': 'M', '颜色分类:蓝色碎花;尺码:L': 'L',
  '颜色分类:白色;尺码:L': 'L', '颜色分类:白色;尺码:XL': 'XL', '颜色分类:黑色;尺码:2XL': '2XL', '颜色分类:黑色;尺码:XXL': '2XL',
  '颜色分类:浅蓝;尺码:26': '26', '颜色分类:浅蓝;尺码:27': '27', '颜色分类:深蓝;尺码:28': '28',
  '颜色:曜石黑': 'F', '颜色:珍珠白': 'F', '长度:1米': 'F', '长度:2米': 'F', '规格:10片装': 'F', '净含量:500g': 'F',
  '规格:1.5m床': '150', '规格:1.8m床': '180', '颜色:灰色;尺码:40': '40', '颜色:灰色;尺码:41': '41', '颜色:黑色;尺码:42': '42',
  '颜色:黑色': 'F', '型号:iPhone15': 'F', '型号:iPhone15 Pro': 'F',
};

describe('the demo shop: SKU codes', () => {
  it('gives every SKU a valid, unique four-layer code', () => {
    expect(new Set(codes.map((c) => c.code)).size).toBe(codes.length);
    for (const c of codes) {
      expect(SkuCodeSchema.safeParse(c).success).toBe(true);
      expect(c.code).toMatch(/^(TB|DY|JD|DD)-(0[1-9]|99)-[0-9A-Z.]+-\d{4}(-\d{2,})?$/);
    }
  });

  it('reads the size from all four spec formats the same way', () => {
    let checked = 0;
    for (const platform of ['taobao', 'douyin', 'jd', 'pdd'] as PlatformId[]) {
      for (const listing of shop.listings[platform]) {
        listing.goods.specs.forEach((raw, i) => {
          const sku = listing.skus[i]!;
          const code = assignment.lookup({ platform, productId: listing.productId, skuId: sku.skuId, outerId: sku.outerId, title: listing.title, spec: sku.spec });
          if (!code) return; // a Taobao/Pinduoduo SKU never ordered has no record of its own
          expect([platform, sku.spec, code.size]).toEqual([platform, sku.spec, SIZE_OF_SPEC[raw]]);
          checked++;
        });
      }
    }
    expect(checked).toBeGreaterThan(60);
  });
});

describe('the demo shop: links', () => {
  it('groups each coded goods of the catalogue on exactly the platforms that list it', () => {
    const expected = CATALOGUE.filter((g) => g.outerId).map((g) => [`goods:${g.outerId}`, [...g.on].sort()]);
    expect(links.groups.map((g) => [g.id, [...g.platforms].sort()])).toEqual(expected.sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
  });

  it('offers the uncoded phone case as a probable match between Pinduoduo and Douyin, one per spec ordered on Pinduoduo', () => {
    const caseSpecs = new Set(shop.orders.pdd.flatMap((o) => o.lines.filter((l) => !l.listing.outerId).map((l) => l.sku.spec)));
    expect(links.matches.map((m) => m.score)).toEqual([...caseSpecs].map(() => 1));
    for (const m of links.matches) expect([assignment.byCode.get(m.aCode)!.platform, assignment.byCode.get(m.bCode)!.platform].sort()).toEqual(['douyin', 'pdd']);
  });
});

describe('the demo shop: stock', () => {
  const report = computeStock(orders, products, DEFAULT_SETTINGS, DEMO_NOW, groupOfProduct(assignment, links, 'goods'));
  const from30 = at(2025, 7, 3);

  it('counts from captured orders everywhere: every platform’s orders reach back past 60 days', () => {
    for (const platform of ['taobao', 'douyin', 'jd', 'pdd'] as PlatformId[]) {
      expect(Math.min(...shop.orders[platform].map((o) => o.placedAt))).toBeLessThanOrEqual(at(2025, 6, 3));
    }
    expect(new Set(report.rows.map((r) => r.sales.source))).toEqual(new Set(['orders']));
  });

  it('sums the units of each listing (product-level rows) and each SKU (SKU rows) sold in the last 30 days', () => {
    const units = new Map<string, number>();
    for (const list of Object.values(shop.orders)) {
      for (const o of list) {
        if (!isCountedStatus(o.status) || o.placedAt < from30) continue;
        for (const l of o.lines) {
          units.set(l.listing.productId, (units.get(l.listing.productId) ?? 0) + l.quantity);
          units.set(l.sku.skuId, (units.get(l.sku.skuId) ?? 0) + l.quantity);
        }
      }
    }
    for (const r of report.rows) expect([r.productId, r.skuId, r.sales.units]).toEqual([r.productId, r.skuId, units.get(r.skuId || r.productId) ?? 0]);
  });

  it('sums each linked goods over its platforms', () => {
    const yrf = report.groups.find((g) => g.id === 'goods:YRF-2409')!;
    const stock = Object.values(shop.listings)
      .flat()
      .filter((l) => l.outerId === 'YRF-2409')
      .reduce((n, l) => n + l.skus.reduce((m, s) => m + s.stock, 0), 0);
    expect(yrf.stock).toBe(stock);
    expect(yrf.platforms.map((p) => p.platform).sort()).toEqual(['douyin', 'jd', 'pdd', 'taobao']);
  });
});
