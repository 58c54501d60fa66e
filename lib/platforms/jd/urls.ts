import type { PageKind } from '../../domain';

/**
 * Which 京麦 (shop.jd.com) list a URL shows. Pure, so the background, the content script and tests share it.
 *
 * Only shop.jd.com is in lib/platforms/hosts.ts. The legacy order hosts (`porder.shop.jd.com`,
 * `order.shop.jd.com`), the legacy ware host (`ware.shop.jd.com`) and `trade-order-jdm.jd.com` are outside
 * ShopLens's host access, so they are deliberately not recognised here. The jdm shell routes by path (the
 * tab is a query parameter such as `?tabType=waitOut`), so the query and hash are not looked at.
 */
const HOST = 'shop.jd.com';

// The current order list and the older jdm route seen in userscripts (research §3.1).
const ORDER_PATHS = [/^\/jdm\/trade\/orders\/order-list\/?$/, /^\/jdm\/trade\/order\/orderList\/?$/i];
// Every ware-list tab: OnsaleWare, AllWare, and the other tabs under the same route.
const PRODUCT_PATHS = [/^\/jdm\/ware\/manage\/list(?:\/[A-Za-z]+)?\/?$/];

/** The list this JD console URL shows, or undefined for any other page (or any other host). */
export function pageKind(url: URL): PageKind | undefined {
  if (url.protocol !== 'https:' || url.hostname !== HOST) return undefined;
  if (ORDER_PATHS.some((re) => re.test(url.pathname))) return 'orders';
  if (PRODUCT_PATHS.some((re) => re.test(url.pathname))) return 'products';
  return undefined;
}
