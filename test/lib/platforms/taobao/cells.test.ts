// @vitest-environment jsdom
import { decodeEntities, firstValue, productIdOf, titleOf } from '../../../../lib/platforms/taobao/cells';

const cell = (html: string) => {
  const doc = new DOMParser().parseFromString(`<table><tr><td>${html}</td></tr></table>`, 'text/html');
  return doc.querySelector('td')!;
};

describe('taobao cells', () => {
  it('decodes entity text in a title once, and never makes an element of it', () => {
    const doc = document.implementation.createHTMLDocument('');
    expect(decodeEntities('温度计 &plusmn;0.5&#8451; &amp;lt;b&amp;gt;', doc)).toBe('温度计 ±0.5℃ &lt;b&gt;');
    expect(decodeEntities('<img src=x onerror=alert(1)> &amp;', doc)).toBe('<img src=x onerror=alert(1)> &');
    expect(decodeEntities('AT&T 充电器', doc)).toBe('AT&T 充电器');
  });

  it('reads a title past tag lists and snapshot links; the 交易快照 link gives no product id', () => {
    const td = cell(`<div class="mc-tag-list-wrap"><span class="next-tag">新品</span></div>
      <a href="//trade.taobao.com/trade/detail/tradeSnap.htm?tradeID=1&snapShot=true"><img></a>
      <a href="//trade.taobao.com/trade/detail/tradeSnap.htm?tradeID=1&snapShot=true">纯棉短袖T恤</a><a>[交易快照]</a>`);
    expect(titleOf(td)).toBe('纯棉短袖T恤');
    expect(productIdOf(td)).toBeUndefined();
  });

  it('reads the product id by its label before any link, with either colon or a space', () => {
    expect(productIdOf(cell('<a href="//item.taobao.com/item.htm?id=111111">衣服</a><span>ID：227638060486</span>'))).toBe('227638060486');
    expect(productIdOf(cell('<span>ID\u00a0227638060486</span>'))).toBe('227638060486');
    expect(productIdOf(cell('<span>商品ID</span><span>：</span><span>227638060486</span>'))).toBe('227638060486');
    expect(productIdOf(cell('<a>IDEA 笔记本支架</a>'))).toBeUndefined();
  });

  it('reads a status box whose text ends with 补发货', () => {
    expect(firstValue(cell('<div>交易成功\n补发货</div><div><a>详情</a></div>'))).toBe('交易成功');
  });
});
