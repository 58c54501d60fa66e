import { SELLER_HOST_PATTERNS } from '../hosts';
import type { PlatformAdapter } from '../types';
import { eachOrderRow, extractOrders, extractProducts } from './extract';
import { PDD_HOST, pageKind } from './urls';

/**
 * Pinduoduo 拼多多 (mms.pinduoduo.com). The content script matches the whole host, not just the two list
 * paths: the console is one SPA, so a seller who opens 首页 and clicks 订单查询 reaches the list without a
 * page load, and pageKind decides on every change.
 */
export const pdd: PlatformAdapter = {
  id: 'pdd',
  matches: SELLER_HOST_PATTERNS.filter((p) => new URL(p.replace('/*', '/')).hostname === PDD_HOST),
  version: 2,
  // Record signs: an order number after its label (`订单编号：`/`订单编号\u00a0`; 2019 to 2026 heads) or in a
  // `复制` link (2022); a goods id after `ID:`/`ID：`, or the goods list's labelled figures (`30日销量 N`,
  // `拼单价 ¥…`). Empty states: Beast's `暂无数据`, `暂无订单`, `没有找到符合条件的…`.
  signs: {
    orders: {
      records: [/(?:订单编号|订单号)\s*[:：]?\s*\d{6}-\d{6,}/],
      headers: [/实收金额|订单状态/],
      empty: /暂无(?:数据|订单|符合条件)|没有(?:找到|符合条件)/,
    },
    products: {
      records: [/(?<![\u4e00-\u9fffA-Za-z])ID\s*[:：]\s*\d{6,}/, /(?:30[日天]销量|累计销量)\s*[:：]?\s*\d/, /拼单价\s*[:：]?\s*[¥￥]?\s*\d/],
      headers: [/库存/],
      empty: /暂无(?:数据|商品|符合条件)|没有(?:找到|符合条件)/,
    },
  },
  pageKind,
  extractOrders,
  eachOrderRow,
  extractProducts,
};
