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
  /^(?:待支付|待确认|部分支付|已支付|待发货|备货中|部分发货|已发货|待收货|已签收|已完成|已关闭|已取消|交易成功|交易关闭)$/;

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

/** Spec text without a trailing quantity (`颜色:黑色 尺码:M x2` is how the item cell sometimes reads). */
export function specText(text: string): string {
  return text.replace(/\s*[x×X]\s*\d+\s*$/, '').trim();
}

/** The `x2` / `×2` quantity token inside a longer text, or undefined. */
export function quantityToken(text: string): string | undefined {
  return /[x×X]\s*\d+/.exec(text)?.[0];
}

/** The product id written as `ID:3…` / `ID：3…` in the product cell (not `商品ID`, not `SKU ID`). */
export function productIdToken(text: string): string | undefined {
  return /(?<![A-Za-z\u4e00-\u9fff])(?<!SKU\s?)ID\s*[:：]\s*(\d{6,})/.exec(text)?.[1];
}
