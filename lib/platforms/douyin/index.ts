import type { PlatformAdapter } from '../types';
import { eachOrderRow, extractOrders, extractProducts } from './extract';
import { pageKind } from './urls';

/**
 * 抖店 (fxg.jinritemai.com): 订单管理 and 商品管理. The content script runs on the whole /ffa/ SPA so it
 * is already there when the seller navigates to a list inside it.
 */
export const douyin: PlatformAdapter = {
  id: 'douyin',
  matches: ['https://fxg.jinritemai.com/ffa/*'],
  version: 2,
  signs: {
    // Both eras: `订单编号\xa06921…` (auxo rows), `订单号：6921…` (2021 div rows); a search form's empty
    // 订单编号 field has no digits after it. A 商家编码 with a value is only ever on an item line.
    orders: {
      records: [/(?<![\u4e00-\u9fffA-Za-z])(?:订单编号|订单号)\s*[:：]?\s*\d{6,}/, /商家编码\s*[:：]\s*[\w-]{2,}/],
      headers: [/实付|订单状态/],
      empty: /暂无(?:数据|订单|相关订单|符合条件)|没有(?:找到|符合条件)/,
    },
    // `ID:3757…` / `ID：3757…` (never 商品ID / SKU ID); lists with no 状态 column still head 总库存 or 库存.
    products: {
      records: [/(?<![\u4e00-\u9fffA-Za-z])(?<!SKU\s?)ID\s*[:：]\s*\d{6,}/],
      headers: [/总库存|库存/],
      empty: /暂无(?:数据|商品|相关商品|符合条件)|没有(?:找到|符合条件)/,
    },
  },
  pageKind,
  extractOrders,
  eachOrderRow,
  extractProducts,
};
