/**
 * Every selector and text anchor the Pinduoduo reader uses (mms.pinduoduo.com, the "Beast" kit). Beast class
 * names carry a version suffix (`TB_tr_5-120-1`, `TB_td_5-117-0`) that changes on redeploy, and CSS-module
 * names a hash, so classes are matched by substring and the reader leans on texts: labels and column headers.
 * Sources: research/platform-pages.md §4.2–4.3, research/real-evidence.md (拼多多 sections).
 */

/** Each order's head: `订单编号：250731-…` (div head, 2019 userscript [id 17625273996]; header `<tr>` of ≤2 cells, 2026 [id 63184774787]). */
export const ORDER_ID_LABEL = '订单编号|订单号';

/** The order time in the same head: `订单成交时间：2025-07-31 20:58:59` (same source); the others are fallbacks. */
export const PLACED_AT_LABEL = '订单成交时间|成交时间|下单时间|支付时间';

/** The goods cell: `td > .goods-record-container > img + div` (name, ID, 商家编码, spec last) ([id 17625273996]). */
export const GOODS_CONTAINER = '[class*="goods-record"]';

/** The goods list's id box: `.goods-id > :first-child` holds the bare id (Greasy Fork 496607). */
export const GOODS_ID_BOX = '[class*="goods-id"]';

/** The title element of either list, when the kit names it (`.goods-name`, 496607; `goods-record-name`). */
export const GOODS_NAME = '[class*="goods-name"], [class*="goods-record-name"]';

/** A row that shows goods: the goods container, the id box or a picture; see also GOODS_ID_TEXT. */
export const GOODS_MARKER = `${GOODS_CONTAINER}, ${GOODS_ID_BOX}, img`;

/** The goods id line `ID: 958214972858` / `ID：…` of the order and goods lists — a row carrying it shows goods. */
export const GOODS_ID_TEXT = /ID\s*[:：]\s*\d/;

/** Column headers (`<thead>` of the Beast header table, ARIA column headers): never goods rows. */
export const HEADER_PART = 'thead, [role="columnheader"]';

/**
 * The 2022 list's `复制` link carries the order sn in `data-clipboard-text` ([id 13315559547]); the order
 * number may be shown only there. Its sibling 复制完整信息 carries the receiver's name, phone and address in
 * the same attribute: only a value shaped like an order number is ever taken.
 */
export const CLIPBOARD = '[data-clipboard-text]';

/** The active list tab (在售中/草稿箱/已下架/已售罄/已驳回, verify_publish.js [id 70744248121]): `TAB_active_…`, ARIA. */
export const ACTIVE_TAB = '[class*="TAB_active"], [role="tab"][aria-selected="true"], [class*="tab"][class*="active"]';

/** Labels inside a goods-list cell, whatever the column header says (`销量` over `累计销量 N` / `30日销量 N`). */
export const SALES_30D_LABEL = '近?30[日天]销量|月销量';
/**
 * The group-buy price of a price cell showing both (`拼单价 ¥x` / `单买价 ¥y`). ShopLens stores the 拼单价:
 * nearly every PDD order is bought at it (拼单 is the default checkout; 单买 the dearer solo price), so it is
 * the price order lines are matched and margins are judged against (the API's `sku_group_price`).
 */
export const GROUP_PRICE_LABEL = '拼单价|拼团价';
/** The solo price: never stored; cut out of a price cell that has no 拼单价 label. */
export const SOLO_PRICE_LABEL = '单买价|单独购买价';
/** The paid cell's own label (`实收款：¥…`), read before the cell's first amount (`含运费：…` may come first). */
export const PAID_LABEL = '实收款|实收金额|实付款|实付金额|商家实收';
/** A buyer labelled in a head or cell (`买家昵称：…`, `买家：…`), never `买家留言：`. */
export const BUYER_LABEL = '买家昵称|买家(?=\\s*[:：])';

/** The receiver cell (收货人/收货信息) and its reveal links: never read, never the buyer. */
export const RECEIVER_HEADER = /收货|收件/;
export const RECEIVER_SIGN = /^(?:查看|查看手机号|复制完整信息|隐私号|虚拟号说明)$|1\d{2}\*{4}\d{4}|^\d{3,4}-?\*{3,}/;

/** 合并发货 page (/orders/merge) group rows: `买家信息` / `合并发货` — not orders, not items. */
export const MERGE_GROUP = /^(?:买家信息|合并发货)/;

// Proved by test/fixtures/html/pdd-orders.html, pdd-orders-2026.html, pdd-products.html,
// pdd-products-labelled.html (demo pages drawn from the research structures), the variants in
// test/lib/platforms/pdd/variants.test.ts and the hand-written pages in test/lib/platforms/pdd/*.test.ts:
// other version suffixes, label and value split across elements, header and body in separate tables, no
// header at all (research cell order), one tbody per order with the sn only in the 复制 link, 2026 header
// rows of ≤2 cells in shared tbodies, a search form 订单编号 label and embedded page state that must not
// count, leaked CSS, hidden copies, receiver cells, empty states.
