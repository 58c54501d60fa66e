// @vitest-environment jsdom
import { readAll, textOf, textPieces, visibleTextNodes, withReadCache } from '../../../lib/scrape';

const doc = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');

/** Every element's visible text nodes, as text, by the plain walk (no read running) and within one read. */
function bothWays(d: Document) {
  const els = [...d.body.querySelectorAll('*')];
  const texts = (el: Element) => visibleTextNodes(el).map((n) => n.nodeValue);
  const plain = els.map(texts);
  const inRead = withReadCache(() => els.map(texts));
  return { plain, inRead };
}

const ROW = (i: number) => `<tr id="r${i}"><td><div><span>保温杯 ${i}</span><span> </span><b>¥8${i}.00</b></div>
  <div><span style="Display : None">¥999</span><i aria-hidden="true">icon</i><em>x${i}</em></div></td>
  <td hidden><p>隐藏 ${i}</p><p>也隐藏</p></td><td><template>¥1</template><p>交易成功</p><p>详情</p></td></tr>`;

describe('a read (withReadCache): the same visible text, each element walked once', () => {
  it('gives every element the text nodes of the plain walk: hidden subtrees skipped, the root itself never checked', () => {
    const d = doc(`<style>.x{}</style><table><tbody>${[1, 2, 3].map(ROW).join('')}</tbody></table>
      <div id="clean"><p><span>订单号：</span><span>1001001001</span></p><p>创建时间：2025-05-01</p></div>
      <div style="visibility:hidden" id="hid"><p><span>a</span><span>b</span></p></div>`);
    const { plain, inRead } = bothWays(d);
    expect(inRead).toEqual(plain);
    expect(withReadCache(() => textPieces(d.getElementById('r2')!))).toEqual(['保温杯 2', '¥82.00', 'x2', '交易成功', '详情']);
    // A hidden root is still read when asked for (the caller decided to read it): as the plain walk does.
    expect(withReadCache(() => textOf(d.querySelector('td[hidden]')!.parentElement!))).toBe(textOf(d.querySelector('td[hidden]')!.parentElement!));
    expect(withReadCache(() => textPieces(d.getElementById('hid')!))).toEqual(['a', 'b']);
  });

  it('walks an element once per read, and afresh in the next read (the page may have changed)', () => {
    const d = doc(`<div id="a"><p>one</p><p>two</p></div>`);
    const a = d.getElementById('a')!;
    const [first, again] = withReadCache(() => [visibleTextNodes(a), visibleTextNodes(a)]);
    expect(again).toBe(first);
    a.insertAdjacentHTML('beforeend', '<p>three</p>');
    expect(readAll(function* () {
      yield textPieces(a);
    }())).toEqual([['one', 'two', 'three']]);
    expect(withReadCache(() => textPieces(a))).toEqual(['one', 'two', 'three']);
  });
});
