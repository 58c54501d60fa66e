import { MatchPattern } from 'wxt/utils/match-patterns';
import { PLATFORMS, detectPage } from '../../../lib/platforms/registry';
import { SELLER_HOST_PLATFORMS } from '../../../lib/platforms/hosts';
import { DEMO_PAGES } from '../../fixtures/pages';
import { CHANGED_PAGES } from '../../fixtures/pages/changed';

// Least privilege: each content script runs on its console's list pages and the single-page app that leads to
// them — every list URL is matched by its own platform's script — and on nothing else of the host.

const matchedBy = (url: string) =>
  Object.values(PLATFORMS)
    .filter((adapter) => adapter.matches.some((m) => new MatchPattern(m).includes(url)))
    .map((a) => a.id);

/** List pages as the consoles serve them (research/platform-pages.md), beyond the demo pages' own URLs. */
const LIST_URLS = [
  'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
  'https://qn.taobao.com/home.htm/trade-platform/tp/sold?current=1&pageSize=100',
  'https://myseller.taobao.com/home.htm#/trade-platform/tp/sold',
  'https://myseller.taobao.com/home.htm/SellManage/in_stock',
  'https://trade.taobao.com/trade/itemlist/list_sold_items.htm?action=itemlist/SoldQueryAction',
  'https://fxg.jinritemai.com/ffa/morder/order/list?tab=all&page=1',
  'https://fxg.jinritemai.com/ffa/g/list?sov_draft_status=0&sov_goodsType=0',
  'https://shop.jd.com/jdm/trade/orders/order-list?tabType=waitOut',
  'https://shop.jd.com/jdm/ware/manage/list/OnsaleWare',
  'https://mms.pinduoduo.com/orders/list?msfrom=mms_sidenav&tab=0',
  'https://mms.pinduoduo.com/goods/goods_list/v2',
];

/** Pages of the single-page apps a seller starts from before clicking through to a list. */
const APP_URLS = [
  'https://myseller.taobao.com/home.htm',
  'https://myseller.taobao.com/home.htm/QnworkbenchHome/',
  'https://fxg.jinritemai.com/ffa/mshop/homepage/index',
  'https://shop.jd.com/jdm/home',
  'https://mms.pinduoduo.com/home/',
];

/** Pages of the same hosts outside the consoles' apps: no content script. */
const OUTSIDE_URLS = [
  'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4012345678901234567',
  'https://trade.taobao.com/',
  'https://myseller.taobao.com/',
  'https://fxg.jinritemai.com/login/common',
  'https://fxg.jinritemai.com/',
  'https://shop.jd.com/',
  'https://shop.jd.com/index.action',
  'http://mms.pinduoduo.com/orders/list',
  'https://www.taobao.com/',
  'https://item.jd.com/100012043978.html',
];

describe('content script matches', () => {
  it.each([...LIST_URLS, ...DEMO_PAGES.flatMap((p) => p.urls), ...CHANGED_PAGES.map((p) => p.url)].map((u) => [u]))(
    'the list %s is matched by its own platform only',
    (url) => {
      const detected = detectPage(url);
      expect(detected, 'a list page').toBeDefined();
      expect(matchedBy(url)).toEqual([detected!.adapter.id]);
    },
  );

  it.each(APP_URLS.map((u) => [u]))('the app page %s is matched (the seller navigates from it to a list)', (url) => {
    expect(matchedBy(url)).toEqual([SELLER_HOST_PLATFORMS[new URL(url).hostname]]);
  });

  it.each(OUTSIDE_URLS.map((u) => [u]))('%s is matched by no content script', (url) => {
    expect(matchedBy(url)).toEqual([]);
  });

  it('gives every seller host its platform, and matches only those hosts', () => {
    for (const adapter of Object.values(PLATFORMS)) {
      for (const m of adapter.matches) expect(SELLER_HOST_PLATFORMS[new URL(m.replace(/\*.*$/, '')).hostname]).toBe(adapter.id);
    }
  });
});
