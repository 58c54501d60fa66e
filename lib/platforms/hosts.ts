import type { PlatformId } from '../domain';

/**
 * The seller-console hosts ShopLens may read, as match patterns, and whose console each is. Every content
 * script's matches lie inside these (each adapter matches only its lists and their single-page app, not the
 * whole host); the manifest asks for no host permission beyond what the content scripts' matches grant, and
 * the background's sender check takes a capture only from a page on one of these hosts.
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

/** The platform whose console each host serves: a record's platform comes from its page's host, never from a message. */
export const SELLER_HOST_PLATFORMS: Readonly<Record<string, PlatformId>> = {
  'myseller.taobao.com': 'taobao',
  'qn.taobao.com': 'taobao',
  'trade.taobao.com': 'taobao',
  'fxg.jinritemai.com': 'douyin',
  'shop.jd.com': 'jd',
  'mms.pinduoduo.com': 'pdd',
};
