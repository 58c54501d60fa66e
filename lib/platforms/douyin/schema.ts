import type { HeaderMap } from '../../scrape/grid';

/**
 * 抖店's quirks as pure text functions: the header words of its two lists, its status words, and the
 * cleaning its cells need before the shared parsers (lib/domain/parse-row.ts) read them.
 */

/** Order-table column headers (商品 | 单价/数量 | 售后 | 实付金额 | 买家/收货信息 | 订单状态 | 操作). */
export const ORDER_HEADERS: HeaderMap<'goods' | 'price' | 'afterSale' | 'paid' | 'buyer' | 'status'> = {
  goods: /^商品(?:信息)?$/,
  price: /单价|数量/,
  afterSale: /售后/,
  paid: /实付|应付|订单金额|支付金额/,
  buyer: /买家|昵称/,
  status: /订单状态|^状态$/,
};

/** Product-table column headers (商品信息 | 商家编码 | 价格 | 总库存 | 30日销量 | 状态 | 创建时间 | 操作). */
export const PRODUCT_HEADERS: HeaderMap<
  'info' | 'outerId' | 'price' | 'stock' | 'sales30d' | 'status' | 'listedAt'
> = {
  info: /商品信息|商品名称|^商品$/,
  outerId: /商家编码|货号/,
  price: /价格|售价/,
  stock: /总库存|^库存|可售库存/,
  sales30d: /30\s*[日天]销量|近30天/,
  status: /状态/,
  listedAt: /创建时间|发布时间|上架时间/,
};

/** The order status words the console prints (order_status_text and its sub-states, research §2.4). */
export const ORDER_STATUS_WORD =
  /^(?:待支付|待付款|待确认|部分支付|已支付|待发货|备货中|部分发货|已发货|卖家已发货|待收货|已签收|已完成|已关闭|已取消|交易成功|交易关闭|交易完成)$/;

/**
 * The product status words a 商品管理 row may show as a word in the row when the list has no 状态 column
 * (sku_bootstrapper: 下架/停售/暂停; the 8-td rows: the last token of the time cell). Action links say 下架
 * too — callers read only text outside links and buttons. 商品诊断 grades (优秀/优质/待优化/衰退) are no status.
 */
export const PRODUCT_STATUS_WORD =
  /^(?:在售中|在售|售卖中|销售中|出售中|已上架|已下架|下架|仓库中|已停售|停售|暂停销售|已暂停|暂停|已售罄|售罄|审核中|待审核|审核驳回|审核不通过|草稿|草稿箱)$/;

/**
 * `现货模式` marks a listing that is selling (the crawler tells off-sale rows by 下架/停售/暂停 and takes the
 * rest, which show 现货模式, as on sale): the on-sale word for a row that shows no other status.
 */
export const ON_SALE_MODE = /^现货模式$/;

/** 售后 cell text → the after-sales text, or '' when the cell says there is none (`-`, `无`). */
export function afterSaleText(text: string): string {
  const t = text.trim();
  return t === '-' || t === '--' || t === '无' || t === '暂无' ? '' : t;
}

/**
 * 实付 cell text → the paid amount's text without the notes around it: the payment method before it and
 * the shipping note after it (`抖音支付 ¥119.80 (含运费¥0.00)`), so the first amount left is the paid one
 * even when the note comes first.
 */
export function paidText(text: string): string {
  return text
    .replace(/[(（]?\s*(?:含|包含)?\s*运费\s*[:：]?\s*[¥￥]?\s*[\d.,]+\s*元?\s*[)）]?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Spec text without a trailing quantity (`颜色:黑色 尺码:M x2`), a 商家编码 glued to it (`…x2商家编码：A1`,
 * the crawler's rows) or the 2021 `\\` separators between values (`黑色\\XL` → `黑色 XL`).
 */
export function specText(text: string): string {
  return text
    .replace(/(?<![\u4e00-\u9fffA-Za-z])(?:商家编码|商品ID)\s*[:：]?.*$/, '')
    .replace(/\s*[x×X]\s*\d+\s*$/, '')
    .replace(/\s*\\+\s*/g, ' ')
    .trim();
}

/** The `<spec>x<qty>` piece of a goods text (ends in a quantity, maybe with 商家编码 glued on), or undefined. */
export function specPiece(text: string): { spec: string; quantity: string } | undefined {
  const m = /^(.*?)\s*([x×X]\s*\d+)(?:\s*(?:商家编码|商品ID)\s*[:：]?.*)?$/.exec(text);
  return m ? { spec: specText(m[1]!), quantity: m[2]! } : undefined;
}

/** The `x2` / `×2` quantity token inside a longer text, or undefined. */
export function quantityToken(text: string): string | undefined {
  return /[x×X]\s*\d+/.exec(text)?.[0];
}

/** The product id written as `ID:3…` / `ID：3…` in the product cell (not `商品ID`, not `SKU ID`). */
export function productIdToken(text: string): string | undefined {
  return /(?<![A-Za-z\u4e00-\u9fff])(?<!SKU\s?)ID\s*[:：]\s*(\d{6,})/.exec(text)?.[1];
}
