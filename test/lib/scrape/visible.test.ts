// @vitest-environment jsdom
import { labelValue, textOf, textPieces, stripCss } from '../../../lib/scrape';

const el = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
};

describe('text that is never cell text', () => {
  it('skips style, script, template, noscript and hidden elements in textOf and textPieces', () => {
    const cell = el(`<style>.beast-core-ellipsis-1{overflow:hidden}</style><span>保温杯 500ml</span><script>x=1</script>
      <template>¥1</template><span style="display:none">¥999.00</span><span hidden>隐藏</span><i aria-hidden="true">icon</i><b>¥89.00</b>`);
    expect(textOf(cell)).toBe('保温杯 500ml¥89.00');
    expect(textPieces(cell)).toEqual(['保温杯 500ml', '¥89.00']);
  });

  it('removes leaked CSS rules written as text', () => {
    expect(stripCss('.beast-core-ellipsis-3 { overflow: hidden; } 保温杯')).toBe('  保温杯');
    expect(textOf(el('<div>.beast-core-ellipsis-3{overflow:hidden}保温杯 500ml</div>'))).toBe('保温杯 500ml');
    expect(stripCss('{套装} 保温杯')).toBe('{套装} 保温杯');
    expect(stripCss('@media (max-width: 800px) { .beast-core-ellipsis-2 { display: block } .x { color: red } }保温杯').trim()).toBe('保温杯');
  });

  it('does not read a label hidden in a tooltip', () => {
    expect(labelValue(el('<span hidden>商家编码：OLD-1</span><span>商家编码: NEW-2</span>'), '商家编码')).toBe('NEW-2');
  });
});

describe('labels with either colon, spaces or no-break spaces', () => {
  it.each([
    ['<span>订单编号\u00a06921804373719182450</span>'],
    ['<span>订单编号：6921804373719182450</span>'],
    ['<span>订单编号 : 6921804373719182450</span>'],
    ['<span>订单编号</span>\u00a0<span>6921804373719182450</span>'],
    ['<span>订单编号：</span><span>6921804373719182450</span>'],
  ])('%s', (html) => {
    expect(labelValue(el(html), '订单编号')).toBe('6921804373719182450');
  });

  it('finds a label glued to a quantity, never one inside a word', () => {
    expect(labelValue(el('<span>颜色:黑 x2商家编码：EJ-01</span>'), '商家编码')).toBe('EJ-01');
    expect(labelValue(el('<span>请输入订单编号</span>'), '订单编号')).toBeUndefined();
    expect(labelValue(el('<span>商品ID：3712</span>'), 'ID')).toBeUndefined();
    expect(labelValue(el('<span>ID：3712</span>'), 'ID')).toBe('3712');
  });
});
