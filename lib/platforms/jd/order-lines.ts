import type { RawOrderItem } from '../../domain';
import { firstToken, isNotData, LABEL_START, labelHits, lineKind, NOTE_START, squashSpace, stripCss, textOf, textPieces, visibleTextNodes } from '../../scrape';
import { fieldLabels } from './field-labels';
import { isAfterSaleText, isPriceText, isQuantityText, moneyIn } from './schema';
import { ORDER, ORDER_TEXT } from './selectors';

/** Line kinds that are never an item (lib/scrape/lines.ts): remarks, gift/service lines without a price … */

/** True when a SKU line is not an item at all (a gift or service line without a price, a note, a control). */
export function isSkippedLine(line: Element): boolean {
  return isNotData(lineKind(textPieces(line)));
}

interface Value {
  el: Element;
  text: string;
}

/**
 * The visible texts under root, one per element holding text (`<span>¥<!-- -->199</span>` is `¥199`), note
 * boxes (remarks) and note lines left out, so a remark's `x2` or `¥5` is never a value. One walk of the text
 * nodes: per-element visibility checks cost too much in a long list.
 */
function values(root: Element): Value[] {
  const notes = new Set(root.querySelectorAll(ORDER.remark));
  const inNote = (el: Element | null) => {
    for (let up = el; up && up !== root; up = up.parentElement) if (notes.has(up)) return true;
    return false;
  };
  const out: Value[] = [];
  for (const node of visibleTextNodes(root)) {
    const el = node.parentElement!;
    if (notes.size && inNote(el)) continue;
    const last = out.at(-1);
    if (last?.el === el) last.text += node.nodeValue ?? '';
    else out.push({ el, text: node.nodeValue ?? '' });
  }
  return out.map((v) => ({ el: v.el, text: squashSpace(stripCss(v.text)) })).filter((v) => v.text && !NOTE_START.test(v.text));
}

const FIELD_LABELS = {
  skuId: ORDER_TEXT.skuId,
  outerId: ORDER_TEXT.outerId,
  spec: ORDER_TEXT.spec,
  price: ORDER_TEXT.price,
  quantity: ORDER_TEXT.quantity,
} as const;
type LabelField = keyof typeof FIELD_LABELS;
const VALID: Record<LabelField, (v: string) => boolean> = {
  skuId: (v) => /\d{4}/.test(v),
  outerId: (v) => v !== '',
  spec: (v) => v !== '',
  price: (v) => /^[¥￥]?\s*\d/.test(v),
  quantity: (v) => /^[x×X]?\s*\d+(?!\d*\.\d)/.test(v),
};

/** The kit's unlabelled config item is the spec (not a label line, not an amount, not on the right side). */
function unlabelledSpec(line: Element, right: Element | null, labelled: Element[]): string {
  for (const config of line.querySelectorAll(ORDER.configItem)) {
    if (right?.contains(config) || config.querySelector(ORDER.configLabel) || labelled.some((el) => config.contains(el))) continue;
    const text = textOf(config);
    if (!text || LABEL_START.test(text) || isPriceText(text) || isQuantityText(text)) continue;
    return text;
  }
  return '';
}

/** One SKU line (the kit's `.sku-info-list__item`, or a block found by its item anchors) → raw text. */
export function readLine(line: Element): RawOrderItem {
  const right = line.querySelector(ORDER.itemRightBox);
  const all = values(line);
  const texts = all.map((v) => v.text);
  const title = textOf(line.querySelector(ORDER.itemTitle)) || (texts.find((t) => !LABEL_START.test(t) && /[\u4e00-\u9fff]{2}|[A-Za-z]{4}/.test(t) && !isPriceText(t)) ?? '');
  const { fields, labelled: hits } = fieldLabels([line], FIELD_LABELS, VALID, ORDER.remark);
  const item: RawOrderItem = { title, spec: fields.spec ?? unlabelledSpec(line, right, hits), quantity: '', price: '' };
  const skuId = firstToken(fields.skuId);
  const outerId = firstToken(fields.outerId);
  if (skuId) item.skuId = skuId;
  if (outerId) item.outerId = outerId;
  // Never take the quantity `x2` as a price (or the reverse): a missing value must stay missing. Bare numbers
  // (`199.00`, `2`) count only on the right side, told apart by position, price first, as the kit draws them.
  const side = right ? all.filter((v) => right.contains(v.el)).map((v) => v.text) : texts.filter((t) => t !== title);
  const bare = right ? side.filter((t) => /\d/.test(t) && !isPriceText(t) && !isQuantityText(t)) : [];
  item.price = moneyIn(fields.price) || side.find(isPriceText) || bare[0] || '';
  item.quantity = fields.quantity?.match(/\d+/)?.[0] || side.find(isQuantityText) || bare.find((t) => t !== item.price) || '';
  // The line's own after-sales word (a 退款成功 tag on one SKU line), never the title's words.
  const afterSale = texts.find((t) => t !== title && t.length <= 12 && isAfterSaleText(t));
  if (afterSale) item.afterSale = afterSale;
  return item;
}

/** Elements a generic item block never reaches into: columns, cells, the order block itself. */
const BOUNDARY = `[prop], [class*="column"], td, ${ORDER.card}`;

/**
 * SKU lines of an order block drawn without the kit's `.sku-info-list__item`: the smallest elements whose
 * text is an item line (a title with a price and/or a quantity), each grown to its largest wrapper that holds
 * no other line and stays inside its column. Remarks, the receiver column and tags are never searched.
 */
export function itemBlocks(card: Element): Element[] {
  const notes = `${ORDER.remark}, ${ORDER.consignee}`;
  const skip = `${notes}, ${ORDER.tags}`;
  const found = [...card.querySelectorAll('*')].filter((el) => !el.closest(skip) && lineKind(textPieces(el)) === 'item');
  const minimal = found.filter((el) => !found.some((o) => o !== el && el.contains(o)));
  return minimal.map((el) => {
    let block = el;
    for (let up = el.parentElement; up && up !== card && card.contains(up); up = up.parentElement) {
      if (up.matches(BOUNDARY) || minimal.some((o) => o !== el && up.contains(o))) break;
      if (labelHits(up, ORDER_TEXT.orderId).length || up.querySelector(notes)) break;
      block = up;
    }
    return block;
  });
}
