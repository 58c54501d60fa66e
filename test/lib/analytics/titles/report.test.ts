import { describe, expect, it } from 'vitest';
import type { Product } from '../../../../lib/domain';
import { computeTitleReport } from '../../../../lib/analytics/titles/report';
import { DEFAULT_SETTINGS } from '../../../../lib/analytics/settings';
import { DEMO_NOW, demoShop } from '../../../fixtures/data/shop';
import { DAY, demoOrders } from '../../../support/orders';

const shop = demoShop();
const products: Product[] = Object.values(shop.listings)
  .flat()
  .flatMap((l) =>
    l.skus.map((s) => ({ platform: l.platform, productId: l.productId, skuId: s.skuId, title: l.title, spec: s.spec, outerId: s.outerId, priceFen: s.priceFen, stock: s.stock, sales30d: s.sales30d, status: l.status, statusText: '', capturedAt: DEMO_NOW, url: '' })),
  );
const orders = demoOrders(shop);

describe('computeTitleReport on the demo shop', () => {
  const report = computeTitleReport(products, orders, DEMO_NOW, DEFAULT_SETTINGS);

  it('gives one listing and one check per listed product', () => {
    const listed = new Set(products.map((p) => `${p.platform}|${p.productId}`));
    expect(report.listings).toHaveLength(listed.size);
    expect(report.checks.map((c) => c.title)).toEqual(report.listings.map((l) => l.title));
    expect(report.listings.every((l) => l.source === 'orders')).toBe(true); // every platform has recent orders
  });

  it('suggests the Taobao T-shirt the 精梳棉 its JD twin sells with, citing the JD sales', () => {
    const tshirt = (p: string) => report.listings.find((l) => l.platform === p && l.title.includes('纯棉短袖T恤'))!;
    const jd = tshirt('jd');
    const jdSales = orders
      .filter((o) => o.platform === 'jd' && DEMO_NOW - o.placedAt <= 30 * DAY && ['paid', 'shipped', 'completed', 'refunding'].includes(o.status))
      .flatMap((o) => o.items)
      .filter((i) => i.productId === jd.productId)
      .reduce((s, i) => s + i.quantity * i.priceFen, 0);
    const tb = report.suggestions.find((s) => s.listing === tshirt('taobao'))!;
    const word = tb.suggestions.find((s) => s.word === '精梳棉')!;
    expect(word.evidence.map((l) => l.platform)).toContain('jd');
    expect(jd.salesFen).toBe(jdSales);
    expect(word.salesFen).toBe(jdSales);
  });

  it('keeps settings.titles.extraWords whole in the keyword scores', () => {
    const settings = { ...DEFAULT_SETTINGS, titles: { ...DEFAULT_SETTINGS.titles, extraWords: ['韩版宽松', '直播间专享'] } };
    const words = [...computeTitleReport(products, orders, DEMO_NOW, settings).keywords.values()].flat().map((k) => k.word);
    expect(words).toContain('韩版宽松');
    expect(words).toContain('直播间专享');
    expect(words).not.toContain('韩版');
  });

  it('finds no banned term in the demo titles and flags one when a title has it', () => {
    expect(report.checks.flatMap((c) => c.issues.filter((i) => i.kind === 'term'))).toEqual([]);
    const withBad = products.map((p) => (p.platform === 'pdd' ? { ...p, title: `${p.title}全网最低价` } : p));
    const checks = computeTitleReport(withBad, orders, DEMO_NOW, DEFAULT_SETTINGS).checks.filter((c) => c.platform === 'pdd');
    expect(checks.every((c) => c.issues.some((i) => i.kind === 'term' && i.hit.term === '最低价'))).toBe(true);
  });
});
