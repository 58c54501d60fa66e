import type { PageKind, PlatformId, RawOrderRow, RawProductRow } from '../domain';

/**
 * What a list page shows when it holds records, and when it is simply empty: the drift alarm
 * (lib/scrape/drift.ts) compares them with what the reader found.
 */
export interface ListSigns {
  /** Texts only a record shows: its label with a value (`订单编号 6921…`, `ID: 3712…`). */
  records: RegExp[];
  /** Column headers only the list has (`实收款`, `库存`): with data rows under them, the list has records. */
  headers: RegExp[];
  /** The list's empty state (`没有符合条件的宝贝`, `暂无数据`): no records, and that is not drift. */
  empty: RegExp;
}

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
}
