// @vitest-environment jsdom
import { anchorGroups } from '../../../lib/scrape';

const dom = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
const ids = (els: Element[]) => els.map((el) => el.id);

describe('anchorGroups', () => {
  it('opens a record at each anchor row and gives it the data rows that follow, across tables', () => {
    const doc = dom(`
      <table><tr id="h1"><td colspan="3">订单号：1001001001</td></tr></table>
      <table><tr id="a"><td>1</td><td>2</td><td>3</td></tr><tr id="memo"><td colspan="3">备注</td></tr><tr id="b"><td>1</td><td>2</td><td>3</td></tr></table>
      <table><tr id="h2"><td>订单号</td><td>：1002002002</td></tr><tr id="c"><td>1</td><td>2</td><td>3</td></tr></table>`);
    const groups = anchorGroups(doc, { label: '订单号' });
    expect(groups.map((g) => [g.head.id, ids(g.rows)])).toEqual([
      ['h1', ['a', 'b']],
      ['h2', ['c']],
    ]);
  });

  it('widens a div header until it holds the hint, and skips a form field without a value', () => {
    const doc = dom(`<form><label>订单号</label><input></form>
      <div id="hd"><p><span>订单号：</span><span>2002002002</span></p><p>创建时间：2025-05-01</p></div>
      <table><tr id="a"><td>1</td><td>2</td><td>3</td></tr></table>`);
    const groups = anchorGroups(doc, { label: '订单号', headHint: /创建时间/ });
    expect(groups.map((g) => [g.head.id, ids(g.rows)])).toEqual([['hd', ['a']]]);
  });

  it('ignores the column header, rows before the first anchor, hidden text and nested tables', () => {
    const doc = dom(`<script>var t = "订单号：3003003003";</script>
      <table><thead><tr id="th"><th>订单号</th><th>b</th><th>c</th></tr></thead>
      <tbody><tr id="early"><td>1</td><td>2</td><td>3</td></tr>
      <tr id="h"><td colspan="3">订单号：3003003003</td></tr>
      <tr id="a"><td><table><tr id="inner"><td>x</td><td>y</td><td>z</td></tr></table></td><td>2</td><td>3</td></tr></tbody></table>`);
    const groups = anchorGroups(doc, { label: '订单号' });
    expect(groups.map((g) => [g.head.id, ids(g.rows)])).toEqual([['h', ['a']]]);
  });
});
