// @vitest-environment jsdom
import { headerRows } from '../../../lib/scrape/headers';

const doc = (body: string) => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');

describe('headerRows', () => {
  it('lists every header-like row: thead rows, rows of th, ARIA column headers; never body rows', () => {
    const page = doc(`
      <table><thead><tr><td>筛选</td><td colspan="2">时间</td></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>
      <table><tr><th>商品</th><th>订单状态</th></tr><tr><td>x</td><td>y</td></tr></table>
      <div role="table"><div role="row"><div role="columnheader">库存</div></div><div role="row"><div role="cell">9</div></div></div>`);
    expect(headerRows(page)).toEqual([['筛选', '时间', '时间'], ['商品', '订单状态'], ['库存']]);
  });

  it('is empty without headers', () => {
    expect(headerRows(doc('<table><tr><td>1</td></tr></table>'))).toEqual([]);
  });
});
