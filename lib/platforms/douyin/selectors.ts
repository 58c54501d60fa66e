/**
 * Every selector and text anchor the 抖店 reader uses. Class names carry build hashes
 * (`index_payAmount__2WjWz`), so they are matched by substring, never in full; text anchors and header
 * texts come first wherever the page has them. Sources are the research notes, platform-pages.md §2.2–2.3.
 */

// ---- 订单管理 (/ffa/morder/order/list): the ByteDance `auxo` tree table ----

/** Body rows of the order tree table (`tr.auxo-table-row`); antd's measure row is not one of them. */
export const ORDER_ROW = 'tr[class*="-table-row"]:not([class*="measure-row"]), tr[data-row-key]';
/** On an order's header row: `auxo-table-row-level-0`, data-row-key = the order id (Playwright crawler). */
export const ORDER_HEAD_ROW_CLASS = /(?:^|\s)[\w-]*table-row-level-0(?:\s|$)/;
/** The remark row closing each order (商家备注 / 买家留言), `auxo-pair-group-row-last` (userscripts). */
export const REMARK_ROW = '[class*="pair-group-row-last"]';
/** Remark words, for a remark row drawn without that class. */
export const REMARK_WORDS = /商家备注|买家留言|卖家备注/;
/** The order id label in the header row's `index_leftWrapper` spans: `订单编号 6912…`. */
export const ORDER_ID_LABEL = '订单编号|订单号';
/** A text piece that starts with that label: how a header row is known without the kit's classes. */
export const ORDER_ID_START = new RegExp(`^(?:${ORDER_ID_LABEL})`);
/** The order time label beside it: `下单时间 2025/04/03 14:22:01`. */
export const PLACED_LABEL = '下单时间|订单提交时间|创建时间';

/** Product name of an item row (`div[class^="style_detail"] > div[class^="style_name"]`). */
export const ITEM_NAME = '[class*="style_name"]';
/** The SKU's spec under it (`div[class^="style_property"] > div[class^="style_desc"]`). */
export const ITEM_SPEC = '[class*="style_desc"]';
/** The product id in the 商品 cell, `商品ID：3…` (the DOM fallback's label set, research §2.2). */
export const ITEM_PRODUCT_ID_LABEL = '商品ID';
/** The seller's own SKU code, `商家编码：…`, in the 商品 cell (orders) or the title cell (products). */
export const OUTER_ID_LABEL = '商家编码';
/** Unit price of an item, `table_comboAmount` (userscript 抖店-多功能脚本). */
export const ITEM_PRICE = '[class*="comboAmount"]';
/** Quantity of an item, `table_comboNum` = `x2` (same source). */
export const ITEM_QUANTITY = '[class*="comboNum"]';
/** What marks a row as an item row even when its name is missing (so the row is reported, not lost). */
export const ITEM_MARK = `${ITEM_NAME}, ${ITEM_PRICE}, ${ITEM_QUANTITY}, [class*="style_productItem"]`;

/** The order's paid amount, row-spanned over its item rows (`div[class^="index_payAmount"]`). */
export const PAY_AMOUNT = '[class*="payAmount"]';
/** The buyer's nickname link, masked as shown (`a[class^="table_nickname"]`). */
export const NICKNAME = '[class*="table_nickname"], a[class*="nickname"]';
/**
 * The receiver's masked name / phone / address (`index_locationDetail`) and its reveal link. Never read:
 * named here only so a fallback never takes text from it.
 */
export const CONTACT = '[class*="locationDetail"], [class*="receiver"], [data-kora="查看敏感信息"]';

// ---- 商品管理 (/ffa/g/list): the virtualised `ecom-g` table ----

/** Product rows: `tr[data-row-key="<productId>"]` (`ecom-g-table-row`; other kits `.ecom-table-row`). */
export const PRODUCT_ROW = '[data-row-key][class*="table-row"], tbody > tr[data-row-key]';
/** A SKU sub-row of an expanded product, not a product of its own. */
export const PRODUCT_CHILD_ROW_CLASS = /table-row-level-[1-9]/;
/** The title link of a product, to the editor `/ffa/g/create?product_id=…`. */
export const PRODUCT_LINK = 'a[href*="product_id="]';
/** Title element when the title is not a link. */
export const PRODUCT_TITLE = '[class*="title"], [class*="name"]';

// Proven by test/fixtures/html/douyin-orders.html and douyin-products.html (demo pages), and by the
// hand-written variants in test/lib/platforms/douyin/extract.test.ts (other hashes, split header tables,
// label and value in separate elements, missing amounts, empty states).
