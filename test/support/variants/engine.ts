import {
  parseRows,
  type Order,
  type Product,
  type RawOrderRow,
  type RawProductRow,
  type RejectedRow,
} from '../../../lib/domain';
import { PLATFORMS } from '../../../lib/platforms/registry';
import type { DemoPage } from '../../fixtures/pages';
import { loadPage } from '../fixtures';
import { GENERIC_VARIANTS } from './generic';

/**
 * Metamorphic page variants: the ways the real consoles draw the same list differently (research
 * real-evidence.md — rebuilt class hashes, extra wrappers, spacer rows, other punctuation, noise in cells,
 * chrome around the list, reordered columns …). Each variant is a pure DOM transform applied to a fresh copy
 * of a demo page; the page's reader must store the same records from the variant as from the page itself,
 * unless the variant declares the difference (`expect`). test/lib/platforms/page-variants.test.ts runs every
 * demo page × every variant; platform engineers add their console's own variants through `variantsFor`.
 *
 * A variant must stay true to what a console could serve: it never touches what a record is made of (no
 * swapped order-id column, no text a console would show and mean as data), so a failure is the reader's.
 */

/** A record as ShopLens stores it. */
export type StoredRecord = Order | Product;

/** One way a console draws the same list differently: a named, pure transform of the page's DOM. */
export interface PageVariant {
  /** Shown in test output after the page's name: `taobao-orders · hashed class suffixes changed`. */
  name: string;
  /**
   * Whether the variant applies to this page; default all. `doc` is the untouched page, to look at only
   * (it is shared between variants). A variant that applies must change the page: the test checks it.
   */
  appliesTo?(page: DemoPage, doc: Document): boolean;
  /** The transform, in place, on a fresh copy of the page. */
  apply(doc: Document, page: DemoPage): void;
  /** When the variant legitimately changes what is stored: the page's own records → the variant's. */
  expect?(records: StoredRecord[], page: DemoPage): StoredRecord[];
}

/** What a reader stored from one document: raw rows, records and rejections (or the error it threw). */
export interface PageRead {
  raw: (RawOrderRow | RawProductRow)[];
  records: StoredRecord[];
  rejected: RejectedRow[];
  error?: unknown;
}

/** Reads a document the way demo-pages.test.ts does: the platform's extractor, then parseRows. */
export function readDocument(page: DemoPage, doc: Document): PageRead {
  const ctx = { platform: page.platform, url: page.urls[0]!, capturedAt: Date.UTC(2025, 7, 1) };
  try {
    const adapter = PLATFORMS[page.platform];
    const raw = page.kind === 'orders' ? adapter.extractOrders(doc) : adapter.extractProducts(doc);
    return { raw, ...parseRows(page.kind, raw, ctx) };
  } catch (error) {
    return { raw: [], records: [], rejected: [], error };
  }
}

/**
 * The page with the variant applied, and what its reader stores from it. `html` is the serialized variant
 * (see `serialized`), for checking that the variant changed the page. A throwing transform is a bug in the
 * variant and is not caught; a throwing reader is reported in `error`.
 */
export function readVariant(page: DemoPage, variant: PageVariant): PageRead & { doc: Document; html: string } {
  const doc = freshPage(page);
  variant.apply(doc, page);
  return { doc, html: serialized(doc), ...readDocument(page, doc) };
}

const parsed = new Map<string, Document>();

/** A fresh copy of the demo page's document (a clone of one parse: cloning is cheaper than parsing again). */
export function freshPage(page: DemoPage): Document {
  if (!parsed.has(page.name)) parsed.set(page.name, loadPage(page.name));
  return parsed.get(page.name)!.cloneNode(true) as Document;
}

/** The generic variants that apply to the page, then the extra (platform-specific) ones that do. */
export function variantsFor(page: DemoPage, extra: PageVariant[] = []): PageVariant[] {
  const doc = freshPage(page);
  return [...GENERIC_VARIANTS, ...extra].filter((v) => !v.appliesTo || v.appliesTo(page, doc));
}

/** The document as HTML plus its text node count: adjacent or empty text nodes change it too. */
export function serialized(doc: Document): string {
  const walker = doc.createTreeWalker(doc, 4 /* NodeFilter.SHOW_TEXT */);
  let texts = 0;
  while (walker.nextNode()) texts++;
  return `${doc.documentElement.outerHTML}\n#text ${texts}`;
}

