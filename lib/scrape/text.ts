import { hidesText, squashSpace, stripCss, visibleTextNodes } from './visible';

/**
 * The visible text of an element, whitespace collapsed; '' for a missing element. Text inside script, style,
 * template and hidden elements, and leaked CSS rules, are left out (lib/scrape/visible.ts).
 */
export function textOf(el: Node | null | undefined): string {
  if (!el) return '';
  if (el.nodeType !== 1) return squashSpace(stripCss(el.textContent ?? ''));
  if (hidesText(el as Element)) return '';
  // A leaf (or text-only) element: its text is all visible.
  if ((el as Element).firstElementChild === null) return squashSpace(stripCss(el.textContent ?? ''));
  return squashSpace(stripCss(visibleTextNodes(el as Element).map((n) => n.nodeValue).join('')));
}

/** Every non-empty visible text node under root, trimmed, in document order. */
export function textPieces(root: ParentNode): string[] {
  const out: string[] = [];
  for (const n of visibleTextNodes(root)) {
    const t = squashSpace(stripCss(n.nodeValue ?? ''));
    if (t) out.push(t);
  }
  return out;
}

/** The first whitespace-delimited token of a value (ids and codes never contain spaces). */
export function firstToken(value: string | undefined): string | undefined {
  return value?.trim().split(/\s+/)[0];
}

export { labelValue } from './labels';
