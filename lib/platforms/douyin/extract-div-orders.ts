import type { RawOrderRow } from '../../domain';
import { firstToken, labelHits, labelValue, textOf } from '../../scrape';
import { readItem } from './order-item';
import { ORDER_STATUS_WORD, paidText } from './schema';
import * as S from './selectors';

// The 2021–22 order list (抖店-多功能脚本's "older layout", CrawDouYinOrder.java): no table, one div per
// order carrying data-kora_order_status; a header div with 订单编号/订单号 and 下单时间; cells
// div[class^="index_cell"] in div[class^="index_cellRow"]; the remarks footer (index_footerContent) last.

/** Inside this order but not in its remarks footer (the page around may itself be an `index_content__`). */
const own = (block: Element) => (el: Element) => {
  const note = el.closest(S.REMARK_BLOCK);
  return !note || !block.contains(note);
};

const all = (block: Element, sel: string) => [...block.querySelectorAll(sel)].filter(own(block));

/** The order blocks of the div-row era: innermost order divs that carry an order id, none inside a table row; [] on any other layout. */
export function divOrderBlocks(root: ParentNode): Element[] {
  const found = [...root.querySelectorAll(S.DIV_ORDER)].filter(
    (el) => !el.closest('tr') && labelHits(el, S.ORDER_ID_LABEL).some((h) => /\d{6}/.test(h.value)),
  );
  return found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
}

/** Each item's anchor (its product block, else its name, else its SKU text), outermost only. */
function itemAnchors(block: Element): Element[] {
  for (const sel of [S.ITEM_BLOCK, S.ITEM_NAME, S.ITEM_SPEC]) {
    const list = all(block, sel);
    const outer = list.filter((el) => !list.some((o) => o !== el && o.contains(el)));
    if (outer.length > 0) return outer;
  }
  return [];
}

/** The largest element around an item's anchor that holds no other item and not the order's header. */
function lineOf(anchor: Element, block: Element, anchors: Element[], head: Element): Element {
  let el = anchor;
  for (let up = el.parentElement; up && up !== block; up = up.parentElement) {
    if (up.contains(head) || anchors.some((a) => a !== anchor && up.contains(a))) break;
    el = up;
  }
  return el;
}

/** The status: the inline-styled 2021 cell, the 4th cell's first div, else a lone status word in the order. */
function statusOf(block: Element): string {
  const styled = all(block, S.DIV_STATUS_STYLE)[0];
  const cells = all(block, S.DIV_CELL).filter((c) => !c.parentElement?.closest(S.DIV_CELL));
  const fourth = cells[3];
  const placed = [styled?.querySelector('div') ?? styled, fourth?.querySelector('div') ?? fourth].map((el) => textOf(el));
  const leaves = all(block, 'div, span').filter((el) => el.children.length === 0 && !el.closest(S.ITEM_BLOCK));
  const word = [...placed, ...leaves.map((el) => textOf(el))].find((t) => ORDER_STATUS_WORD.test(t));
  return word ?? placed.find(Boolean) ?? '';
}

/** One order div → its raw row. */
export function readDivOrder(block: Element): RawOrderRow {
  const head = all(block, S.DIV_HEADER)[0] ?? block;
  const anchors = itemAnchors(block);
  const prices = all(block, S.ITEM_PRICE);
  const counts = all(block, S.ITEM_QUANTITY);
  const pairs = prices.length === anchors.length && counts.length === anchors.length;
  const items = anchors.map((anchor, k) => {
    const line = lineOf(anchor, block, anchors, head);
    const cell = anchor.closest(S.DIV_CELL);
    return readItem({
      line,
      goods: cell && line.contains(cell) ? cell : line,
      ...(pairs && { priceEl: prices[k], quantityEl: counts[k] }),
    });
  });
  return {
    orderId: firstToken(labelValue(head, S.ORDER_ID_LABEL)) ?? '',
    buyer: textOf(all(block, S.NICKNAME)[0]),
    placedAt: labelValue(head, S.PLACED_LABEL) ?? '',
    status: statusOf(block),
    paid: paidText(textOf(all(block, S.PAY_AMOUNT)[0])),
    items,
  };
}
