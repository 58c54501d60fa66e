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
 * Every occurrence under root of a text label that STARTS a piece of text (`订单编号：…`), with its value —
 * unlike labelValue, which finds only the first. Lists that repeat a label per record (one 订单编号 per order
 * block) are cut into records by these hits. Text in script/style/template is skipped, so embedded page
 * state never counts as a record. The label is a regex source; the colon after it is optional.
 */
export function labelHits(root: ParentNode, label: string): LabelHit[] {
  const re = new RegExp(`^(?:${label})\\s*[:：]?\\s*(.*)$`);
  const nodes = visibleTextNodes(root);
  const hits: LabelHit[] = [];
  nodes.forEach((node, i) => {
    const m = re.exec((node.nodeValue ?? '').replace(/[\s\u00a0]+/g, ' ').trim());
    if (!m || !node.parentElement) return;
    const next = (nodes[i + 1]?.nodeValue ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
    const value = m[1]!.trim() || next.replace(/^[:：]\s*/, '');
    hits.push({ el: node.parentElement, value });
  });
  return hits;
}
