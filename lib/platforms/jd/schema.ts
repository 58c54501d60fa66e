import { parseOrderStatus } from '../../domain';

/**
 * JD (京麦) quirks as plain string functions, used by extract.ts. Pure: no DOM, so they are tested in Node.
 */

/** Fields of a ware-list row, each found by its column's header text. */
export type WareField =
  | 'title'
  | 'productId'
  | 'skuId'
  | 'outerId'
  | 'spec'
  | 'price'
  | 'stock'
  | 'sales30d'
  | 'status'
  | 'listedAt';

/**
 * Header synonyms of the ware list. `商品信息` must not catch `商品编号`/`商品状态`, and the SKU column must
 * not catch `商家SKU` (that is the seller's code), hence the anchors.
 */
export const WARE_HEADERS: Record<WareField, RegExp> = {
  title: /商品信息|商品名称|商品标题|^商品$/,
  productId: /商品编号|商品ID|^ware\s*id$/i,
  skuId: /SKU编码|SKU\s*ID|SKU编号|^SKU$/i,
  outerId: /货号|商家编码|商家SKU/i,
  spec: /销售属性|规格|^属性$/,
  price: /京东价|价格|售价|单价/,
  stock: /库存/,
  sales30d: /30\s*[天日]销量|近30天销量|月销量/,
  status: /状态/,
  listedAt: /上架时间|创建时间|发布时间/,
};

/** After-sales words shown as a tag or a note beside the status (退款中, 退款成功 …). */
export function isAfterSaleText(text: string): boolean {
  const s = parseOrderStatus(text);
  return s === 'refunding' || s === 'refunded';
}

// Notes that sit in the 应收金额 cell next to the amount: `运费 ¥6.00`, `（含运费¥6.00）`, `优惠 ¥10.00`.
const AMOUNT_NOTE = /(?:含)?(?:运费|邮费|优惠|补贴|减免)\s*[:：]?\s*[¥￥]?\s*[\d,]+(?:\.\d+)?/g;

/**
 * The 应收金额 cell's text → the text of the amount the buyer owes, without the 运费 note that follows it
 * (the total already includes shipping). A yuan-marked amount wins over bare numbers such as `共2件`.
 * Returns '' when only notes are left, so the row is rejected as missing its amount.
 */
export function receivablesText(text: string): string {
  const rest = text.replace(AMOUNT_NOTE, ' ');
  const marked = /[¥￥]\s*[\d,]+(?:\.\d+)?/.exec(rest);
  if (marked) return marked[0];
  return /\d/.test(rest) ? rest.trim() : '';
}

const TIME = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?:\s*日)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/;

/** `… 下单，… 付款` → the 下单 time; any other time text is returned unchanged (the first time counts). */
export function placedAtText(text: string): string {
  const m = new RegExp(`(${TIME.source})\\s*下单`).exec(text);
  return m ? m[1]! : text.trim();
}

/** A time cell that shows both `创建时间：…` and `上架时间：…` → the 上架 time; otherwise the cell's text. */
export function listedAtText(text: string): string {
  const m = new RegExp(`上架(?:时间)?\\s*[:：]?\\s*(${TIME.source})`).exec(text);
  return m ? m[1]! : text.trim();
}

/** The unit price among a SKU line's right-hand values (`¥199.00`). */
export function isPriceText(text: string): boolean {
  return /[¥￥]\s*\d/.test(text);
}

/** The quantity among a SKU line's right-hand values (`x2`, `×2`, `2件`). */
export function isQuantityText(text: string): boolean {
  return /^\s*[x×X*＊]\s*\d+\s*$|^\s*\d+\s*件\s*$/.test(text);
}

/** The first amount of a text (`¥199.00 市场价 ¥299.00` → `¥199.00`, `1,527.00元` → `1,527.00`); '' when none. */
export function moneyIn(text: string | undefined): string {
  return /[¥￥]\s*-?[\d,]+(?:\.\d+)?|-?\d[\d,]*(?:\.\d+)?/.exec(text ?? '')?.[0] ?? '';
}

/** The first count of a text (`12`, `1.2万`, `x2`); '' when none. */
export function countIn(text: string | undefined): string {
  return /[x×X]?\s*\d[\d,]*(?:\.\d+)?\s*[万千]?/.exec(text ?? '')?.[0]?.trim() ?? '';
}

/**
 * The 货号-like code a porder title ends with (`男士石英表 JS-8812` → `JS-8812`, [id 21261590127]): letters,
 * digits and at least one `-` or `.` joining them, after a space. A model word (`K70`, `Pro`) is not one.
 */
export function codeAtEnd(title: string): string | undefined {
  const m = /(?:^|\s)([A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)+)$/.exec(title.trim());
  return m && /[A-Za-z]/.test(m[1]!) && /\d/.test(m[1]!) ? m[1] : undefined;
}

/** Fields of the old porder list's body rows, found by column header text when the list shows headers. */
export type PorderField = 'title' | 'price' | 'quantity' | 'paid' | 'buyer' | 'receiver' | 'status' | 'remark';

/** Header synonyms of the porder list; the receiver column is mapped only so it is never read. */
export const PORDER_HEADERS: Record<PorderField, RegExp> = {
  title: /^商品$|商品信息|商品名称|^宝贝/,
  price: /单价|京东价|^价格/,
  quantity: /数量/,
  paid: /应付|实付|应收|订单金额|^金额/,
  buyer: /买家|下单账号|下单帐号|用户账号/,
  receiver: /收货人|收件人|联系方式/,
  status: /订单状态|^状态$/,
  remark: /备注/,
};
