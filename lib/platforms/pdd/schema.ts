import { parseMoneyFen, parseQuantity } from '../../domain';

/**
 * Pinduoduo's quirks as plain string functions: header synonyms, the after-sales column's "nothing" words,
 * and how the lines of a goods cell are told apart. Pure, so they are tested in Node.
 */

export type OrderColumn = 'goods' | 'status' | 'quantity' | 'total' | 'paid' | 'buyer' | 'afterSale';
export type ProductColumn = 'goods' | 'productId' | 'outerId' | 'price' | 'stock' | 'sales30d' | 'listedAt' | 'status';

/** Order-list headers (after lib/scrape normalizeHeader), from the list page and the 订单 export's column names. */
export const ORDER_HEADERS: Record<OrderColumn, RegExp> = {
  goods: /^(商品|商品信息|商品名称|宝贝信息)$/,
  status: /^订单状态$/,
  quantity: /数量/,
  total: /^商品总价|^商品金额/,
  paid: /实收|实付/,
  buyer: /买家|昵称/,
  afterSale: /售后/,
};

/**
 * Where the cells sit when a page has no header row: the order of the userscript that read the list
 * cell by cell (research §4.3: goods, 订单状态, 数量, 商品总价, 实收金额, 收货人, 买家昵称), 售后状态 after them.
 */
export const ORDER_DEFAULT_COLUMNS: Record<OrderColumn, number> = {
  goods: 0,
  status: 1,
  quantity: 2,
  total: 3,
  paid: 4,
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

/** Link and button words inside cells (查看 reveals the masked receiver; ShopLens never clicks or stores it). */
export function isActionText(text: string): boolean {
  return /^(查看|查看详情|详情|查看手机号|查看物流|物流详情|复制|复制完整信息|联系买家|联系TA|备注|添加备注)$/.test(text.trim());
}

/**
 * An order number as PDD writes it: `250731-662525154951775` (date, hyphen, serial), older ones all digits.
 * A date such as `2025-07-31` is not one, so a filter's 订单编号 label followed by a date is not an order.
 */
export function isOrderIdText(text: string): boolean {
  return /^\d{6,}(-\d{6,})?$/.test(text.trim());
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
 * when there are more, the last is the spec (the list puts the spec as the cell's last child).
 */
export function readGoodsLines(lines: string[]): GoodsText {
  const out: GoodsText = { title: '', spec: '', productId: '', outerId: '', price: '' };
  const free: string[] = [];
  for (const line of lines.map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())) {
    if (!line || isActionText(line)) continue;
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
