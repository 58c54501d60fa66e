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
    const groups = anchorGroups(doc, { label: '订单号' });
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

describe('anchorGroups: only structural anchors cut, only data rows join', () => {
  const item = (id: string, buyer = 'tb_buyer') =>
    `<tr id="${id}"><td>纯棉短袖T恤 颜色分类:白色</td><td>¥59.00</td><td>1</td><td>${buyer}</td><td>交易成功</td></tr>`;

  it('never cuts an order at a buyer nickname that reads like an order number', () => {
    const doc = dom(`<table><tr id="h1"><td colspan="5">订单号：1001001001 创建时间：2025-05-01 10:00:00</td></tr>
      ${item('a', '订单号：4099123456789')}${item('b')}</table>`);
    expect(anchorGroups(doc, { label: '订单号' }).map((g) => [g.head.id, ids(g.rows)])).toEqual([['h1', ['a', 'b']]]);
  });

  it('passes over remark, message, gift, sub-total, control and spacer rows inside an order', () => {
    const doc = dom(`<table><tr id="h1"><td colspan="5">订单编号&nbsp;1001001001</td></tr>${item('a')}
      <tr id="memo"><td colspan="5"><span>买家留言</span><span>订单编号 1001001009 写错了，x2 补差价¥5</span></td></tr>
      <tr id="note"><td>商家备注：</td><td>发顺丰</td><td>-</td></tr>
      <tr id="gift"><td>【赠品】收纳袋</td><td>x1</td><td></td></tr>
      <tr id="sum"><td>合计</td><td>¥59.00</td><td>共1件</td></tr>
      <tr id="ctl"><td>查看更多</td><td>复制</td><td></td></tr>
      <tr id="sp"><td></td><td></td><td></td></tr>${item('b')}</table>`);
    expect(anchorGroups(doc, { label: '订单编号' }).map((g) => [g.head.id, ids(g.rows)])).toEqual([['h1', ['a', 'b']]]);
  });

  it('keeps a broken item row (no price, no quantity) so the order is rejected, not stored half-read', () => {
    const doc = dom(`<table><tr id="h1"><td colspan="5">订单号：1001001001</td></tr>${item('a')}
      <tr id="broken"><td>纯棉短袖T恤</td><td>--</td><td></td><td></td><td></td></tr></table>`);
    expect(anchorGroups(doc, { label: '订单号' })[0]!.rows.map((r) => r.id)).toEqual(['a', 'broken']);
  });

  it('reads div rows with a row selector of their own, and a head block with a full-width colon', () => {
    const doc = dom(`<div class="list"><div class="order"><div id="hd"><span>订单号：</span><span>2002002002</span></div>
      <div class="cellRow" id="a"><div>保温杯 500ml</div><div>¥89.00</div><div>x2</div></div>
      <div class="cellRow" id="m"><div>买家留言：</div><div>尽快发货</div></div></div></div>`);
    const groups = anchorGroups(doc, { label: '订单号', rows: '.cellRow', cells: (r) => [...r.children] });
    expect(groups.map((g) => [g.head.id, ids(g.rows)])).toEqual([['hd', ['a']]]);
  });
});
