import type { RawOrderItem } from '../../domain';
import { firstToken, labelHits, lineKind, NOTE_START, textOf, textPieces } from '../../scrape';
import { isAfterSaleText, isPriceText, isQuantityText, moneyIn } from './schema';
import { ORDER, ORDER_TEXT } from './selectors';

/** Line kinds that are never an item (lib/scrape/lines.ts): remarks, gift/service lines without a price … */
const NOT_ITEM = new Set(['remark', 'control', 'subtotal', 'gift', 'empty']);

/** True when a SKU line is not an item at all (a gift or service line without a price, a note, a control). */
export function isSkippedLine(line: Element): boolean {
  return NOT_ITEM.has(lineKind(textPieces(line)));
}

function ownText(el: Element): boolean {
  return [...el.childNodes].some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '');
}

/**
 * The visible texts of the smallest elements holding text, one value each (`<span>¥<!-- -->199</span>` is
 * `¥199`), note boxes (remarks) and note lines left out, so a remark's `x2` or `¥5` is never a value.
 */
export function valueTexts(root: Element): string[] {
  const out: string[] = [];
  const walk = (el: Element) => {
    if (el !== root && el.matches(ORDER.remark)) return;
    const kids = [...el.children].filter((c) => textOf(c) !== '');
    if (!kids.length || ownText(el)) {
      const t = textOf(el);
      if (t && !NOTE_START.test(t)) out.push(t);
      return;
    }
    kids.forEach(walk);
  };
  walk(root);
  return out;
}

/** The first labelled value of the line whose value passes `ok` (an id needs digits: `SKU-A款` is a spec). */
function labelled(line: Element, label: string, ok: (v: string) => boolean): string | undefined {
  return labelHits(line, label).find((h) => !h.el.closest(ORDER.remark) && ok(h.value))?.value;
}

const LABEL_LIKE = /^[\u4e00-\u9fffA-Za-z ]{1,8}[:：]/;
const ANY_LABEL = [ORDER_TEXT.skuId, ORDER_TEXT.outerId, ORDER_TEXT.spec, ORDER_TEXT.price, ORDER_TEXT.quantity].join('|');

/** The spec: a labelled 规格, else the kit's unlabelled config item (not a label line, not an amount). */
function specOf(line: Element, right: Element | null): string {
  const spec = labelled(line, ORDER_TEXT.spec, (v) => v !== '');
  if (spec) return spec;
  for (const config of line.querySelectorAll(ORDER.configItem)) {
    if (right?.contains(config) || config.querySelector(ORDER.configLabel)) continue;
    const text = textOf(config);
    if (!text || LABEL_LIKE.test(text) || labelHits(config, ANY_LABEL).length || isPriceText(text) || isQuantityText(text)) continue;
    return text;
  }
  return '';
}

/** The item line's own after-sales word (a 退款成功 tag on one SKU line), never the title's words. */
function afterSaleOf(line: Element, title: string): string | undefined {
  const tags = [...line.querySelectorAll(ORDER.tags)].map((el) => textOf(el));
  return [...tags, ...valueTexts(line)].find((t) => t !== title && t.length <= 12 && isAfterSaleText(t));
}

/** One SKU line (the kit's `.sku-info-list__item`, or a block found by its item anchors) → raw text. */
export function readLine(line: Element): RawOrderItem {
  const right = line.querySelector(ORDER.itemRightBox);
  const values = valueTexts(line);
  const title = textOf(line.querySelector(ORDER.itemTitle)) || (values.find((t) => !LABEL_LIKE.test(t) && /[\u4e00-\u9fff]{2}|[A-Za-z]{4}/.test(t) && !isPriceText(t)) ?? '');
  const item: RawOrderItem = { title, spec: specOf(line, right), quantity: '', price: '' };
  const skuId = firstToken(labelled(line, ORDER_TEXT.skuId, (v) => /\d{4}/.test(v)));
  const outerId = firstToken(labelled(line, ORDER_TEXT.outerId, (v) => v !== ''));
  if (skuId) item.skuId = skuId;
  if (outerId) item.outerId = outerId;
  // Never take the quantity `x2` as a price (or the reverse): a missing value must stay missing. Bare numbers
  // (`199.00`, `2`) count only on the right side, told apart by position, price first, as the kit draws them.
  const side = right ? valueTexts(right) : values.filter((t) => t !== title);
  const bare = right ? side.filter((t) => /\d/.test(t) && !isPriceText(t) && !isQuantityText(t)) : [];
  const price = labelled(line, ORDER_TEXT.price, (v) => /^[¥￥]?\s*\d/.test(v));
  const quantity = labelled(line, ORDER_TEXT.quantity, (v) => /^[x×X]?\s*\d+(?!\d*\.\d)/.test(v));
  item.price = moneyIn(price) || side.find(isPriceText) || bare[0] || '';
  item.quantity = quantity?.match(/\d+/)?.[0] || side.find(isQuantityText) || bare.find((t) => t !== item.price) || '';
  const afterSale = afterSaleOf(line, title);
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
      if (block.matches(BOUNDARY) || minimal.some((o) => o !== el && up.contains(o))) break;
      if (labelHits(up, ORDER_TEXT.orderId).length || up.querySelector(notes)) break;
      block = up;
    }
    return block;
  });
}
