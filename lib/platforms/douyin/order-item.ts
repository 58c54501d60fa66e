import type { RawOrderItem } from '../../domain';
import { CONTROL_WORD, firstToken, LABEL_START, labelValue, textOf, textPieces } from '../../scrape';
import { afterSaleText, quantityToken, specPiece, specText } from './schema';
import * as S from './selectors';

/** Where one item line's values are: the line itself, its goods text, and what its columns gave. */
export interface ItemSource {
  /** The item row (auxo) or the item's block (div rows). */
  line: Element;
  /** The element holding title, spec, 商品ID and 商家编码. */
  goods: Element;
  /** The 单价/数量 cell's text (`¥189.10 x2`, `¥189.10x2`), when read by column. */
  priceText?: string;
  /** The unit price and quantity elements when the layout draws them apart from the line. */
  priceEl?: Element;
  quantityEl?: Element;
  /** The 售后 cell's first text (`-` when none). */
  afterSale?: string;
}

/** A text that is a label line (`商家编码：…`, `颜色:黑色`), never an item's title. */
const MONEY = /^[¥￥]\s*\d/;
const BARE_QUANTITY = /^[x×X]\s*\d+$/;

const isTitle = (t: string) => !LABEL_START.test(t) && !MONEY.test(t) && !BARE_QUANTITY.test(t) && !CONTROL_WORD.test(t);

/** A labelled value's first token; '' when the label stands empty, undefined when absent. */
const labelled = (scope: Element, label: string) => {
  const v = labelValue(scope, label);
  return v === undefined ? undefined : (firstToken(v) ?? '');
};

/**
 * One item line → a raw item. The kit's own elements first (style_name, style_desc, comboAmount, comboNum);
 * without them the goods text as the 2023 crawler saw it: the title, then `<spec>x<qty>` (商家编码 may be
 * glued on), then `商家编码…`; values by their own labels (商品ID, 商家编码, 商品规格, 商品数量).
 */
export function readItem(src: ItemSource): RawOrderItem {
  const { line, goods } = src;
  const nameEl = goods.querySelector(S.ITEM_NAME) ?? line.querySelector(S.ITEM_NAME);
  const textEl = nameEl ? goods : (goods.querySelector(S.ITEM_TEXT) ?? goods);
  const pieces = textPieces(textEl);
  const titleAt = nameEl ? -1 : pieces.findIndex(isTitle);
  const title = nameEl ? textOf(nameEl) : (pieces[titleAt] ?? '');
  const specEl = goods.querySelector(S.ITEM_SPEC) ?? line.querySelector(S.ITEM_SPEC);
  const glued = pieces.slice(titleAt + 1).map(specPiece).find(Boolean);
  const spec = specEl ? specText(textOf(specEl)) : (glued?.spec ?? specText(labelValue(goods, S.SPEC_LABEL) ?? ''));
  const productId = labelled(goods, S.ITEM_PRODUCT_ID_LABEL);
  const outerId = labelled(goods, S.OUTER_ID_LABEL);
  const priceEl = line.querySelector(S.ITEM_PRICE) ?? src.priceEl;
  const quantityEl = line.querySelector(S.ITEM_QUANTITY) ?? src.quantityEl;
  const after = afterSaleText(src.afterSale ?? textOf(line.querySelector(S.ITEM_AFTER_SALE)));
  return {
    title,
    spec,
    ...(productId !== undefined && { productId }),
    ...(outerId !== undefined && { outerId }),
    quantity:
      textOf(quantityEl) ||
      quantityToken(src.priceText ?? '') ||
      glued?.quantity ||
      quantityToken(textOf(specEl)) ||
      (labelValue(goods, S.QUANTITY_LABEL) ?? ''),
    price: textOf(priceEl) || (src.priceText ?? ''),
    ...(after && { afterSale: after }),
  };
}
