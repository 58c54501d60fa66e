const LOOKS_LIKE_LABEL = /^[\u4e00-\u9fa5A-Za-z ]{1,8}[:：]/;

/** The text of an element with whitespace collapsed; '' for a missing element. */
export function textOf(el: Node | null | undefined): string {
  return (el?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

function docOf(root: ParentNode): Document {
  return (root as Node).ownerDocument ?? (root as Document);
}

/** Every non-empty text node under root, trimmed, in document order (script, style and template text left out). */
export function textPieces(root: ParentNode): string[] {
  const walker = docOf(root).createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  const out: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest('script, style, template')) continue;
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
    // The value sits in the next element; a colon may have an element of its own in between.
    let j = i + 1;
    if (/^[:：]$/.test(pieces[j] ?? '')) j++;
    const next = pieces[j]?.replace(/^[:：]\s*/, '');
    // An empty label followed by the next label (`商品ID：` then `商家编码：…`) has no value.
    return next && LOOKS_LIKE_LABEL.test(next) ? '' : next;
  }
  return undefined;
}

/** The first whitespace-delimited token of a value (ids and codes never contain spaces). */
export function firstToken(value: string | undefined): string | undefined {
  return value?.trim().split(/\s+/)[0];
}
