/**
 * What is never cell text. Pages embed JSON state in scripts, kits drop `<style>` elements (and sometimes
 * the bare CSS text `.beast-core-ellipsis-1{…}`) inside cells, and tooltips, measure rows and copies for
 * screen layout sit in hidden elements. Every reader takes text through textOf/textPieces, which skip all of
 * these by the rules below, so no reader ever stores CSS or a hidden value.
 */
export const NEVER_TEXT = 'script, style, noscript, template';

/** Elements hidden by attribute or inline style (no layout is needed, so this also holds in jsdom). */
export const HIDDEN = `${NEVER_TEXT}, [hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"], [style*="visibility:hidden"], [style*="visibility: hidden"]`;

/** True when the element, or an element around it up to (not beyond) `stop`, hides its text. */
export function isHidden(el: Element | null | undefined, stop?: Node): boolean {
  const hidden = el?.closest(HIDDEN);
  return !!hidden && (!stop || stop === hidden || stop.contains(hidden) || !(hidden as Node).contains(stop));
}

// A CSS rule as text: `.beast-core-ellipsis-1 { overflow: hidden }`, `@media … { … }`.
const CSS_RULE = /(?:[.#@][\w-]+[^{}]*|[a-z][\w-]*\s*[.#[][^{}]*)\{[^{}]*\}/g;

/** Text with leaked CSS rules removed (a rule's text shown inside a cell is never the cell's value). */
export function stripCss(text: string): string {
  return text.includes('{') ? text.replace(CSS_RULE, ' ') : text;
}

/** Whitespace collapsed: spaces, newlines, no-break and full-width spaces. */
export function squashSpace(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/**
 * The visible text nodes under root, in document order. Fast path: when root holds no hidden element, a
 * plain walk; otherwise nodes inside a hidden element (below root) are skipped.
 */
export function visibleTextNodes(root: ParentNode): Text[] {
  const node = root as Node;
  const doc = node.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  const anyHidden = root.querySelector(HIDDEN) !== null;
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.nodeValue || !/\S/.test(n.nodeValue)) continue;
    if (anyHidden && isHiddenBelow(n.parentElement, node)) continue;
    out.push(n as Text);
  }
  return out;
}

function isHiddenBelow(el: Element | null, root: Node): boolean {
  for (let up = el; up && up !== root; up = up.parentElement) if (up.matches(HIDDEN)) return true;
  return false;
}
