// @vitest-environment jsdom
import type { DemoPage } from '../../../fixtures/pages';
import { demoPagesOf, loadPage, withoutCapture } from '../../../support/fixtures';
import { GENERIC_VARIANTS, readDocument, readVariant, serialized, variantsFor } from '../../../support/page-variants';
import { ORDER_VARIANTS } from './order-variants';
import { PRODUCT_VARIANTS } from './product-variants';

// PDD's own page variants (the generic ones run in ../page-variants.test.ts): each redraws a demo page the way
// a real mms.pinduoduo.com list draws it, and the reader must store the same records — or the difference the
// variant documents as a function of the page's own records.

const pages = demoPagesOf('pdd');
const extras = (kind: string) => (kind === 'orders' ? ORDER_VARIANTS : PRODUCT_VARIANTS);
const untouched = new Map(pages.map((page) => [page.name, loadPage(page.name)]));
const pairs = pages.flatMap((page) =>
  extras(page.kind)
    .filter((v) => !v.appliesTo || v.appliesTo(page, untouched.get(page.name)!))
    .map((v) => [`${page.name} · ${v.name}`, page, v] as const),
);

const originals = new Map<string, ReturnType<typeof readDocument> & { html: string }>();
function original(page: DemoPage) {
  if (!originals.has(page.name)) {
    const doc = loadPage(page.name);
    originals.set(page.name, { html: serialized(doc), ...readDocument(page, doc) });
  }
  return originals.get(page.name)!;
}

const SLOW = { timeout: 60_000 };

describe.each(pairs)('%s', (_name, page, variant) => {
  it('stores the same records as the page itself (or the documented difference)', SLOW, () => {
    const base = original(page);
    const read = readVariant(page, variant);
    if (read.error) throw read.error;
    expect(read.html).not.toBe(base.html);
    const want = (variant.expect ? variant.expect(base.records, page) : base.records).map(withoutCapture);
    const got = read.records.map(withoutCapture);
    const at = want.findIndex((r, i) => JSON.stringify(r) !== JSON.stringify(got[i]));
    if (at >= 0) expect(got[at], `record ${at}`).toEqual(want[at]);
    expect(got).toEqual(want);
    expect(read.rejected.length, JSON.stringify(read.rejected.slice(0, 2))).toBe(base.rejected.length);
  });
});

describe('variant counts', () => {
  it.each(pages.map((p) => [p.name, p] as const))('%s is read under at least 20 variants, generic and PDD', SLOW, (_n, page) => {
    const doc = untouched.get(page.name)!;
    const generic = GENERIC_VARIANTS.filter((v) => !v.appliesTo || v.appliesTo(page, doc)).length;
    const own = extras(page.kind).filter((v) => !v.appliesTo || v.appliesTo(page, doc)).length;
    expect(variantsFor(page, extras(page.kind)).length).toBe(generic + own);
    expect(generic + own).toBeGreaterThanOrEqual(20);
    expect(own).toBeGreaterThanOrEqual(page.kind === 'orders' ? 15 : 8);
  });

  it('every PDD variant applies to at least one PDD page', () => {
    const applied = new Set(pairs.map(([, , v]) => v.name));
    expect([...ORDER_VARIANTS, ...PRODUCT_VARIANTS].map((v) => v.name).filter((n) => !applied.has(n))).toEqual([]);
  });
});
