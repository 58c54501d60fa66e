import type { PageKind, PlatformId, RawOrderRow, RawProductRow } from '../domain';
import type { ListSigns } from '../scrape/drift';

export type { ListSigns };

/**
 * One seller console. Each platform folder (lib/platforms/<id>/) exports one of these from index.ts; the
 * registry lists them; the content script entrypoints/<id>.content.ts only wires one to the capture loop.
 */
export interface PlatformAdapter {
  id: PlatformId;
  /** Content-script match patterns (a subset of lib/platforms/hosts.ts). */
  matches: string[];
  /** Bumped when the reader changes in a way that changes what it stores; kept on every capture. */
  version: number;
  /** How each list shows it holds records or is empty, for the drift alarm. */
  signs: Record<PageKind, ListSigns>;
  /** Which list this URL shows, or undefined for any other page of the console. */
  pageKind(url: URL): PageKind | undefined;
  /** The visible order rows, as text. `root` is passed in so tests can use fixture documents. */
  extractOrders(root: ParentNode): RawOrderRow[];
  /** The visible product (or SKU) rows, as text. */
  extractProducts(root: ParentNode): RawProductRow[];
  /**
   * extractOrders one order at a time (same rows, same order), for a read that pauses between rows so a long
   * list never blocks the host page (lib/messaging/read-page.ts). Optional: without it the list is read in one go.
   */
  eachOrderRow?(root: ParentNode): Iterable<RawOrderRow>;
  /** extractProducts one row at a time, as eachOrderRow. */
  eachProductRow?(root: ParentNode): Iterable<RawProductRow>;
}
