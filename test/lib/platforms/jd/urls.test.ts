import { jd } from '../../../../lib/platforms/jd';
import { pageKind } from '../../../../lib/platforms/jd/urls';
import { SELLER_HOST_PATTERNS } from '../../../../lib/platforms/hosts';

const kind = (url: string) => pageKind(new URL(url));

describe('jd pageKind', () => {
  it.each([
    ['https://shop.jd.com/jdm/trade/orders/order-list?tabType=allOrders', 'orders'],
    ['https://shop.jd.com/jdm/trade/orders/order-list', 'orders'],
    ['https://shop.jd.com/jdm/trade/orders/order-list?tabType=waitOut', 'orders'],
    ['https://shop.jd.com/jdm/trade/orders/order-list/?tabType=allOrders#top', 'orders'],
    ['https://shop.jd.com/jdm/trade/order/orderList?orderTab=waitOut', 'orders'],
    ['https://shop.jd.com/jdm/ware/manage/list/OnsaleWare?_JDMOMID_=1303,1302', 'products'],
    ['https://shop.jd.com/jdm/ware/manage/list/AllWare', 'products'],
    ['https://shop.jd.com/jdm/ware/manage/list/WaitWare?_JDMOMID_=1303', 'products'],
    ['https://shop.jd.com/jdm/ware/manage/list', 'products'],
  ])('%s is the %s list', (url, expected) => {
    expect(kind(url)).toBe(expected);
  });

  it.each([
    // Other pages of the same console.
    'https://shop.jd.com/jdm/home',
    'https://shop.jd.com/jdm/trade/orders/order-detail?orderId=364001080974',
    'https://shop.jd.com/jdm/trade/orders/order-list-export',
    'https://shop.jd.com/jdm/ware/manage/publish',
    'https://shop.jd.com/jdm/ware/manage/list/OnsaleWare/edit/434664758695',
    'https://shop.jd.com/',
    // Legacy consoles on hosts ShopLens has no access to (not in lib/platforms/hosts.ts).
    'https://porder.shop.jd.com/order/orderlist/allOrders',
    'https://order.shop.jd.com/order/sSopUp_allList.action',
    'https://ware.shop.jd.com/onSaleWare/onSaleWare_newDoSearch.action?page=2',
    'https://trade-order-jdm.jd.com/orderList',
    // Look-alike hosts and the buyer-side site.
    'https://shop.jd.com.example.com/jdm/trade/orders/order-list',
    'https://fakeshop.jd.com/jdm/trade/orders/order-list',
    'https://shop.jd.co/jdm/trade/orders/order-list',
    'http://shop.jd.com/jdm/trade/orders/order-list',
    'https://item.jd.com/100012345678.html',
    'https://passport.shop.jd.com/login/index.action',
    // Other platforms' lists.
    'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
    'https://mms.pinduoduo.com/orders/list',
  ])('%s is not a JD list', (url) => {
    expect(kind(url)).toBeUndefined();
  });
});

describe('jd adapter', () => {
  it('runs only on hosts ShopLens has access to', () => {
    expect(jd.matches.length).toBeGreaterThan(0);
    for (const pattern of jd.matches) expect(SELLER_HOST_PATTERNS.some((host) => pattern.startsWith(host.replace('/*', '/')))).toBe(true);
  });
});
