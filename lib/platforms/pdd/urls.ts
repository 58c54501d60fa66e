import type { PageKind } from '../../domain';

/** The merchant back office; its pages are history routes of one SPA (research §4.1). */
export const PDD_HOST = 'mms.pinduoduo.com';

// Order list: /orders/list, with or without `?msfrom=mms_sidenav&tab=0` or `?type=0`.
// Goods list: /goods/goods_list and the newer /goods/goods_list/v2. Detail and export pages are not lists.
const PAGES: [RegExp, PageKind][] = [
  [/^\/orders\/list\/?$/, 'orders'],
  [/^\/goods\/goods_list(?:\/v2)?\/?$/, 'products'],
];

/** Which list a mms.pinduoduo.com URL shows: 'orders', 'products', or undefined for any other page or host. */
export function pageKind(url: URL): PageKind | undefined {
  if (url.protocol !== 'https:' || url.hostname !== PDD_HOST) return undefined;
  return PAGES.find(([re]) => re.test(url.pathname))?.[1];
}
