import {
  cleanAmount,
  cleanSpec,
  isChromeWord,
  isOrderStatusWord,
  loadedCount,
  withoutChromeWords,
  isProductStatusWord,
  isSpecText,
  itemIdFromHref,
  statusOfTab,
} from '../../../../lib/platforms/taobao/schema';

describe('taobao schema', () => {
  it('drops the bracketed shipping note of an amount cell, keeps what the parser must judge', () => {
    expect(cleanAmount('¥1595.00 (含快递:¥0.00)')).toBe('¥1595.00');
    expect(cleanAmount('￥99.00（含快递：￥10.00）')).toBe('￥99.00');
    expect(cleanAmount('￥ 399.00 ( 含快递： ￥8.00 )')).toBe('￥ 399.00');
    expect(cleanAmount('--')).toBe('--');
    expect(cleanAmount('')).toBe('');
  });

  it('writes SKU properties the way Taobao exports them, however the page splits them', () => {
    expect(cleanSpec(['颜色分类:黑色;尺码:M'])).toBe('颜色分类:黑色;尺码:M');
    expect(cleanSpec(['颜色分类：黑色', '尺码：M'])).toBe('颜色分类:黑色;尺码:M');
    expect(cleanSpec(['颜色分类', '：', '米白', '尺码', '：', 'XL'])).toBe('颜色分类:米白;尺码:XL');
    expect(cleanSpec(['颜色分类：', '黑色'])).toBe('颜色分类:黑色');
    expect(cleanSpec(['颜色分类：黑色 尺码：M'])).toBe('颜色分类:黑色;尺码:M');
    expect(cleanSpec(['型号：iPhone15 Pro'])).toBe('型号:iPhone15 Pro');
    expect(cleanSpec([])).toBe('');
  });

  it('tells SKU properties from codes and ids', () => {
    expect(isSpecText('尺码：M')).toBe(true);
    expect(isSpecText('商家编码：YRF-2409-01')).toBe(false);
    expect(isSpecText('ID:227638060486')).toBe(false);
    expect(isSpecText('白鸭绒羽绒服女短款')).toBe(false);
  });

  it('knows the link words that share cells with values', () => {
    expect(isChromeWord('和我联系')).toBe(true);
    expect(isChromeWord(' 详情 ')).toBe(true);
    expect(isChromeWord('[交易快照]')).toBe(true);
    expect(isChromeWord('交易成功')).toBe(false);
  });

  it('reads the item id of Taobao and Tmall item links only', () => {
    expect(itemIdFromHref('//item.taobao.com/item.htm?id=227638060486')).toBe('227638060486');
    expect(itemIdFromHref('https://detail.tmall.com/item.htm?spm=a1z10&id=640585419897&skuId=1')).toBe('640585419897');
    expect(itemIdFromHref('//trade.taobao.com/trade/detail/tradeSnap.htm?tradeID=4590500607641348686')).toBeUndefined();
    expect(itemIdFromHref('//item.taobao.com/item.htm?spm=abc')).toBeUndefined();
    expect(itemIdFromHref('//buyertrade.taobao.com/trade/detail/tradeSnap.htm?tradeID=4590500607641348686&snapShot=true')).toBeUndefined();
    expect(itemIdFromHref('//qn.taobao.com/home.htm/item-manage?itemId=640585419897')).toBe('640585419897');
  });

  it('takes button words drawn into a status text off it (交易成功\n补发货)', () => {
    expect(withoutChromeWords('交易成功 补发货')).toBe('交易成功');
    expect(withoutChromeWords('卖家已发货，等待买家确认 查看物流')).toBe('卖家已发货，等待买家确认');
    expect(withoutChromeWords('补发货')).toBe('');
    expect(withoutChromeWords('t**9')).toBe('t**9');
  });

  it('knows the order status texts, and never a refund word as an order status', () => {
    expect(isOrderStatusWord('买家已付款，等待卖家发货')).toBe(true);
    expect(isOrderStatusWord('卖家已发货,等待买家确认')).toBe(true);
    expect(isOrderStatusWord('交易成功')).toBe(true);
    expect(isOrderStatusWord('退款成功')).toBe(false);
    expect(isOrderStatusWord('交易成功的宝贝')).toBe(false);
  });

  it('gives no 30-day figure until one has loaded', () => {
    expect(loadedCount('12')).toBe('12');
    expect(loadedCount('1,203')).toBe('1,203');
    expect(loadedCount('')).toBeUndefined();
    expect(loadedCount('--')).toBeUndefined();
    expect(loadedCount('加载中')).toBeUndefined();
  });

  it('turns a tab name into its status word', () => {
    expect(statusOfTab('出售中的宝贝(12)')).toBe('出售中');
    expect(statusOfTab('仓库中 (3)')).toBe('仓库中');
    expect(statusOfTab('已售罄（0）')).toBe('已售罄');
    expect(statusOfTab('全部(10)')).toBe('');
    expect(statusOfTab('')).toBe('');
    expect(isProductStatusWord('出售中')).toBe(true);
    expect(isProductStatusWord('立即下架')).toBe(false);
  });
});
