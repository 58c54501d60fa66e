import { douyin } from '../../../../lib/platforms/douyin';
import { pageKind } from '../../../../lib/platforms/douyin/urls';
import { SELLER_HOST_PATTERNS } from '../../../../lib/platforms/hosts';

describe('pageKind', () => {
  it.each([
    ['https://fxg.jinritemai.com/ffa/morder/order/list', 'orders'],
    ['https://fxg.jinritemai.com/ffa/morder/order/list?tab=all&page=1', 'orders'],
    ['https://fxg.jinritemai.com/ffa/morder/order/list?order_status=stock_up&page=3#top', 'orders'],
    ['https://fxg.jinritemai.com/ffa/morder/order/list/', 'orders'],
    ['https://fxg.jinritemai.com/ffa/g/list', 'products'],
    ['https://fxg.jinritemai.com/ffa/g/list?sov_draft_status=0&sov_goodsType=0', 'products'],
    ['https://fxg.jinritemai.com/ffa/g/list?status=2', 'products'],
    ['https://fxg.jinritemai.com/ffa/g/list?sov_draft_status=3', 'products'],
  ])('%s is the %s list', (url, kind) => {
    expect(pageKind(new URL(url))).toBe(kind);
  });

  it.each([
    // Other pages of the same console.
    'https://fxg.jinritemai.com/ffa/mshop/homepage/index',
    'https://fxg.jinritemai.com/ffa/g/create?product_id=3512345678901234567',
    'https://fxg.jinritemai.com/ffa/morder/finance/order-list',
    'https://fxg.jinritemai.com/ffa/maftersale/aftersale/list',
    'https://fxg.jinritemai.com/ffa/morder/logistics/ewaybill-delivery',
    'https://fxg.jinritemai.com/ffa/fxg-bill/history-report',
    'https://fxg.jinritemai.com/ffa/morder/order/list-detail',
    'https://fxg.jinritemai.com/ffa/g/listing',
    'https://fxg.jinritemai.com/login/common',
    // Look-alike hosts and the wrong scheme.
    'https://fxg.jinritemai.com.example.com/ffa/morder/order/list',
    'https://evil-fxg.jinritemai.com/ffa/morder/order/list',
    'https://dmall.jinritemai.com/ffa/morder/order/list',
    'http://fxg.jinritemai.com/ffa/morder/order/list',
    // The same path on other consoles.
    'https://mms.pinduoduo.com/ffa/g/list',
    'https://myseller.taobao.com/ffa/morder/order/list',
  ])('%s is not a list ShopLens reads', (url) => {
    expect(pageKind(new URL(url))).toBeUndefined();
  });
});

describe('adapter', () => {
  it('matches only the 抖店 host ShopLens is allowed on', () => {
    const allowed = SELLER_HOST_PATTERNS.map((p) => p.replace('/*', '/'));
    expect(douyin.matches.length).toBeGreaterThan(0);
    for (const m of douyin.matches) expect(allowed.some((a) => m.startsWith(a))).toBe(true);
  });

  it('its match patterns cover both list pages', () => {
    const covers = (url: string) =>
      douyin.matches.some((m) => new RegExp(`^${m.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}$`).test(url));
    expect(covers('https://fxg.jinritemai.com/ffa/morder/order/list?tab=all')).toBe(true);
    expect(covers('https://fxg.jinritemai.com/ffa/g/list')).toBe(true);
  });
});
