/**
 * Where a list's rows live: tables, plain or ARIA, and the wrappers the kits name "…table…" around lists
 * drawn as divs (JD's order cards sit in `.table-body`, PDD's order heads in `package-center-table`).
 */
const LIST = 'table, [role="table"], [role="grid"], [role="treegrid"], [role="row"], [class*="table" i]';

/** Parts that carry rows: adding or removing one adds or removes rows. */
const ROWS = 'table, tbody, tr, [role="table"], [role="grid"], [role="treegrid"], [role="rowgroup"], [role="row"]';

/**
 * A subtree with this many elements is structure (an order card, a new list, a page drawn after in-app
 * navigation); a redrawn clock, a badge, a tooltip or a toast holds fewer.
 */
const BIG_SUBTREE = 20;

export interface ObserveListOptions {
  /** Quiet time after a structural change before `onChange` runs. Default 400 ms. */
  debounceMs?: number;
  /** Least time between the last read and one caused by text changing inside the list. Default 30 s. */
  textIntervalMs?: number;
}

type Change = 'none' | 'text' | 'structure';

function isStructure(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return el.matches(ROWS) || el.querySelector(ROWS) !== null || el.getElementsByTagName('*').length >= BIG_SUBTREE;
}

function classify(records: MutationRecord[]): Change {
  let change: Change = 'none';
  for (const r of records) {
    for (const n of r.addedNodes) if (isStructure(n)) return 'structure';
    for (const n of r.removedNodes) if (isStructure(n)) return 'structure';
    const at = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
    if (at?.closest(LIST)) change = 'text';
  }
  return change;
}

/**
 * Calls `onChange` when the list on the page may have changed, and not when only the page around it did,
 * so a ticking clock never makes the content script re-read the list every second. One observer on the
 * whole document (the list may not exist yet, or be replaced, after in-app navigation) sorts each batch of
 * mutations:
 * - structure — a row or table added or removed (paging, filtering, virtual scrolling), a subtree of 20+
 *   elements added or removed (a card list, a page drawn after SPA navigation), or a changed
 *   `location.href` (seen on any mutation; content scripts cannot hook the page's `history.pushState`):
 *   `onChange` once the page has been quiet for `debounceMs`;
 * - text — characters or small elements changed inside a table or a `…table…` wrapper (a 剩余发货时间
 *   countdown in a row, but also a row updated in place): `onChange` at most once per `textIntervalMs`
 *   after the last read;
 * - anything else (a header clock, a badge, a toast, a tooltip) is ignored.
 * Attributes are not watched; the extension never touches the page, so it cannot trigger itself.
 * Returns the stop function.
 */
export function observeList(doc: Document, onChange: () => void, opts: ObserveListOptions = {}): () => void {
  const debounceMs = opts.debounceMs ?? 400;
  const textIntervalMs = opts.textIntervalMs ?? 30_000;
  let href = doc.location?.href;
  let lastRead = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const read = () => {
    timer = undefined;
    lastRead = Date.now();
    onChange();
  };
  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(read, ms);
  };
  const observer = new doc.defaultView!.MutationObserver((records) => {
    let change = classify(records);
    if (doc.location?.href !== href) {
      href = doc.location?.href;
      change = 'structure';
    }
    if (change === 'structure') schedule(debounceMs);
    // A pending read, structural or not, already covers a text change.
    else if (change === 'text' && timer === undefined) schedule(Math.max(debounceMs, lastRead + textIntervalMs - Date.now()));
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
