import { parseMoneyFen, parseOrderStatus, parseQuantity } from '../../domain';
// lines.ts is plain regexes (no DOM): the shared list of control words.
import { CONTROL_WORD } from '../../scrape/lines';
import { RECEIVER_HEADER, SOLO_PRICE_LABEL } from './selectors';

/**
 * Pinduoduo's quirks as plain string functions: header synonyms, the after-sales column's "nothing" words,
 * and how the lines of a goods cell are told apart. Pure, so they are tested in Node.
 */

export type OrderColumn = 'goods' | 'status' | 'quantity' | 'total' | 'paid' | 'buyer' | 'afterSale' | 'receiver';
export type ProductColumn = 'goods' | 'productId' | 'outerId' | 'price' | 'stock' | 'sales30d' | 'listedAt' | 'status';

/** Order-list headers (after lib/scrape normalizeHeader), from the list page and the 订单 export's column names. */
export const ORDER_HEADERS: Record<OrderColumn, RegExp> = {
  goods: /^(商品|商品信息|商品名称|宝贝信息)$/,
  status: /^订单状态$/,
  quantity: /数量/,
  total: /^商品总价|^商品金额/,
  paid: /实收|实付/,
  // The 买家昵称 column only: never 收货人/收货信息 (the receiver), 买家留言 or a merge page's 买家信息.
  buyer: /^(?:买家|买家昵称|昵称|用户昵称|买家账号)$/,
  afterSale: /售后/,
  // Found only so that it is never read (not even as the buyer).
  receiver: RECEIVER_HEADER,
};

/**
 * Where the cells sit when a page has no header row: the order of the userscript that read the list
 * cell by cell (research §4.3: goods, 订单状态, 数量, 商品总价, 实收金额, 收货人, 买家昵称), 售后状态 after them.
 * Counted from the goods cell: the 2022 list has a cell before it (`td[1]` goods, `td[3]` 数量, [id 13315559547]).
 */
export const ORDER_DEFAULT_COLUMNS: Record<OrderColumn, number> = {
  goods: 0,
  status: 1,
  quantity: 2,
  total: 3,
  paid: 4,
  receiver: 5,
  buyer: 6,
  afterSale: 7,
};

/** Goods-list headers (after lib/scrape normalizeHeader). */
export const PRODUCT_HEADERS: Record<ProductColumn, RegExp> = {
  goods: /^(商品|商品信息|商品名称|商品标题)$/,
  productId: /^(商品)?ID$/i,
  outerId: /商家编码|货号/,
  price: /价格|拼单价|售价/,
  stock: /库存/,
  // Only a 30-day column: a plain 销量 may be all-time sales, which would inflate the stock warnings.
  sales30d: /30[日天].*销量|销量.*30[日天]|月销量/,
  listedAt: /创建时间|发布时间|上架时间/,
  status: /^(商品)?状态$/,
};

/** The after-sales column says "nothing" in several ways; those are not part of the order's status. */
export function afterSaleText(text: string): string {
  const t = text.replace(/[\s\u00a0]+/g, ' ').trim();
  return /^(无售后|暂无售后|无|暂无|-+|—+)?$/.test(t) ? '' : t;
}

/**
 * Link and button words inside cells (查看 reveals the masked receiver; ShopLens never clicks or stores it):
 * the shared control words, and the ones only PDD writes.
 */
export function isActionText(text: string): boolean {
  const t = text.trim();
  // A dash is a value ("none"), which the parsers read as such; not a control here.
  return (CONTROL_WORD.test(t) && !/^[-—]+$/.test(t)) || /^(物流详情|联系TA)$/.test(t);
}

/**
 * An order number as PDD writes it: `250731-662525154951775` (date, hyphen, serial), older ones all digits.
 * A date such as `2025-07-31` is not one, so a filter's 订单编号 label followed by a date is not an order.
 */
export function isOrderIdText(text: string): boolean {
  return /^\d{6,}(-\d{6,})?$/.test(text.trim());
}

/** The order number a label's value starts with (`250731-662525154951775复制` → the number); '' when none. */
export function orderSnOf(value: string): string {
  const sn = /^\d{6,}(?:-\d{6,})?(?!\d)/.exec(value.trim())?.[0] ?? '';
  return isOrderIdText(sn) ? sn : '';
}

/** A paid cell's text without its `(含运费：¥5.00)` note, so the first amount left is what was paid. */
export function withoutShipping(text: string): string {
  return text.replace(/[（(]?\s*含运费\s*[:：]?\s*[¥￥]?\s*[\d,.]*\s*元?\s*[)）]?/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A masked buyer nickname as the list shows it (`tb_88***`, `木**子`): the 2026 script's pattern, two stars or more. */
export function isMaskedNickname(text: string): boolean {
  return /^[A-Za-z0-9\u4e00-\u9fa5_]*[A-Za-z0-9\u4e00-\u9fa5_]\*{2,}[A-Za-z0-9\u4e00-\u9fa5_]*$/.test(text.trim());
}

/** A short order status word standing in a row or head (`待发货`, `已发货，待签收`), not a label or a note. */
export function isOrderStatusWord(text: string): boolean {
  const t = text.trim();
  return t.length <= 12 && !/\d|[:：]/.test(t) && parseOrderStatus(t) !== undefined;
}

/** A goods status word standing in a row (`在售中`, `已下架`; the older list writes `销售中` after the time). */
export const PRODUCT_STATUS_WORD = /^(?:在售中|销售中|出售中|已上架|已下架|已售罄|售罄|草稿箱?|已驳回|审核中|待审核|仓库中)$/;

/** A price cell's text without its `单买价 ¥…` part, for a cell that shows no 拼单价 label. */
export function withoutSoloPrice(text: string): string {
  const amount = '[¥￥]?\\s*[\\d,.]+';
  const solo = new RegExp(`(?:${SOLO_PRICE_LABEL})\\s*[:：]?\\s*${amount}(?:\\s*[-~～至]\\s*${amount})?`, 'g');
  return text.replace(solo, ' ').replace(/\s+/g, ' ').trim();
}

/** The date-time inside a cell (`2019-05-01 12:00 销售中` → the time). */
export function timeIn(text: string): string {
  return /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/.exec(text)?.[0] ?? '';
}

/** What the lines of a goods cell say: name, `ID: …`, `商家编码: …`, a `¥` unit price, the spec last. */
export interface GoodsText {
  title: string;
  spec: string;
  productId: string;
  outerId: string;
  price: string;
}

const GOODS_LABELS: [keyof GoodsText, RegExp][] = [
  // `ID` needs a colon or a number after it, so a name such as `IDEAL 保温杯` stays a name.
  ['productId', /^(?:商品)?ID(?:\s*[:：]|\s+(?=\d))\s*(.*)$/i],
  ['outerId', /^(?:商家编码|货号)\s*[:：]?\s*(.*)$/],
  ['spec', /^(?:商品规格|规格)\s*[:：]\s*(.*)$/],
  ['price', /^(?:单价|价格)\s*[:：]\s*(.*)$/],
];

/**
 * The lines of a goods cell (each child's text, in order) → its fields. Labelled lines are read by label;
 * a line that is only a price (`¥139.90`) is the unit price; of the other lines the first is the name and,
 * when there are more, the last is the spec (the list puts the spec as the cell's last child). A `title`
 * read from the kit's own name element is the name, and then any other free line the spec.
 */
export function readGoodsLines(lines: string[], title?: string): GoodsText {
  const out: GoodsText = { title: '', spec: '', productId: '', outerId: '', price: '' };
  const free: string[] = [];
  for (const line of lines.map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())) {
    if (!line || isActionText(line) || line === title) continue;
    const labelled = GOODS_LABELS.find(([, re]) => re.test(line));
    if (labelled) {
      const [field, re] = labelled;
      if (!out[field]) out[field] = re.exec(line)![1]!.trim();
    } else if (/^[¥￥]\s*\d[\d,.]*$/.test(line)) {
      out.price ||= line;
    } else {
      free.push(line);
    }
  }
  if (title !== undefined) {
    // The kit named the title element: every other free line is not the name, the last is the spec.
    out.title = title;
    if (!out.spec && free.length) out.spec = free[free.length - 1]!;
    return out;
  }
  out.title = free[0] ?? '';
  if (!out.spec && free.length > 1) out.spec = free[free.length - 1]!;
  return out;
}

/**
 * The unit price when a goods line shows only its total (商品总价 = unit price × 数量): the total divided by
 * the quantity, rounded to the fen, as yuan text. '' when either cannot be read, so the price is reported
 * missing rather than guessed.
 */
export function unitPriceText(total: string, quantity: string): string {
  const fen = parseMoneyFen(total);
  const qty = parseQuantity(quantity);
  if (fen === undefined || qty === undefined) return '';
  return (Math.round(fen / qty) / 100).toFixed(2);
}
