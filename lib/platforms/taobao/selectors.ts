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

/**
 * The product list's title cell shows `编码:YRF-2409` (research §1.3). A colon, a space or the end of the text
 * (the colon and value in elements of their own) must follow, so a title such as `编码器` never matches
 * (labelPattern already refuses `条形编码`).
 */
export const PRODUCT_OUTER_ID_LABEL = '(?:商家)?编码(?=\\s*[:：]|\\s+[A-Za-z0-9]|\\s*$)';

/**
 * The product list's title cell shows `ID:227638060486` (research §1.3); `ID 2276…` (a space, nbsp) only
 * before digits; `ID` alone when the colon and id are elements of their own.
 */
export const PRODUCT_ID_LABEL = '(?<![A-Za-z])(?:商品|宝贝)?ID(?=\\s*[:：]|\\s+\\d|\\s*$)';

/** The amount paid written with its label inside a cell (`实收款：¥338.00`), whatever the column header says. */
export const PAID_LABEL = '实收款|实付款|买家实付|实付金额';

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
export const ORIGINAL_PRICE = 'del, s, [class*="origin"], [class*="line-through"], [style*="line-through"]';

/** Fusion draws locked (fixed) columns a second time in these overlays; their rows are copies. */
export const LOCKED_COLUMN_COPY = '[class*="next-table-lock-left"], [class*="next-table-lock-right"]';

/** The product list's active tab (出售中的宝贝 / 仓库中的宝贝), the status of rows that show none. */
export const ACTIVE_TAB = '.next-tabs-tab.active, [class*="tabs-tab"][class*="active"], [role="tab"][aria-selected="true"]';

/**
 * A legacy order block, `div.item-mod__trade-order___2LnGB.trade-order-main` (research §1.2): the unit of an
 * order on list_sold_items.htm, whose header may carry the order id only in attributes.
 */
export const LEGACY_ORDER_BLOCK = '.trade-order-main, [class*="trade-order-main"], [class*="item-mod__trade-order"]';

/** The legacy page keys each order block `data-reactid=".0.4.3:$<orderId>"` (carycoti/myGM); the id is read from it. */
export const REACT_ID_ORDER = /\$(?:order-)?(\d{10,})/;

/** Qianniu's product tag list (`div.mc-tag-list-wrap`: 新品, 包邮 …) inside the title cell: never the title. */
export const TAG_LIST = '[class*="mc-tag-list"], [class*="tag-list"], .next-tag';

/** Figures read by their own label in a cell, whatever the column says: `30日销量 12` under a header 销量. */
export const SALES30D_LABEL = '(?:近)?30\\s*[日天]销量|月销量?';
/** The all-time figure beside it (td[4], research §1.3): never taken for the 30-day sales. */
export const TOTAL_SALES_LABEL = '累计销量|总销量';
/** Stock and creation time written with their label inside a cell. */
export const STOCK_LABEL = '(?:总)?库存';
export const LISTED_AT_LABEL = '创建时间|发布时间|上架时间';

/** The value elements inside the product list's cells (research §1.3): `.price-value span`, `span.quantity`, `.text-async-label`. */
export const PRICE_VALUE = '[class*="price-value"]';
export const STOCK_VALUE = '[class*="quantity-item-label"] [class*="quantity"]:not([class*="quantity-item"]), span.quantity';
export const ASYNC_SALES = '[class*="text-async-label"]';

/** Fusion repeats its header as a `tr.next-table-header` inside the body on some builds (research §1.3): never a product. */
export const BODY_HEADER_ROW = '[class*="next-table-header"]';

// Proven by test/fixtures/html/taobao-orders.html, taobao-orders-legacy.html, taobao-orders-broken.html,
// taobao-orders-snapshot.html, taobao-products.html, taobao-products-async.html (built by
// test/fixtures/pages/taobao*.ts), the hand-written cases in test/lib/platforms/taobao/extract.test.ts and the
// page variants in test/lib/platforms/taobao/variants.test.ts.
