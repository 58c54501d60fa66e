// @vitest-environment jsdom
import { DEMO_PAGES, type DemoPage } from '../../fixtures/pages';
import { withoutCapture } from '../../support/fixtures';
import {
  GENERIC_VARIANTS,
  freshPage,
  readDocument,
  readVariant,
  serialized,
  variantsFor,
  type PageRead,
  type PageVariant,
} from '../../support/page-variants';

// Metamorphic tests: every demo page, redrawn the ways the real consoles draw it (test/support/page-variants.ts),
// must give the same records and the same number of rejected rows as the page itself.

/**
 * The (page · variant) pairs whose reader does not yet survive the variant, run with `it.fails`. THIS SET MUST
 * SHRINK TO EMPTY. When a reader learns to read a variant, its pair turns red here ("expected to fail"):
 * remove the entry. Never add one to make a new reader change pass; fix the reader (or, if the variant draws
 * something no console draws, the variant).
 */
const KNOWN_FAILING = new Set<string>([]);

const pairName = (page: DemoPage, variant: PageVariant) => `${page.name} · ${variant.name}`;
const pairs = DEMO_PAGES.flatMap((page) => variantsFor(page).map((variant) => [pairName(page, variant), page, variant] as const));

const originals = new Map<string, PageRead & { html: string }>();
function original(page: DemoPage) {
  if (!originals.has(page.name)) {
    const doc = freshPage(page);
    originals.set(page.name, { html: serialized(doc), ...readDocument(page, doc) });
  }
  return originals.get(page.name)!;
}

describe.each(pairs)('%s', (name, page, variant) => {
  let read: ReturnType<typeof readVariant> | undefined;
  // Reading a whole demo page takes seconds on a busy machine.
  beforeAll(() => {
    read = readVariant(page, variant);
  }, 60_000);
  afterAll(() => {
    read = undefined; // one variant document alive at a time
  });

  it('changes the page', () => {
    expect(read!.html).not.toBe(original(page).html);
  });

  (KNOWN_FAILING.has(name) ? it.fails : it)('stores the same records as the page itself', () => {
    const base = original(page);
    if (base.error) throw base.error;
    if (read!.error) throw read!.error;
    const want = variant.expect ? variant.expect(base.records, page) : base.records;
    expect(read!.records.map(withoutCapture)).toEqual(want.map(withoutCapture));
    expect(read!.rejected.length, JSON.stringify(read!.rejected.slice(0, 3), null, 1)).toBe(base.rejected.length);
  });
});

it('applies every generic variant to at least one demo page', () => {
  const applied = new Set(pairs.map(([, , v]) => v.name));
  expect(GENERIC_VARIANTS.map((v) => v.name).filter((n) => !applied.has(n))).toEqual([]);
});

it('names only existing pairs in KNOWN_FAILING', () => {
  const names = new Set(pairs.map(([n]) => n));
  expect([...KNOWN_FAILING].filter((n) => !names.has(n))).toEqual([]);
});

it('gives every generic variant its own name', () => {
  expect(new Set(GENERIC_VARIANTS.map((v) => v.name)).size).toBe(GENERIC_VARIANTS.length);
});
