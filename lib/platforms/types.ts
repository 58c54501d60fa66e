import type { PageKind, PlatformId, RawOrderRow, RawProductRow } from '../domain';

/**
 * One seller console. Each platform folder (lib/platforms/<id>/) exports one of these from index.ts; the
 * registry lists them; the content script entrypoints/<id>.content.ts only wires one to the capture loop.
 */
export interface PlatformAdapter {
  id: PlatformId;
  /** Content-script match patterns (a subset of lib/platforms/hosts.ts). */
  matches: string[];
  /** Bumped when the reader changes in a way that changes what it stores. */
  version: number;
  /** Which list this URL shows, or undefined for any other page of the console. */
  pageKind(url: URL): PageKind | undefined;
  /** The visible order rows, as text. `root` is passed in so tests can use fixture documents. */
  extractOrders(root: ParentNode): RawOrderRow[];
  /** The visible product (or SKU) rows, as text. */
  extractProducts(root: ParentNode): RawProductRow[];
}
