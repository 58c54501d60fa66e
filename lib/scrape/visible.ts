import { readMemo } from './read-cache';

/**
 * What is never cell text. Pages embed JSON state in scripts, kits drop `<style>` elements (and sometimes
 * the bare CSS text `.beast-core-ellipsis-1{…}`) inside cells, and tooltips, measure rows and copies for
 * screen layout sit in hidden elements. Every reader takes text through textOf/textPieces, which skip all of
 * these by the rules below, so no reader ever stores CSS or a hidden value.
 */
export const NEVER_TEXT = 'script, style, noscript, template';

/** Elements hidden by attribute or inline style (no layout is needed, so this also holds in jsdom). */
export const HIDDEN = `${NEVER_TEXT}, [hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"], [style*="visibility:hidden"], [style*="visibility: hidden"]`;

/**
 * True when the element, or an element around it up to (and including) `stop`, hides its text; without
 * `stop`, up to the document.
 */
export function isHidden(el: Element | null | undefined, stop?: Node): boolean {
  for (let up = el ?? null; up; up = up.parentElement) {
    if (hidesText(up)) return true;
    if (up === stop) return false;
  }
  return false;
}

// A CSS rule as text: `.beast-core-ellipsis-1 { overflow: hidden }`, `@media … { .a { … } }` (one level nested).
const CSS_RULE = /@[\w-]+[^{}]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}|(?:[.#][\w-]+[^{}]*|[a-z][\w-]*\s*[.#[][^{}]*)\{[^{}]*\}/g;

/** Text with leaked CSS rules removed (a rule's text shown inside a cell is never the cell's value). */
export function stripCss(text: string): string {
  return text.includes('{') ? text.replace(CSS_RULE, ' ') : text;
}

/** Whitespace collapsed: spaces, newlines, no-break and full-width spaces. */
export function squashSpace(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

const NEVER_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** True when this element itself hides its text (the rules of HIDDEN, checked without a selector engine). */
export function hidesText(el: Element): boolean {
  if (NEVER_TAGS.has(el.tagName.toUpperCase())) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

function collect(node: Node, out: Text[]): void {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      if (c.nodeValue && /\S/.test(c.nodeValue)) out.push(c as Text);
    } else if (c.nodeType === 1 && !hidesText(c as Element)) {
      collect(c, out);
    }
  }
}

/**
 * The visible text nodes under root, in document order: a walk that skips the subtree of every element that
 * hides its text (hidesText). Root itself is not checked (callers pass what they decided to read). Within a
 * read (lib/scrape/read-cache.ts) the list is kept per element, and shared: callers never change it.
 */
export function visibleTextNodes(root: ParentNode): readonly Text[] {
  const memo = readMemo();
  const known = memo?.get(root as Node);
  if (known) return known;
  const out: Text[] = [];
  collect(root as Node, out);
  memo?.set(root as Node, out);
  return out;
}
