/**
 * A big table read page by page as one async source for csvChunks: `readPage(after, limit)` returns up to
 * `limit` records whose key comes after `after` (all from the start when undefined) in key order — a Dexie
 * key-range read in lib/db, never `offset()`, so each page costs the same however deep the export is. Stops
 * at the first short page. Pure: the reading function is the caller's.
 */
export async function* pagedSource<T, K>(
  readPage: (after: K | undefined, limit: number) => Promise<readonly T[]>,
  keyOf: (record: T) => K,
  pageSize = 2000,
): AsyncGenerator<T> {
  let after: K | undefined;
  for (;;) {
    const page = await readPage(after, pageSize);
    yield* page;
    if (page.length < pageSize) return;
    after = keyOf(page[page.length - 1]!);
  }
}
