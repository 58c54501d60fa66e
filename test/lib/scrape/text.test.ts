// @vitest-environment jsdom
import { firstToken, labelValue, textOf, textPieces } from '../../../lib/scrape/text';

const html = (s: string) => {
  const div = document.createElement('div');
  div.innerHTML = s;
  return div;
};

describe('labelValue', () => {
  it.each([
    ['<span>订单编号：4012345678901234567</span>', '4012345678901234567'],
    ['<span>订单编号:</span><span>4012345678901234567</span>', '4012345678901234567'],
    ['<label>订单编号</label><i>：</i><b>4012345678901234567</b>', '4012345678901234567'],
    ['<p>商品ID：3712 商家编码：YRF-2409-01</p>', '3712 商家编码：YRF-2409-01'],
    ['<div><span>商品ID：</span><span>商家编码：YRF-2409-01</span></div>', ''],
    ['<div><script>var s="订单编号：999"</script><span>订单编号：123456</span></div>', '123456'],
  ])('%s', (markup, value) => {
    expect(labelValue(html(markup), '订单编号|商品ID')).toBe(value);
  });

  it('is undefined when the label is absent', () => {
    expect(labelValue(html('<span>下单时间 2025/04/03</span>'), '订单编号')).toBeUndefined();
  });
});

it('textOf collapses whitespace and textPieces skips scripts', () => {
  const el = html('<p>  交易\n  成功 </p><script>x()</script><span> ¥1.00 </span>');
  expect(textOf(el.querySelector('p'))).toBe('交易 成功');
  expect(textPieces(el)).toEqual(['交易 成功', '¥1.00']);
  expect(firstToken(' YRF-2409 复制')).toBe('YRF-2409');
});
