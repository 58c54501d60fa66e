import type { PlatformAdapter } from '../types';
import { eachOrderRow, extractOrderRows, extractProductRows } from './extract';
import { pageKind } from './urls';

/**
 * Taobao/Tmall (千牛): the Qianniu sold-orders and product lists on myseller/qn.taobao.com and the legacy
 * sold-items page on trade.taobao.com. The whole Qianniu app (/home.htm…) is matched because it is a single-page
 * app: the content script must already be there when the seller navigates to a list.
 */
export const taobao: PlatformAdapter = {
  id: 'taobao',
  // Qianniu's single-page app lives under /home.htm (its routes: /home.htm/…, older builds /home.htm#/…); the
  // legacy sold list is one page. Nothing else on these hosts.
  matches: ['https://myseller.taobao.com/home.htm*', 'https://qn.taobao.com/home.htm*', 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm*'],
  version: 2,
  signs: {
    orders: {
      records: [/(?<!子)(?:订单号|订单编号)\s*[:：]?\s*\d{6,}/],
      headers: [/实收款|实付款|交易状态/],
      empty: /没有符合条件的(?:宝贝|订单|记录)|暂无(?:数据|订单)/,
    },
    products: {
      records: [/(?<![\u4e00-\u9fffA-Za-z])ID(?:\s*[:：]\s*|\s+)\d{6,}/, /(?<![\u4e00-\u9fffA-Za-z])(?:商家)?编码\s*[:：]\s*\S/],
      headers: [/库存/, /30\s*[日天]销量|价格/],
      empty: /没有符合条件的宝贝|暂无(?:数据|宝贝|商品)/,
    },
  },
  pageKind,
  extractOrders: extractOrderRows,
  eachOrderRow,
  extractProducts: extractProductRows,
};
