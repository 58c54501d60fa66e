/**
 * What a row (or block) of a list is, from its visible text pieces alone — the one rule every reader uses to
 * tell an item line from the other rows the consoles draw between an order's items: remarks and buyer
 * messages, logistics and after-sales notes, gift or service lines without a price, sub-totals, "查看更多" /
 * "复制" controls, measure and spacer rows. A row that is not an item line is skipped, never read as a
 * broken item.
 */
export type LineKind = 'item' | 'remark' | 'control' | 'subtotal' | 'gift' | 'empty' | 'other';

/** Labels that open a note row, not an item: 商家备注, 买家留言, logistics and after-sales notes, risk notices. */
export const NOTE_START =
  /^(?:商家备注|卖家备注|买家备注|订单备注|备注|买家留言|留言|物流信息|物流|快递单号|运单号|配送信息|售后信息|售后说明|退款说明|退款原因|发货提醒|风险提示|此订单需要|温馨提示|系统提示)(?:\s|[:：]|$)/;

/** Words of controls and links that are never a value (a row of nothing else is a control row). */
export const CONTROL_WORD =
  /^(?:查看更多|查看全部|更多|展开|收起|展开全部|收起全部|加载更多|复制|复制完整信息|一键复制|查看|查看详情|详情|查看物流|查看手机号|查看敏感信息|隐私号|虚拟号说明|联系买家|和我联系|备注|添加备注|编辑|修改|删除|-|--|—)$/;

const SUBTOTAL = /^(?:合计|小计|总计|共计|共\s*\d+\s*件)/;
const GIFT = /赠品|赠送|运费险|保障服务|服务费|退货包运费|安心购|极速退/;
const MONEY = /[¥￥]\s*-?\d|^\d[\d,]*\.\d{1,2}\s*元?$|\d\s*元(?![\u4e00-\u9fff])/;
const QUANTITY = /^[x×X*＊]\s*\d+$|^\d+\s*件$|数量\s*[:：]?\s*\d+|^\d{1,5}$|[x×X]\s*\d+$/;
/** A text that begins with a label (`商家编码：`, `ID:`): a label line, never a title or a value. */
export const LABEL_START = /^[\u4e00-\u9fffA-Za-z ]{1,8}[:：]/;
const WORDY = /[\u4e00-\u9fff].*[\u4e00-\u9fff]|[A-Za-z]{4}/;

/** A piece that could be an item's title: words, not a label line, not an amount, not a control. */
function isTitleLike(piece: string): boolean {
  return WORDY.test(piece) && !LABEL_START.test(piece) && !MONEY.test(piece) && !CONTROL_WORD.test(piece) && !NOTE_START.test(piece);
}

/** The kind of a row from its visible text pieces in order (textPieces of the row). */
export function lineKind(pieces: string[]): LineKind {
  const list = pieces.map((p) => p.trim()).filter(Boolean);
  if (list.length === 0) return 'empty';
  if (NOTE_START.test(list[0]!)) return 'remark';
  if (list.every((p) => CONTROL_WORD.test(p))) return 'control';
  if (SUBTOTAL.test(list[0]!)) return 'subtotal';
  const money = list.some((p) => MONEY.test(p));
  const quantity = list.some((p) => QUANTITY.test(p));
  const title = list.some(isTitleLike);
  if (!money && list.some((p) => GIFT.test(p))) return 'gift';
  if (title && (money || quantity)) return 'item';
  return 'other';
}

/** True for a row that carries an item's own anchors: a title with a price and/or a quantity. */
export function isItemLine(pieces: string[]): boolean {
  return lineKind(pieces) === 'item';
}

const NOT_DATA: ReadonlySet<LineKind> = new Set<LineKind>(['remark', 'control', 'subtotal', 'gift', 'empty']);

/** True for the kinds that are never an item (remark, control, sub-total, gift without a price, empty): skipped rows. */
export function isNotData(kind: LineKind): boolean {
  return NOT_DATA.has(kind);
}
