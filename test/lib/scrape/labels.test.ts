// @vitest-environment jsdom
import { labelHits } from '../../../lib/scrape/labels';

const doc = (body: string) => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');

describe('labelHits', () => {
  it('finds every occurrence with its value, in document order', () => {
    const page = doc(`<div>订单编号：250731-1 <b>x</b></div><div>订单编号: 250730-2</div>`);
    expect(labelHits(page, '订单编号').map((h) => [h.el.tagName, h.value])).toEqual([
      ['DIV', '250731-1'],
      ['DIV', '250730-2'],
    ]);
  });

  it('takes the value from the next element, also past a colon of its own', () => {
    const page = doc(`<span>订单编号</span><span>：</span><span>250731-1</span><p><span>ID:</span> <i>42</i></p>`);
    expect(labelHits(page, '订单编号')[0]!.value).toBe('250731-1');
    expect(labelHits(page, 'ID')[0]!.value).toBe('42');
  });

  it('finds a label after a space inside a longer text, not inside a word', () => {
    const page = doc(`<td>订单号：250727-1　成交时间：2025/07/27 13:45</td><p>请输入订单号</p><p>拼单成交时间：2025-01-01</p>`);
    expect(labelHits(page, '成交时间').map((h) => h.value)).toEqual(['2025/07/27 13:45']);
    expect(labelHits(page, '订单号').map((h) => h.value)).toEqual(['250727-1　成交时间：2025/07/27 13:45'.replace('　', ' ')]);
  });

  it('skips script, style and template text', () => {
    const page = doc(`<script>var s = "订单编号：1"</script><style>/* 订单编号：2 */</style><template>订单编号：3</template>`);
    expect(labelHits(page, '订单编号')).toEqual([]);
  });

  it('gives an empty value when nothing follows the label', () => {
    expect(labelHits(doc('<div>订单编号：</div>'), '订单编号')).toEqual([expect.objectContaining({ value: '' })]);
  });
});
