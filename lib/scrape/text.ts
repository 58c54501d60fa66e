/** The text of an element with whitespace collapsed; '' for a missing element. */
export function textOf(el: Node | null | undefined): string {
  return (el?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

function docOf(root: ParentNode): Document {
  return (root as Node).ownerDocument ?? (root as Document);
}

/** Every non-empty text node under root, trimmed, in document order. */
export function textPieces(root: ParentNode): string[] {
  const walker = docOf(root).createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  const out: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = (n.nodeValue ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
    if (t) out.push(t);
  }
  return out;
}

/**
 * The value written after a text label such as `订单编号：`, `商家编码:`, `ID:` or `下单时间`, anywhere under
 * root. Handles the label and value in one text node (`订单编号：123`) and in separate elements
 * (`<span>订单编号：</span><span>123</span>`). Returns the rest of that text (callers parse it), or
 * undefined when the label is absent. Labels are regex sources; the colon is optional.
 */
export function labelValue(root: ParentNode, label: string): string | undefined {
  const re = new RegExp(`(?:${label})\\s*[:：]?\\s*(.*)$`);
  const pieces = textPieces(root);
  for (let i = 0; i < pieces.length; i++) {
    const m = re.exec(pieces[i]!);
    if (!m) continue;
    const rest = m[1]!.trim();
    if (rest) return rest;
    const next = pieces[i + 1];
    return next?.replace(/^[:：]\s*/, '');
  }
  return undefined;
}

/** The first whitespace-delimited token of a value (ids and codes never contain spaces). */
export function firstToken(value: string | undefined): string | undefined {
  return value?.trim().split(/\s+/)[0];
}
