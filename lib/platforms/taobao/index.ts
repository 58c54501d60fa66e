import type { PlatformAdapter } from '../types';
import { extractOrderRows, extractProductRows } from './extract';
import { pageKind } from './urls';

/**
 * Taobao/Tmall (千牛): the Qianniu sold-orders and product lists on myseller/qn.taobao.com and the legacy
 * sold-items page on trade.taobao.com. The whole hosts are matched because Qianniu is a single-page app: the
 * content script must already be there when the seller navigates to a list.
 */
export const taobao: PlatformAdapter = {
  id: 'taobao',
  matches: ['https://myseller.taobao.com/*', 'https://qn.taobao.com/*', 'https://trade.taobao.com/*'],
  version: 1,
  pageKind,
  extractOrders: extractOrderRows,
  extractProducts: extractProductRows,
};
