/**
 * What one read of a page keeps while it runs: each element's visible text nodes. A reader asks for the same
 * head or cell several times (one label after another, the title then the spec), and each ask would walk it
 * again. The memo lives only while one read (or one slice of a sliced read) runs — never across a pause,
 * when the page may change.
 */
let memo: WeakMap<Node, readonly Text[]> | undefined;
let depth = 0;

/** The visible text nodes kept for the read running now; undefined outside one (every call then walks afresh). */
export function readMemo(): WeakMap<Node, readonly Text[]> | undefined {
  return memo;
}

/** Runs fn as (part of) one read: what it walks is kept until fn returns. Calls nest (the memo goes when the outermost ends). */
export function withReadCache<T>(fn: () => T): T {
  if (depth++ === 0) memo = new WeakMap();
  try {
    return fn();
  } finally {
    if (--depth === 0) memo = undefined;
  }
}

/** Every row a reader yields, read in one go as one read (the sync form of a lazy reader). */
export function readAll<T>(rows: Iterable<T>): T[] {
  return withReadCache(() => [...rows]);
}
