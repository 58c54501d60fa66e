/**
 * Every selector and text anchor the Pinduoduo reader uses (mms.pinduoduo.com, the "Beast" kit). Beast class
 * names carry a version suffix (`TB_tr_5-120-1`, `TB_tableWrapper_5-188-0`) that changes on redeploy, so
 * classes are matched by substring and the reader leans on texts: labels and column headers.
 * Sources: research/platform-pages.md §4.2–4.3.
 */

/** Each order block's head starts with `订单编号：250731-…` (userscript 同步pdd订单信息到服务器, [id 17625273996]). */
export const ORDER_ID_LABEL = '订单编号|订单号';

/** The order time in the same head: `订单成交时间：2025-07-31 20:58:59` (same source); the others are fallbacks. */
export const PLACED_AT_LABEL = '订单成交时间|成交时间|下单时间';

/** Table rows, plain or Beast (`tr[class*="TB_tr_"]`, [id 55866277807]) or ARIA rows of a div table. */
export const ROW = 'tr, [role="row"]';

/** The goods cell: `td > .goods-record-container > img + div` (name, ID, 商家编码, spec last) ([id 17625273996]). */
export const GOODS_CONTAINER = '[class*="goods-record"]';

/** A row that shows goods: the goods container or a picture; see also GOODS_ID_TEXT. */
export const GOODS_MARKER = `${GOODS_CONTAINER}, img`;

/** The goods id line `ID: 958214972858` of the order and goods lists — a row carrying it shows goods. */
export const GOODS_ID_TEXT = /ID\s*[:：]\s*\d/;

/** Column headers (`<thead>` of the Beast header table, ARIA column headers): never goods rows. */
export const HEADER_PART = 'thead, [role="columnheader"]';

// Proved by test/fixtures/html/pdd-orders.html and pdd-products.html (demo pages drawn from the research
// structure) and by the hand-written variants in test/lib/platforms/pdd/extract.test.ts: other version
// suffixes, label and value split across elements, header and body in separate tables, no header at all
// (research cell order), the order head as a row inside the order's table or in its thead, a search form
// 订单编号 label and embedded page state that must not count, empty states.
