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
  version: 1,
  pageKind,
  extractOrders,
  extractProducts,
};
