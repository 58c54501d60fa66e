import { squashSpace, stripCss, visibleTextNodes } from '../../scrape';
import { ON_SALE_MODE, PRODUCT_STATUS_WORD } from './schema';
import * as S from './selectors';

/** Words of an actions cell drawn as plain text (the 8-td rows' td7: 编辑 / 下架 / …): never a status. */
const ACTION_WORD = /^(?:编辑|下架|上架|删除|复制|复制链接|推广|预览|查看|更多|修改|改价|改库存|分享|提报活动)$/;

/** The words of a cell outside `drop` (links, buttons; the title in the title cell), piece by piece. */
function tokens(cell: Element | undefined, drop: string = S.ACTION): string[] {
  if (!cell) return [];
  const kept = visibleTextNodes(cell).filter((n) => {
    const dropped = n.parentElement?.closest(drop);
    return !dropped || dropped === cell || !cell.contains(dropped);
  });
  return kept.map((n) => squashSpace(stripCss(n.nodeValue ?? ''))).flatMap((t) => (t ? t.split(' ') : []));
}
const isActions = (words: string[]) => words.length > 0 && words.every((w) => ACTION_WORD.test(w)) && words.some((w) => !PRODUCT_STATUS_WORD.test(w));

/**
 * The product's status text: the 状态 column's word when the list has one; else a status word in the row
 * (a cell of its own, or the last word of the 8-td rows' time cell), outside links, buttons and action
 * cells and never the title; else 在售 for a row marked 现货模式; else the active tab's name
 * (`在售中`) when it names a status; else ''.
 */
export function rowStatus(cells: Element[], statusCell: Element | undefined, info: Element, tab: string): string {
  const own = tokens(statusCell);
  if (own.length > 0) return own.find((w) => PRODUCT_STATUS_WORD.test(w)) ?? own[0]!;
  const words = [...new Set(cells)]
    .map((c) => (c === info || c.contains(info) ? tokens(c, `${S.ACTION}, ${S.PRODUCT_TITLE}`) : tokens(c)))
    .filter((w) => !isActions(w));
  const found = words.flatMap((w) => w.filter((t) => PRODUCT_STATUS_WORD.test(t)))[0];
  if (found) return found;
  if (words.some((w) => w.some((t) => ON_SALE_MODE.test(t)))) return '在售';
  return PRODUCT_STATUS_WORD.test(tab) ? tab : '';
}
