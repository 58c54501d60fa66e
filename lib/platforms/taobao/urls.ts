import type { PageKind } from '../../domain';

/** The Qianniu SPA hosts: the same console is served on both (research §1.1). */
const QIANNIU_HOSTS = new Set(['myseller.taobao.com', 'qn.taobao.com']);
const LEGACY_TRADE_HOST = 'trade.taobao.com';

// Qianniu routes live under /home.htm/…; older builds put the same route in the hash (/home.htm#/…).
const SOLD_ROUTE = /^\/?home\.htm\/trade-platform\/tp\/(?:sold|order)\/?$/;
const PRODUCT_ROUTE = /^\/?home\.htm\/(?:SellManage|sell-manage-tm)\/(?:on_sale|all|in_stock|warehouse)\/?$/;
const LEGACY_SOLD_PATH = /^\/trade\/itemlist\/list_sold_items\.htm$/;

/** The Qianniu route of a URL: the path, or the hash route when the path is only `/home.htm`. */
function qianniuRoute(url: URL): string {
  const path = url.pathname.replace(/^\/+/, '');
  if (path === 'home.htm' && url.hash.startsWith('#/')) return `home.htm${url.hash.slice(1).split('?')[0]}`;
  return path;
}

/**
 * Which Taobao/Tmall seller list this URL shows: the sold-orders page (Qianniu `trade-platform/tp/sold` on
 * myseller or qn, or the legacy `trade.taobao.com/…/list_sold_items.htm`) or the product list
 * (`SellManage/{on_sale,all,in_stock,warehouse}`); undefined for any other page, including order details,
 * the export list and the buyer's own 已买到的宝贝 page. Query strings (paging, filters) do not matter.
 */
export function pageKind(url: URL): PageKind | undefined {
  if (url.protocol !== 'https:') return undefined;
  if (QIANNIU_HOSTS.has(url.hostname)) {
    const route = qianniuRoute(url);
    if (SOLD_ROUTE.test(route)) return 'orders';
    if (PRODUCT_ROUTE.test(route)) return 'products';
    return undefined;
  }
  if (url.hostname === LEGACY_TRADE_HOST && LEGACY_SOLD_PATH.test(url.pathname)) return 'orders';
  return undefined;
}
