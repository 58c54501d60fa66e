import type { PageKind } from '../../domain';

/** The 抖店 back office host; the console is one SPA under /ffa/ (research §2.1). */
export const DOUYIN_HOST = 'fxg.jinritemai.com';

// Path → list kind. 订单管理 is /ffa/morder/order/list (tabs and paging only change the query string);
// 商品管理 is /ffa/g/list (the on-sale tab adds ?sov_draft_status=0&sov_goodsType=0, older links ?status=2).
// Look-alikes stay out: /ffa/morder/finance/order-list (to-settle orders), /ffa/g/create (the editor).
const PAGES: [RegExp, PageKind][] = [
  [/^\/ffa\/morder\/order\/list\/?$/, 'orders'],
  [/^\/ffa\/g\/list\/?$/, 'products'],
];

/** Which 抖店 list this URL shows: 'orders', 'products', or undefined for any other page or host. */
export function pageKind(url: URL): PageKind | undefined {
  if (url.protocol !== 'https:' || url.hostname !== DOUYIN_HOST) return undefined;
  return PAGES.find(([re]) => re.test(url.pathname))?.[1];
}
