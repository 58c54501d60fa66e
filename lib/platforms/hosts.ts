/**
 * The seller-console hosts ShopLens may read, as match patterns. This is the whole of the extension's host
 * access: the manifest, the content scripts and the background's sender check all use this one list.
 */
export const SELLER_HOST_PATTERNS = [
  'https://myseller.taobao.com/*',
  'https://qn.taobao.com/*',
  'https://trade.taobao.com/*',
  'https://fxg.jinritemai.com/*',
  'https://shop.jd.com/*',
  'https://mms.pinduoduo.com/*',
];

/** Host names of the patterns above, for the background's check of who sent a capture. */
export const SELLER_HOSTS = SELLER_HOST_PATTERNS.map((p) => new URL(p.replace('/*', '/')).hostname);
