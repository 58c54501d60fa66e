import type { PlatformAdapter } from '../types';
import { extractJdOrders, extractJdProducts } from './extract';
import { pageKind } from './urls';

/**
 * JD 京麦 (shop.jd.com): the jdm order list (one card per order) and the ware list (one row per SKU).
 * The content script runs on every shop.jd.com page because the console is a single-page app: the seller
 * reaches the lists by in-app navigation, and pageKind decides when there is something to read.
 */
export const jd: PlatformAdapter = {
  id: 'jd',
  matches: ['https://shop.jd.com/*'],
  version: 1,
  pageKind,
  extractOrders: extractJdOrders,
  extractProducts: extractJdProducts,
};
