import { LABEL_START } from './lines';
import { squashSpace, stripCss, visibleTextNodes } from './visible';

/** One place a text label occurs, with the element holding it and the value written after it. */
export interface LabelHit {
  /** The element whose own text carries the label. */
  el: Element;
  /** The rest of the label's text, or the next visible text when the label stands alone; '' when none. */
  value: string;
}

const LONE_COLON = /^[:：]$/;
const cache = new Map<string, RegExp>();

/**
 * The one rule for where a label counts: at the start of a text or after anything that is not a letter
 * (a space, a no-break space, punctuation, a digit: `…x2商家编码…`), never inside a word (`请输入订单编号`,
 * `子订单号`, `商品ID` for the label `ID`); then an optional ASCII or full-width colon with or without
 * spaces around it. The label is a regex source.
 */
export function labelPattern(label: string): RegExp {
  let re = cache.get(label);
  if (!re) {
    re = new RegExp(`(?<![\\u4e00-\\u9fffA-Za-z])(?:${label})\\s*[:：]?\\s*(.*)$`);
    cache.set(label, re);
  }
  return re;
}

/** True when b follows a as a sibling with only comments between (React's `¥<!-- -->12.90`, Vue's `<!--v-if-->`). */
function sameRun(a: Text | undefined, b: Text): boolean {
  let n = a?.nextSibling;
  while (n && n.nodeType === 8 /* comment */) n = n.nextSibling;
  return !!a && n === b;
}

/** The visible texts under root; sibling text nodes split only by comments are one text, as the browser shows them. */
function pieces(root: ParentNode): { el: Element; text: string }[] {
  const out: { el: Element; text: string; raw: string }[] = [];
  let last: Text | undefined;
  for (const n of visibleTextNodes(root)) {
    const prev = out[out.length - 1];
    if (prev && sameRun(last, n)) {
      prev.raw += n.nodeValue ?? '';
      prev.text = squashSpace(stripCss(prev.raw));
    } else {
      const raw = n.nodeValue ?? '';
      const text = squashSpace(stripCss(raw));
      if (!text || !n.parentElement) {
        last = undefined;
        continue;
      }
      out.push({ el: n.parentElement, text, raw });
    }
    last = n;
  }
  return out;
}

function valueAt(list: { text: string }[], i: number, rest: string): string {
  if (rest) return rest;
  // The value sits in the next element; a colon may have an element of its own in between.
  const j = LONE_COLON.test(list[i + 1]?.text ?? '') ? i + 2 : i + 1;
  const next = (list[j]?.text ?? '').replace(/^[:：]\s*/, '');
  // An empty label followed by the next label (`商品ID：` then `商家编码：…`) has no value.
  return LABEL_START.test(next) ? '' : next;
}

/**
 * Every occurrence under root of a text label, with its value (labelPattern says where a label counts).
 * Lists that repeat a label per record (one 订单编号 per order block) are cut into records by these hits.
 * Hidden text (scripts, styles, templates, hidden elements) never counts.
 */
export function labelHits(root: ParentNode, label: string): LabelHit[] {
  const re = labelPattern(label);
  const list = pieces(root);
  const hits: LabelHit[] = [];
  list.forEach((piece, i) => {
    const m = re.exec(piece.text);
    if (m) hits.push({ el: piece.el, value: valueAt(list, i, m[1]!.trim()) });
  });
  return hits;
}

/**
 * The value written after the first occurrence of a text label under root (`订单编号：…`, `商家编码:`,
 * `ID：`, `30日销量 12`), label and value in one text or in separate elements. Returns the rest of that text
 * (callers parse it), '' when the label stands without a value, undefined when the label is absent.
 */
export function labelValue(root: ParentNode, label: string): string | undefined {
  const re = labelPattern(label);
  const list = pieces(root);
  for (let i = 0; i < list.length; i++) {
    const m = re.exec(list[i]!.text);
    if (m) return valueAt(list, i, m[1]!.trim());
  }
  return undefined;
}
