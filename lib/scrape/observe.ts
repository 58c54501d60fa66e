/**
 * Calls `onChange` once the page has been quiet for `delayMs` after any change under root: paging,
 * filtering, SPA route changes and virtual-scroll re-renders all end up here. Returns the stop function.
 * Only childList/characterData changes are watched; the extension never touches the page, so it cannot
 * trigger itself.
 */
export function observeDebounced(root: Node, onChange: () => void, delayMs = 400): () => void {
  const win = (root.ownerDocument ?? (root as Document)).defaultView!;
  let timer: number | undefined;
  const schedule = () => {
    if (timer !== undefined) win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      timer = undefined;
      onChange();
    }, delayMs);
  };
  const observer = new win.MutationObserver(schedule);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
  };
}
