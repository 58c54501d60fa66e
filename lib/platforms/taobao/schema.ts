/**
 * Taobao/Tmall quirks as plain string functions and tables, used by extract.ts. Pure: no DOM.
 */

/** Column header synonyms of the sold-orders list (宝贝 单价 数量 售后 买家 交易状态 实收款 评价). */
export const ORDER_HEADERS = {
  title: /宝贝|商品/,
  price: /单价|^价格/,
  quantity: /数量/,
  afterSale: /售后|退款状态/,
  buyer: /买家/,
  status: /交易状态|订单状态|^状态/,
  paid: /实收款|实付款|实付金额|买家实付|应收/,
};
/** A field read from an order-list column. */
export type OrderField = keyof typeof ORDER_HEADERS;

/** Column positions of the legacy list when no header row is found (research §1.2, getTable.js). */
export const DEFAULT_ORDER_COLUMNS: Partial<Record<OrderField, number>> = {
  title: 0,
  price: 1,
  quantity: 2,
  afterSale: 3,
  buyer: 4,
  status: 5,
  paid: 6,
};

/**
 * Column header synonyms of the product list. 30-day sales must not take the 累计销量 (all-time) column, so
 * it needs 30日/月销 in its header.
 */
export const PRODUCT_HEADERS = {
  title: /宝贝|商品/,
  price: /价格|售价|一口价/,
  stock: /库存/,
  sales30d: /30\s*[日天]|月销/,
  listedAt: /创建时间|发布时间|上架时间/,
  status: /^(?:商品|宝贝)?状态$/,
  outerId: /商家编码|货号/,
};
/** A field read from a product-list column. */
export type ProductField = keyof typeof PRODUCT_HEADERS;

/** Column positions seen in the Qianniu product table when no header row is found (research §1.3). */
export const DEFAULT_PRODUCT_COLUMNS: Partial<Record<ProductField, number>> = {
  title: 1,
  price: 2,
  stock: 3,
  sales30d: 5,
  listedAt: 7,
};

/**
 * Link and button texts that share a cell with the value we want: 和我联系 beside the buyer's nickname,
 * 详情 / 查看物流 under the status, 交易快照 beside the title. They are never the value.
 */
const CHROME_WORDS =
  /^(?:\[?交易快照\]?|快照|和我联系|联系买家|旺旺|详情|订单详情|查看详情|查看物流|物流详情|补发货|发货|修改价格|改价|延长收货时间|关闭交易|备注|添加备注|评价|双方已评|对方已评|查看评价|钱款去向|退款详情|查看退款|申请售后|投诉)$/;

/** True for the link/button words above. */
export function isChromeWord(text: string): boolean {
  return CHROME_WORDS.test(text.trim());
}

/**
 * A text without the button words drawn into it: the status box's text may end with `\n补发货` (research
 * §1.2), which reads `交易成功 补发货` once whitespace is collapsed. '' when nothing else is left.
 */
export function withoutChromeWords(text: string): string {
  return text
    .split(/\s+/)
    .filter((word) => word && !isChromeWord(word))
    .join(' ');
}

/**
 * Taobao's order status texts (research §1.4), for an order that shows its status as a word in a row. Refund
 * words are an item's after-sales state (the 售后 cell), never the order's status.
 */
const ORDER_STATUS_WORD =
  /^(?:等待买家付款|买家已付款[,，]?\s*等待卖家发货|等待卖家发货|卖家已发货[,，]?\s*等待买家确认|卖家部分发货|交易成功|交易关闭)$/;

/** True for a text that is one of Taobao's order status texts. */
export function isOrderStatusWord(text: string): boolean {
  return ORDER_STATUS_WORD.test(text.trim());
}

/**
 * Money cell text without its bracketed notes: the 实收款 cell reads `¥399.00 (含快递:¥0.00)` and the note's
 * amount must never be taken for the price. `--` stays as it is, so the parser reports it.
 */
export function cleanAmount(text: string): string {
  return text
    .replace(/[(（][^()（）]*[)）]/g, ' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/**
 * SKU property texts → the form Taobao uses everywhere else (exports, APIs): `颜色分类:黑色;尺码:M`. The page
 * may show them as one text, as one element per property, or with name, colon and value in separate
 * elements (pieces ending or starting with a colon are joined again), with full-width colons and semicolons.
 */
export function cleanSpec(pieces: string[]): string {
  const parts: string[] = [];
  for (const raw of pieces) {
    const piece = raw.replace(/[\s\u00a0]+/g, ' ').trim();
    const last = parts.length - 1;
    if (!piece) continue;
    if (last >= 0 && (/[:：]$/.test(parts[last]!) || /^[:：]/.test(piece))) parts[last] += piece;
    else parts.push(piece);
  }
  return parts
    .flatMap((part) => part.split(/[;；]|\s+(?=[^\s:：;；]+\s*[:：])/))
    .map((p) => p.replace(/\s*[:：]\s*/, ':').trim())
    .filter((p) => p && p !== ':')
    .join(';');
}

/** True for text that looks like one SKU property (`颜色分类：黑色`) rather than a code or id label. */
export function isSpecText(text: string): boolean {
  return /^[^\s:：]{1,12}\s*[:：]\s*\S/.test(text) && !/^(?:商家编码|编码|货号|ID|商品ID|宝贝ID|订单号)\s*[:：]/i.test(text);
}

/**
 * The item id of a Taobao/Tmall item link (`//item.taobao.com/item.htm?id=…`, `detail.tmall.com/item.htm?id=…`)
 * or of any link naming `itemId=`. The 交易快照 link (`tradeSnap.htm?tradeID=…`) names the sub-order, never the
 * item: it gives none.
 */
export function itemIdFromHref(href: string): string | undefined {
  const named = /[?&](?:itemId|item_id)=(\d+)/i.exec(href)?.[1];
  if (named) return named;
  return /item\.htm/.test(href) ? /[?&]id=(\d+)/.exec(href)?.[1] : undefined;
}

/** A 30-day sales figure not loaded yet (`.text-async-label` is empty or shows a placeholder first): no figure. */
export function loadedCount(text: string): string | undefined {
  return /\d/.test(text) ? text : undefined;
}

/** The listing-status words Qianniu shows as a tag on a product row (and in its tab names). */
const PRODUCT_STATUS_WORD = /^(?:出售中|仓库中|已售罄|售罄|已下架|下架|审核中|待审核|草稿|定时上架|违规下架)$/;

/** True for a text that is one listing-status word. */
export function isProductStatusWord(text: string): boolean {
  return PRODUCT_STATUS_WORD.test(text.trim());
}

/** A product-list tab's name → its status word: `出售中的宝贝(12)` → `出售中`; '' for 全部 and the like. */
export function statusOfTab(text: string): string {
  const word = text.replace(/[(（]?\s*\d+\s*[)）]?/g, '').replace(/的?(?:宝贝|商品)$/, '').trim();
  return isProductStatusWord(word) ? word : '';
}
