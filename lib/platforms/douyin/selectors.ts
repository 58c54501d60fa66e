/**
 * Every selector and text anchor the 抖店 reader uses. Class names carry build hashes
 * (`index_payAmount__2WjWz`), so they are matched by substring, never in full; text anchors come first
 * wherever the page has them. Sources: research platform-pages.md §2.2–2.3 and real-evidence.md (抖店).
 */

// ---- 订单管理 (/ffa/morder/order/list) ----

/** The order id label of a header: `订单编号\xa06912…` (auxo, 2023+) or `订单号：6912…` (mortise, 2021). */
export const ORDER_ID_LABEL = '订单编号|订单号';
/** The order time beside it: `下单时间 2025/04/03 14:22:01`, `下单时间：…` (2021), 订单提交时间 (label set). */
export const PLACED_LABEL = '下单时间|订单提交时间';
/** Rows of the auxo tree table (`tr.auxo-table-row`); the measure row and header rows never are records. */
export const TABLE_ROWS = 'tr:not([class*="measure-row"]), [role="row"]';
/**
 * A remark row's own marks: `auxo-pair-group-row-last` on the row that closes an order (userscripts), the
 * `index_footerContent` / `index_content__` remark divs (抖店-多功能脚本, getDYorder). The Playwright crawler
 * saw the same class on the last ITEM row, so the class alone never makes a row a remark (see ITEM_MARK).
 */
export const REMARK_ROW_CLASS = '[class*="pair-group-row-last"]';
export const REMARK_BLOCK = '[class*="index_footerContent"], [class*="index_content__"], [class*="index_footer__"]';

/** The 2021–22 era: one div per order (`index_tableRow…`, `mortise-rich-table-row`, `data-kora_order_status`). */
export const DIV_ORDER = '[class*="index_tableRow"], .mortise-rich-table-row, [data-kora_order_status]';
/** Its header (`index_rowHeader > index_RowHeader > index_leftWrapper`), holding 订单编号 / 下单时间. */
export const DIV_HEADER = '[class*="index_rowHeader"], [class*="index_RowHeader"], [class*="index_leftWrapper"]';
/** Its cells: `div[class^="index_cell"]` (`index_cell__6jtb6`) inside `index_cellRow`; the status is the 4th. */
export const DIV_CELL = '[class*="index_cell__"]';
/** The 2021 status cell, found only by its inline style (CrawDouYinOrder.java: `width: 106px; text-align: left;`). */
export const DIV_STATUS_STYLE = '[style*="width: 106px"], [style*="width:106px"]';

/** One item's product block (`style_productItem > style_content`), in both eras. */
export const ITEM_BLOCK = '[class*="style_productItem"]';
/** Product name of an item (`div[class^="style_detail"] > div[class^="style_name"]`). */
export const ITEM_NAME = '[class*="style_name"]';
/** The SKU's spec: `style_desc` (2022+) or the 2021 `table_sku…` text (values may be `\\`-separated). */
export const ITEM_SPEC = '[class*="style_desc"], [class*="table_sku"]';
/** Goods text of the 2023 crawler's rows: one `div.index_ellipsis__29MP5.undefined` (title, spec x qty, 商家编码). */
export const ITEM_TEXT = '[class*="index_ellipsis"]';
/** The product id in the goods cell, `商品ID：3…` (the DOM fallback's label set, research §2.2). */
export const ITEM_PRODUCT_ID_LABEL = '商品ID';
/** The seller's own SKU code, `商家编码：…` (orders) / `商家编码` or `货号：X#…` (products). */
export const OUTER_ID_LABEL = '商家编码';
/** Spec and quantity labels of the DOM fallback's label set (`商品规格：原味 | 商品数量：2`). */
export const SPEC_LABEL = '商品规格|规格';
export const QUANTITY_LABEL = '商品数量|数量';
/** Unit price `table_comboAmount` (`¥12.90`, may hold `,`) and quantity `table_comboNum` (`x2`). */
export const ITEM_PRICE = '[class*="comboAmount"]';
export const ITEM_QUANTITY = '[class*="comboNum"]';
/** Anchors only an item row carries: with one, a row is an item line whatever its classes say. */
export const ITEM_MARK = `${ITEM_BLOCK}, ${ITEM_NAME}, ${ITEM_PRICE}, ${ITEM_QUANTITY}`;
/** An item's own after-sales state, where a layout gives it a class (`index_afterSale…`). */
export const ITEM_AFTER_SALE = '[class*="afterSale"]';

/** The order's paid amount (`div[class^="index_payAmount"]`), row-spanned over its item rows. */
export const PAY_AMOUNT = '[class*="payAmount"]';
/** The buyer's nickname: `a[class^="table_nickname"]` or `table_contact__… a div` (2021). */
export const NICKNAME = '[class*="table_nickname"], a[class*="nickname"], [class*="table_contact"] a';
/**
 * The receiver's masked name / phone / address (`index_locationDetail` = `name，phone，address` or `***`)
 * and its reveal link. Never read: named so a fallback never takes text from them.
 */
export const CONTACT = '[class*="locationDetail"], [class*="receiver"], [data-kora="查看敏感信息"]';

// ---- 商品管理 (/ffa/g/list): the virtualised `ecom-g` table ----

/** Product rows: `tr.ecom-g-table-row` (`…-level-0`), `tr[data-row-key]`; other kits `.ecom-table-row`. */
export const PRODUCT_ROW = 'tr[class*="table-row"], tbody > tr[data-row-key], [role="row"][data-row-key]';
/** A SKU sub-row of an expanded product, a measure row or an empty-state row: never a product. */
export const PRODUCT_NOT_ROW = /table-row-level-[1-9]|measure-row|placeholder/;
/** The title link of a product, to the editor `/ffa/g/create?product_id=…`. */
export const PRODUCT_LINK = 'a[href*="product_id="]';
/** Title element when the title is not a link. */
export const PRODUCT_TITLE = '[class*="title"], [class*="name"]';
/** The product id anchor in the row text, `ID:3757…` / `ID：3757…` (never 商品ID or SKU ID). */
export const PRODUCT_ID_LABEL = '(?<!SKU\\s?)ID';
/** Labels of figures inside a cell, read whatever the column header says. */
export const SALES_30D_LABEL = '30日销量|30天销量|近30天销量';
export const STOCK_LABEL = '总库存|库存';
export const PRICE_LABEL = '售价|价格';
export const PRODUCT_OUTER_ID_LABEL = '商家编码|货号';
/** Action links and buttons (编辑 / 下架 / 复制链接): their words are never the status. */
export const ACTION = 'a, button, [role="button"], [class*="btn"], [class*="action"], [class*="operate"]';
/** The list's active tab (在售中 / 已下架 …): the status of every row when the row shows none. */
export const ACTIVE_TAB = '[class*="tabs-tab-active"], [role="tab"][aria-selected="true"]';

// Proven by test/fixtures/html/douyin-orders.html, douyin-orders-remarks.html, douyin-orders-divrows.html,
// douyin-products.html, douyin-products-nostatus.html (demo pages), test/lib/platforms/douyin/extract.test.ts
// (other hashes, split header tables, labels apart from values, the crawler's one-div goods text, the 2021
// mortise rows, the 8-td goods rows, empty states) and test/lib/platforms/douyin/variants.test.ts.
