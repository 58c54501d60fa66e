import type { PlatformAdapter } from '../types';
import { extractOrders, extractProducts } from './extract';
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
    orders: {
      records: [/(?:订单编号|订单号)\s*[:：]?\s*\d{6,}/],
      headers: [/实付|订单状态/],
      empty: /暂无(?:数据|订单|符合条件)|没有(?:找到|符合条件)/,
    },
    products: {
      records: [/(?<![\u4e00-\u9fffA-Za-z])ID\s*[:：]\s*\d{6,}/],
      headers: [/总库存|库存/],
      empty: /暂无(?:数据|商品|符合条件)|没有(?:找到|符合条件)/,
    },
  },
  pageKind,
  extractOrders,
  extractProducts,
};
