import { pageKind } from '../../../../lib/platforms/taobao/urls';

const kind = (url: string) => pageKind(new URL(url));

describe('taobao pageKind', () => {
  it.each([
    ['https://myseller.taobao.com/home.htm/trade-platform/tp/sold', 'orders'],
    ['https://myseller.taobao.com/home.htm/trade-platform/tp/sold?current=2&pageSize=15&tabCode=waitSend', 'orders'],
    ['https://qn.taobao.com/home.htm/trade-platform/tp/sold?current=1&pageSize=100', 'orders'],
    ['https://qn.taobao.com/home.htm/trade-platform/tp/sold/', 'orders'],
    ['https://myseller.taobao.com/home.htm/trade-platform/tp/order', 'orders'],
    ['https://myseller.taobao.com/home.htm#/trade-platform/tp/sold?tab=all', 'orders'],
    ['https://trade.taobao.com/trade/itemlist/list_sold_items.htm', 'orders'],
    [
      'https://trade.taobao.com/trade/itemlist/list_sold_items.htm?action=itemlist/SoldQueryAction&event_submit_do_query=1&auctionStatus=PAID&tabCode=waitSend',
      'orders',
    ],
    ['https://myseller.taobao.com/home.htm/SellManage/on_sale?current=1&pageSize=20', 'products'],
    ['https://myseller.taobao.com/home.htm/SellManage/all', 'products'],
    ['https://myseller.taobao.com/home.htm/SellManage/in_stock', 'products'],
    ['https://myseller.taobao.com/home.htm/SellManage/warehouse?queryTitle=%E7%BE%BD%E7%BB%92', 'products'],
    ['https://qn.taobao.com/home.htm/SellManage/on_sale?current=1&pageSize=20&queryItemId=227638060486', 'products'],
    ['https://qn.taobao.com/home.htm/SellManage/in_stock', 'products'],
    ['https://myseller.taobao.com/home.htm/sell-manage-tm/all', 'products'],
  ])('%s → %s', (url, expected) => {
    expect(kind(url)).toBe(expected);
  });

  it.each([
    // Other pages of the same consoles.
    'https://myseller.taobao.com/home.htm',
    'https://myseller.taobao.com/home.htm/trade-platform/tp/detail?bizOrderId=4590500607641348686',
    'https://qn.taobao.com/home.htm/trade-platform/tp/export-list',
    'https://myseller.taobao.com/home.htm/qn-order/unshipped',
    'https://myseller.taobao.com/home.htm/SellManage/edit?itemId=227638060486',
    'https://trade.taobao.com/trade/itemlist/list_bought_items.htm',
    'https://trade.taobao.com/trade/itemlist/asyncSold.htm?event_submit_do_query=1',
    'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4590500607641348686',
    'https://loginmyseller.taobao.com/',
    // Hosts ShopLens may not read, and look-alikes.
    'https://sell.taobao.com/auction/merchandise/auction_list.htm',
    'https://myseller.taobao.com.evil.example/home.htm/trade-platform/tp/sold',
    'https://evil-myseller.taobao.com/home.htm/trade-platform/tp/sold',
    'https://fxg.jinritemai.com/ffa/morder/order/list',
    'http://myseller.taobao.com/home.htm/trade-platform/tp/sold',
    // The route must be the whole path segment, not a prefix.
    'https://myseller.taobao.com/home.htm/trade-platform/tp/sold-report',
    'https://myseller.taobao.com/home.htm/SellManage/on_sale_draft',
  ])('%s → undefined', (url) => {
    expect(kind(url)).toBeUndefined();
  });
});
