import { pdd } from '../../../../lib/platforms/pdd';
import { pageKind } from '../../../../lib/platforms/pdd/urls';

const kindOf = (url: string) => pageKind(new URL(url));

describe('pdd pageKind', () => {
  it.each([
    ['https://mms.pinduoduo.com/orders/list', 'orders'],
    ['https://mms.pinduoduo.com/orders/list?msfrom=mms_sidenav&tab=0', 'orders'],
    ['https://mms.pinduoduo.com/orders/list?type=0', 'orders'],
    ['https://mms.pinduoduo.com/orders/list/', 'orders'],
    ['https://mms.pinduoduo.com/orders/list#top', 'orders'],
    ['https://mms.pinduoduo.com/goods/goods_list', 'products'],
    ['https://mms.pinduoduo.com/goods/goods_list/v2', 'products'],
    ['https://mms.pinduoduo.com/goods/goods_list/v2?msfrom=mms_sidenav', 'products'],
    ['https://mms.pinduoduo.com/goods/goods_list?page=2&size=20', 'products'],
  ])('%s is the %s list', (url, kind) => {
    expect(kindOf(url)).toBe(kind);
  });

  it.each([
    // other pages of the console
    'https://mms.pinduoduo.com/home',
    'https://mms.pinduoduo.com/login',
    'https://mms.pinduoduo.com/orders/detail?sn=250731-662525154951775',
    'https://mms.pinduoduo.com/orders/detail?type=4399&sn=250731-662525154951775',
    'https://mms.pinduoduo.com/orders/exportExcel?exportType=0',
    'https://mms.pinduoduo.com/orders/listing',
    'https://mms.pinduoduo.com/goods/goods_add',
    'https://mms.pinduoduo.com/goods/goods_list/v3',
    'https://mms.pinduoduo.com/mangkhut/mms/recentOrderList',
    // look-alike hosts and other schemes
    'https://mms.pinduoduo.com.example.com/orders/list',
    'https://evil-mms.pinduoduo.com/orders/list',
    'https://pinduoduo.com/orders/list',
    'https://mobile.yangkeduo.com/orders/list',
    'https://example.com/mms.pinduoduo.com/orders/list',
    'http://mms.pinduoduo.com/orders/list',
    // the other consoles' lists
    'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
    'https://fxg.jinritemai.com/ffa/morder/order/list',
    'https://shop.jd.com/jdm/trade/orders/order-list',
  ])('%s is not a pdd list', (url) => {
    expect(kindOf(url)).toBeUndefined();
  });
});

describe('pdd adapter', () => {
  it('runs on the whole console host (one SPA) and nowhere else', () => {
    expect(pdd.matches).toEqual(['https://mms.pinduoduo.com/*']);
  });
});
