import { SELLER_HOST_PATTERNS } from '../hosts';
import type { PlatformAdapter } from '../types';
import { extractOrders, extractProducts } from './extract';
import { PDD_HOST, pageKind } from './urls';

/**
 * Pinduoduo 拼多多 (mms.pinduoduo.com). The content script matches the whole host, not just the two list
 * paths: the console is one SPA, so a seller who opens 首页 and clicks 订单查询 reaches the list without a
 * page load, and pageKind decides on every change.
 */
export const pdd: PlatformAdapter = {
  id: 'pdd',
  matches: SELLER_HOST_PATTERNS.filter((p) => new URL(p.replace('/*', '/')).hostname === PDD_HOST),
  version: 1,
  pageKind,
  extractOrders,
  extractProducts,
};
