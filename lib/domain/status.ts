export const ORDER_STATUSES = ['unpaid', 'paid', 'shipped', 'completed', 'closed', 'refunding', 'refunded'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const PRODUCT_STATUSES = ['on_sale', 'off_shelf', 'sold_out', 'in_review', 'draft'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

// Checked in order; the first match wins. Refund words come first because a refunded order often also
// reads 交易关闭; shipped before unpaid because 等待确认收货 contains 待确认; unpaid before paid because
// 等待买家付款 contains 付款.
const ORDER_RULES: [RegExp, OrderStatus][] = [
  [/退款成功|已退款|退款完成|全额退款|退货退款成功/, 'refunded'],
  [/退款中|售后中|申请退款|退款申请|退货中|退款处理中/, 'refunding'],
  [/交易关闭|已关闭|已取消|取消|订单关闭|TRADE_CLOSED/, 'closed'],
  [/交易成功|已完成|已签收|已收货|完成|TRADE_FINISHED/, 'completed'],
  [/已发货|部分发货|等待买家确认|待收货|等待确认收货|配送中|运输中|已出库|WAIT_BUYER_CONFIRM/, 'shipped'],
  [/等待买家付款|待付款|待支付|未付款|待确认|WAIT_BUYER_PAY/, 'unpaid'],
  [/买家已付款|等待卖家发货|待发货|待出库|等待出库|已支付|已付款|备货中|待配货|待揽收|WAIT_SELLER_SEND/, 'paid'],
];

/** Status text of any of the four consoles → the normalised order status; undefined when unknown. */
export function parseOrderStatus(text: string): OrderStatus | undefined {
  return ORDER_RULES.find(([re]) => re.test(text))?.[1];
}

const PRODUCT_RULES: [RegExp, ProductStatus][] = [
  [/审核|待审|驳回/, 'in_review'],
  [/草稿/, 'draft'],
  [/售罄|已售完|无货|缺货/, 'sold_out'],
  [/下架|仓库中|已下线|停售|暂停|in_stock|warehouse/, 'off_shelf'],
  [/在售|出售中|销售中|上架|已上线|售卖中|on_sale/, 'on_sale'],
];

/** Product status text (or the page tab's name) → the normalised product status. */
export function parseProductStatus(text: string): ProductStatus | undefined {
  return PRODUCT_RULES.find(([re]) => re.test(text))?.[1];
}
