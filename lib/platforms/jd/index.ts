import type { PlatformAdapter } from '../types';
import { eachJdOrder, extractJdOrders, extractJdProducts } from './extract';
import { pageKind } from './urls';

/**
 * JD 京麦 (shop.jd.com): the jdm order lists (one `.card` or `.table-item-container` per order; the old porder
 * list's header + body tables are read too, where served in a shop.jd.com frame) and the ware lists
 * (`#js-ware-table`, legacy `#tbl_type2`), one row per SKU.
 * The content script runs on every shop.jd.com page because the console is a single-page app: the seller
 * reaches the lists by in-app navigation, and pageKind decides when there is something to read.
 */
export const jd: PlatformAdapter = {
  id: 'jd',
  // The jdm single-page app (/jdm/…: home, orders, wares); nothing else on shop.jd.com.
  matches: ['https://shop.jd.com/jdm/*'],
  version: 2,
  signs: {
    orders: {
      // An order number with its value, a `… 下单` time (jdm cards), a 下单时间 with its value (porder heads).
      records: [
        /(?:订单号|订单编号)\s*[:：]?\s*\d{6,}/,
        /\d{4}[-/]\d{1,2}[-/]\d{1,2} \d{1,2}:\d{2}(?::\d{2})?\s*下单/,
        /下单时间\s*[:：]?\s*\d{4}[-/]\d{1,2}/,
      ],
      headers: [/应收金额|应付金额|订单状态/],
      empty: /暂无(?:数据|订单|符合条件)|没有(?:找到|符合条件|相关)|查询结果为空/,
    },
    products: {
      records: [/(?:商品编号|SKU编码|SKU\s*ID)\s*[:：]?\s*\d{4,}/i],
      headers: [/京东价|库存/],
      empty: /暂无(?:数据|商品|符合条件)|没有(?:找到|符合条件|相关)|查询结果为空/,
    },
  },
  pageKind,
  extractOrders: extractJdOrders,
  eachOrderRow: eachJdOrder,
  extractProducts: extractJdProducts,
};
