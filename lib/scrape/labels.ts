/** Text that is never shown: pages embed JSON state and scripts that repeat the labels of the list. */
const HIDDEN = 'script, style, noscript, template';

/** One place a text label occurs, with the element holding it and the value written after it. */
export interface LabelHit {
  /** The element whose own text carries the label. */
  el: Element;
  /** The rest of the label's text, or the next visible text when the label stands alone; '' when none. */
  value: string;
}

function visibleTextNodes(root: ParentNode): Text[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n.nodeValue ?? '').trim() || n.parentElement?.closest(HIDDEN)) continue;
    out.push(n as Text);
  }
  return out;
}

/**
 * Every occurrence under root of a text label that starts a piece of text or follows a space or a
 * separator (`订单编号：…`, `… 成交时间：…`, but not `请输入订单编号`), with its value — unlike labelValue,
 * which finds only the first. Lists that repeat a label per record (one 订单编号 per order block) are cut
 * into records by these hits. Text in script/style/template is skipped, so embedded page state never counts
 * as a record. The label is a regex source; the colon after it is optional.
 */
export function labelHits(root: ParentNode, label: string): LabelHit[] {
  const re = new RegExp(`(?:^|[\\s,，;；|])(?:${label})\\s*[:：]?\\s*(.*)$`);
  const nodes = visibleTextNodes(root);
  const hits: LabelHit[] = [];
  const text = (i: number) => (nodes[i]?.nodeValue ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
  nodes.forEach((node, i) => {
    const m = re.exec(text(i));
    if (!m || !node.parentElement) return;
    // The value may follow in the next element, after a colon that sits in an element of its own.
    const next = /^[:：]$/.test(text(i + 1)) ? text(i + 2) : text(i + 1);
    hits.push({ el: node.parentElement, value: m[1]!.trim() || next.replace(/^[:：]\s*/, '') });
  });
  return hits;
}
