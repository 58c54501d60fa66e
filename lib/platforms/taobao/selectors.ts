/**
 * Every selector and text anchor the Taobao/Tmall reader uses. Class names carry build hashes
 * (`buyer-mod__name___S9vit`, `sold_create-time__…`) that change on redeploy, so they are matched by
 * substring only; text anchors and header texts come first wherever the page has them.
 */

/** 订单号：… heads every order, in the Qianniu header row and in the legacy checkbox label (research §1.2). 子订单号 is an item's, not an order's. */
export const ORDER_ID_LABEL = '(?<!子)(?:订单号|订单编号)';

/** 创建时间：… in the Qianniu header row (`span[class*=sold_create-time]`); the legacy label says 成交时间. */
export const PLACED_AT_LABEL = '创建时间|成交时间|下单时间';

/** 商家编码：… sits in the item cell on both order pages (`div[class*=sold_extra-desc]`). */
export const OUTER_ID_LABEL = '商家编码';

/** The product list's title cell shows `编码:YRF-2409` (research §1.3); the colon is required so titles never match. */
export const PRODUCT_OUTER_ID_LABEL = '商家编码(?=\\s*[:：])|编码(?=\\s*[:：])';

/** The product list's title cell shows `ID:227638060486` (research §1.3). */
export const PRODUCT_ID_LABEL = '(?<![A-Za-z])(?:商品|宝贝)?ID(?=\\s*[:：])';

/** Some order layouts print the nickname in the order's header row instead of a 买家 column. */
export const BUYER_LABEL = '买家(?:昵称|账号)?(?=\\s*[:：])';

/** The legacy page's order checkbox carries the order id as its value (research §1.2, [id 15583205106]). */
export const ORDER_ID_INPUT = 'input[name="orderid"]';

/** Item links `item.taobao.com/item.htm?id=…` / `detail.tmall.com/item.htm?id=…` carry the product id. */
export const ITEM_LINK = 'a[href*="item.htm"]';

/** Title elements: Qianniu's `a.title-link`, the kits' `*title*` classes. */
export const TITLE_ELEMENT = '[class*="title"]';

/** SKU property text: Qianniu `div[class*=sold_sku-desc]`, legacy `.production-mod__sku-item___…`. */
export const SKU_TEXT =
  '[class*="sku-desc"], [class*="sku_desc"], [class*="sku-item"], [class*="skuText"], [class*="sku-info"]';

/** The nickname inside the buyer cell, beside the 和我联系 wangwang link: Qianniu `span[class*=sold_ww-box]`, legacy `a[class^=buyer-mod__name___]`. */
export const BUYER_NAME = '[class*="buyer-mod__name"], [class*="ww-box"], [class*="buyer-name"], [class*="nick"]';

/** The status box of an order when no 交易状态 header maps it: Qianniu `div[class*=sold_status-item-box]`, legacy `text-mod__link`. */
export const ORDER_STATUS_BOX = '[class*="status-item-box"], [class*="text-mod__link"]';

/** Struck-through original prices shown above the price paid (legacy `price-mod__price` cell). */
export const ORIGINAL_PRICE = 'del, s, [class*="origin"], [class*="line-through"]';

/** Fusion draws locked (fixed) columns a second time in these overlays; their rows are copies. */
export const LOCKED_COLUMN_COPY = '[class*="next-table-lock-left"], [class*="next-table-lock-right"]';

/** The product list's active tab (出售中的宝贝 / 仓库中的宝贝), the status of rows that show none. */
export const ACTIVE_TAB = '.next-tabs-tab.active, [class*="tabs-tab"][class*="active"], [role="tab"][aria-selected="true"]';

// Proven by test/fixtures/html/taobao-orders.html, taobao-orders-legacy.html, taobao-orders-broken.html,
// taobao-products.html (built by test/fixtures/pages/taobao*.ts) and the variants in
// test/lib/platforms/taobao/extract.test.ts.
