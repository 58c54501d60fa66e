import { isAllowedSender, isExtensionPage, senderPlatform } from '../../../lib/messaging/sender';

const ID = 'ameddameljonpbjdmljlbijdhegdbmii';
const tab = { id: 3 };

describe('isAllowedSender', () => {
  it.each([
    ['https://myseller.taobao.com/home.htm/trade-platform/tp/sold', 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold?x=1'],
    ['https://fxg.jinritemai.com/ffa/morder/order/list', 'https://fxg.jinritemai.com/ffa/g/list'],
    ['https://shop.jd.com/jdm/trade/orders/order-list', 'https://shop.jd.com/jdm/trade/orders/order-list'],
    ['https://mms.pinduoduo.com/orders/list', 'https://mms.pinduoduo.com/orders/list'],
  ])('accepts our content script on %s', (url, claimed) => {
    expect(isAllowedSender({ id: ID, url, tab }, ID, claimed)).toBe(true);
  });

  it.each([
    ['another extension', { id: 'other', url: 'https://mms.pinduoduo.com/orders/list', tab }, 'https://mms.pinduoduo.com/orders/list'],
    ['no tab (an extension page)', { id: ID, url: 'https://mms.pinduoduo.com/orders/list' }, 'https://mms.pinduoduo.com/orders/list'],
    ['a host outside the consoles', { id: ID, url: 'https://www.taobao.com/', tab }, 'https://www.taobao.com/'],
    ['a look-alike host', { id: ID, url: 'https://mms.pinduoduo.com.evil.cn/orders/list', tab }, 'https://mms.pinduoduo.com.evil.cn/orders/list'],
    ['plain http', { id: ID, url: 'http://mms.pinduoduo.com/orders/list', tab }, 'http://mms.pinduoduo.com/orders/list'],
    ['a claimed URL on another host', { id: ID, url: 'https://mms.pinduoduo.com/orders/list', tab }, 'https://shop.jd.com/jdm/trade/orders/order-list'],
    ['a malformed claimed URL', { id: ID, url: 'https://mms.pinduoduo.com/orders/list', tab }, 'not a url'],
  ])('rejects %s', (_what, sender, claimed) => {
    expect(isAllowedSender(sender, ID, claimed)).toBe(false);
  });
});

describe('isExtensionPage', () => {
  const ID = 'abcdefghijklmnopabcdefghijklmnop';
  it.each([
    ['the side panel', { id: ID, url: `chrome-extension://${ID}/sidepanel.html` }, true],
    ['a Firefox extension page', { id: ID, url: 'moz-extension://6f1c2d3e-aaaa-bbbb-cccc-123456789abc/sidepanel.html' }, true],
    ['a content script (it has a tab)', { id: ID, url: 'https://myseller.taobao.com/home.htm', tab: { id: 3 } }, false],
    ['our page opened in a tab', { id: ID, url: `chrome-extension://${ID}/sidepanel.html`, tab: { id: 3 } }, true],
    ['another extension', { id: 'other', url: 'chrome-extension://other/page.html' }, false],
    ['a page of another extension id under ours', { id: ID, url: 'chrome-extension://other/page.html' }, false],
    ['no url', { id: ID }, false],
  ])('%s → %s', (_what, sender, expected) => {
    expect(isExtensionPage(sender, ID)).toBe(expected);
  });
});

describe('senderPlatform', () => {
  it.each([
    ['https://myseller.taobao.com/home.htm/trade-platform/tp/sold', 'taobao'],
    ['https://qn.taobao.com/home.htm/SellManage/on_sale', 'taobao'],
    ['https://trade.taobao.com/trade/itemlist/list_sold_items.htm', 'taobao'],
    ['https://fxg.jinritemai.com/ffa/morder/order/list', 'douyin'],
    ['https://shop.jd.com/jdm/trade/orders/order-list', 'jd'],
    ['https://mms.pinduoduo.com/orders/list', 'pdd'],
    ['http://mms.pinduoduo.com/orders/list', undefined],
    ['https://mms.pinduoduo.com.evil.cn/orders/list', undefined],
    ['https://www.taobao.com/', undefined],
    ['https://constructor/', undefined],
    ['https://__proto__/', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ])('%s → %s (from the host, whatever a message claims)', (url, platform) => {
    expect(senderPlatform({ id: 'x', url, tab: { id: 1 } })).toBe(platform);
  });
});
