// @vitest-environment jsdom
import { detectDrift } from '../../../../lib/scrape';
import { taobao } from '../../../../lib/platforms/taobao';
import type { DemoPage } from '../../../fixtures/pages';
import { demoPagesOf, loadPage, withoutCapture } from '../../../support/fixtures';
import { GENERIC_VARIANTS, readDocument, readVariant, serialized, variantsFor, type PageVariant } from '../../../support/page-variants';
import { ORDER_VARIANTS } from './order-variants';
import { PRODUCT_VARIANTS } from './product-variants';

// Taobao's own page variants (the generic ones run in ../page-variants.test.ts): each redraws a demo page the
// way a real tp/sold, list_sold_items.htm or SellManage page draws it, and the reader must store the same
// records — or the difference the variant documents as a function of the page's own records.

const pages = demoPagesOf('taobao');
const extras = (kind: string) => (kind === 'orders' ? ORDER_VARIANTS : PRODUCT_VARIANTS);
const untouched = new Map(pages.map((page) => [page.name, loadPage(page.name)]));
const pairs = pages.flatMap((page) =>
  extras(page.kind)
    .filter((v) => !v.appliesTo || v.appliesTo(page, untouched.get(page.name)!))
    .map((v) => [`${page.name} · ${v.name}`, page, v] as const),
);

/** The page itself, read once: its records and its HTML. */
const originals = new Map<string, ReturnType<typeof readDocument> & { html: string }>();
function original(page: DemoPage) {
  if (!originals.has(page.name)) {
    const doc = loadPage(page.name);
    originals.set(page.name, { html: serialized(doc), ...readDocument(page, doc) });
  }
  return originals.get(page.name)!;
}

// Large pages on a busy machine: a variant parses and reads a 200 kB page.
const SLOW = { timeout: 60_000 };

describe.each(pairs)('%s', (_name, page, variant: PageVariant) => {
  it('stores the same records as the page itself (or the documented difference)', SLOW, () => {
    const base = original(page);
    const read = readVariant(page, variant);
    if (read.error) throw read.error;
    expect(read.html).not.toBe(base.html);
    const want = variant.expect ? variant.expect(base.records, page) : base.records;
    const got = read.records.map(withoutCapture);
    const wanted = want.map(withoutCapture);
    // The first differing record first, so a failure shows one record rather than a list of 48.
    const at = wanted.findIndex((r, i) => JSON.stringify(r) !== JSON.stringify(got[i]));
    if (at >= 0) expect(got[at], `record ${at}`).toEqual(wanted[at]);
    expect(got).toEqual(wanted);
    expect(read.rejected.length, JSON.stringify(read.rejected.slice(0, 2))).toBe(base.rejected.length);
  });
});

describe('variant counts', () => {
  it.each(pages.map((p) => [p.name, p] as const))('%s is read under at least 20 variants, generic and Taobao', SLOW, (_n, page) => {
    const doc = untouched.get(page.name)!;
    const generic = GENERIC_VARIANTS.filter((v) => !v.appliesTo || v.appliesTo(page, doc)).length;
    const own = extras(page.kind).filter((v) => !v.appliesTo || v.appliesTo(page, doc)).length;
    expect(variantsFor(page, extras(page.kind)).length).toBe(generic + own);
    expect(generic + own).toBeGreaterThanOrEqual(20);
  });
});

describe('empty lists are not drift', () => {
  const EMPTY = '没有符合条件的宝贝，请尝试其他搜索条件。';
  it.each(pages.map((p) => [p.name, p] as const))('%s emptied to 没有符合条件的宝贝 reads nothing and raises no drift', SLOW, (_n, page) => {
    const doc = loadPage(page.name);
    const body = doc.querySelector('.next-table-body, [class*="sold-mod__orders"]')!;
    body.innerHTML = `<div class="next-table-empty">${EMPTY}</div>`;
    const read = readDocument(page, doc);
    expect(read.raw).toEqual([]);
    expect(detectDrift(doc, taobao.signs[page.kind], { read: 0, rejected: [], readerVersion: taobao.version })).toBeUndefined();
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s read as nothing is drift (its record signs show)', SLOW, (_n, page) => {
    const doc = untouched.get(page.name)!;
    expect(detectDrift(doc, taobao.signs[page.kind], { read: 0, rejected: [], readerVersion: taobao.version })).toMatchObject({ reason: 'no-rows' });
  });
});
