// @vitest-environment jsdom
import type { Order, Product } from '../../../../lib/domain';
import { DEMO_PAGES, type DemoPage } from '../../../fixtures/pages';
import { loadPage, withoutCapture } from '../../../support/fixtures';
import { readDocument, readVariant, serialized, variantsFor, type PageVariant } from '../../../support/page-variants';
import { DIV_ROW_VARIANTS, ORDER_VARIANTS } from './order-variants';
import { PRODUCT_VARIANTS } from './product-variants';

// 抖店's own page variants (metamorphic): each redraws a demo page the way a real 抖店 build or era draws it
// (real-evidence.md), and the reader must store the same records — or the difference the variant names, as
// a function of the page's own records. The generic variants (test/lib/platforms/page-variants.test.ts)
// run over the same pages as well.

/** Whole-page reads under a loaded machine: well over vitest's 5 s default. */
const SLOW = { timeout: 60_000 };
const page = (name: string) => DEMO_PAGES.find((p) => p.name === name)!;
const originals = new Map<string, ReturnType<typeof readDocument>>();
const original = (p: DemoPage) => {
  if (!originals.has(p.name)) originals.set(p.name, readDocument(p, loadPage(p.name)));
  return originals.get(p.name)!;
};

const cases: [string, DemoPage, PageVariant][] = [
  ...ORDER_VARIANTS.map((v) => [`douyin-orders · ${v.name}`, page('douyin-orders'), v] as [string, DemoPage, PageVariant]),
  ...DIV_ROW_VARIANTS.map((v) => [`douyin-orders-divrows · ${v.name}`, page('douyin-orders-divrows'), v] as [string, DemoPage, PageVariant]),
  ...PRODUCT_VARIANTS.map((v) => [`douyin-products · ${v.name}`, page('douyin-products'), v] as [string, DemoPage, PageVariant]),
  ...PRODUCT_VARIANTS.filter((v) => v.name.startsWith('no 状态 column')).map(
    (v) => [`douyin-products-nostatus · ${v.name}`, page('douyin-products-nostatus'), v] as [string, DemoPage, PageVariant],
  ),
].filter(([, p, v]) => !v.appliesTo || v.appliesTo(p, loadPage(p.name)));

describe.each(cases)('%s', (_name, p, variant) => {
  it('stores the same records as the page itself (or the named difference)', SLOW, () => {
    const read = readVariant(p, variant);
    if (read.error) throw read.error;
    const base = original(p);
    expect(base.records.length).toBeGreaterThan(0);
    const want = variant.expect ? variant.expect(base.records, p) : base.records;
    expect(read.html).not.toBe(serialized(loadPage(p.name)));
    expect(read.records.map(withoutCapture)).toEqual(want.map(withoutCapture));
    expect(read.rejected, JSON.stringify(read.rejected.slice(0, 2))).toEqual([]);
  });
});

describe('the same shop in the other layouts', () => {
  it('the div-row era stores the auxo table\'s orders (it shows no 商品ID)', SLOW, () => {
    const auxo = original(page('douyin-orders')).records as Order[];
    const div = original(page('douyin-orders-divrows'));
    expect(div.rejected).toEqual([]);
    const noIds = auxo.map((o) => ({ ...withoutCapture(o), items: o.items.map(({ productId: _p, ...i }) => i) }));
    expect(div.records.map(withoutCapture)).toEqual(noIds);
  });

  it('the remark-row kinds change nothing that is stored', SLOW, () => {
    const remarks = original(page('douyin-orders-remarks'));
    expect(remarks.rejected).toEqual([]);
    expect(remarks.records.map(withoutCapture)).toEqual(original(page('douyin-orders')).records.map(withoutCapture));
  });

  it('a list without a 状态 column stores the statuses of the list with one (selling rows as 在售)', SLOW, () => {
    const withColumn = (original(page('douyin-products')).records as Product[]).map(withoutCapture);
    const without = (original(page('douyin-products-nostatus')).records as Product[]).map(withoutCapture);
    for (const p of withColumn) {
      const twin = without.find((q) => q.productId === p.productId)!;
      expect({ ...twin, statusText: p.statusText }).toEqual(p);
      expect(twin.statusText).toBe(p.status === 'on_sale' ? '在售' : p.statusText);
    }
  });
});

it('counts at least 20 variants per reader, generic ones that apply included', SLOW, () => {
  const orders = variantsFor(page('douyin-orders'), ORDER_VARIANTS);
  const products = variantsFor(page('douyin-products'), PRODUCT_VARIANTS);
  expect(orders.length).toBeGreaterThanOrEqual(20);
  expect(products.length).toBeGreaterThanOrEqual(20);
  const all = [...ORDER_VARIANTS, ...DIV_ROW_VARIANTS, ...PRODUCT_VARIANTS];
  expect(new Set(all.map((v) => v.name)).size).toBe(all.length);
});
