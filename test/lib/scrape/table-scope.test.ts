// @vitest-environment jsdom
import { findHeaderRow, headerCellTexts, rowGrid, tableScope, textExcept } from '../../../lib/scrape';

const dom = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');

describe('findHeaderRow', () => {
  it('picks the header naming the wanted columns, not the first thead of the page', () => {
    const doc = dom(`<table><thead><tr><th>统计</th><th>今日</th></tr></thead></table>
      <table><thead><tr><th>宝贝</th><th>单价</th><th>实收款</th></tr></thead></table>`);
    const header = findHeaderRow(doc, [/宝贝/, /实收款/]);
    expect(headerCellTexts(header!)).toEqual(['宝贝', '单价', '实收款']);
    expect(findHeaderRow(doc, [/宝贝/, /库存/])).toBeUndefined();
  });

  it('finds an ARIA header row of plain cells too', () => {
    const doc = dom(`<div role="table"><div role="row"><div role="cell">商品</div><div role="cell">库存</div></div></div>`);
    expect(headerCellTexts(findHeaderRow(doc, [/商品/, /库存/])!)).toEqual(['商品', '库存']);
  });
});

describe('tableScope', () => {
  it('is the table itself when header and body share it', () => {
    const doc = dom(`<div id="page"><table id="t"><thead><tr><th>商品</th></tr></thead><tbody><tr><td>a</td></tr></tbody></table></div>`);
    expect((tableScope(findHeaderRow(doc, [/商品/])!, doc) as Element).id).toBe('t');
  });

  it('is the wrapper holding a separate header table and the body tables', () => {
    const doc = dom(`<div id="page"><form><table><tr><td>filter</td></tr></table></form>
      <div id="wrap"><div class="hd"><table><thead><tr><th>宝贝</th></tr></thead></table></div>
      <div class="bd"><table><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table></div></div></div>`);
    expect((tableScope(findHeaderRow(doc, [/宝贝/])!, doc) as Element).id).toBe('wrap');
  });

  it('falls back to the root when there are no body rows at all', () => {
    const doc = dom(`<table><thead><tr><th>宝贝</th></tr></thead></table>`);
    expect(tableScope(findHeaderRow(doc, [/宝贝/])!, doc)).toBe(doc);
  });
});

describe('rowGrid', () => {
  it('gives later rows the row-spanned cells of the first', () => {
    const doc = dom(`<table><tr id="a"><td>x</td><td rowspan="2">buyer</td></tr><tr id="b"><td>y</td></tr></table>`);
    const grid = rowGrid(doc);
    const b = grid.get(doc.getElementById('b')!)!;
    expect(b.map((c) => c.textContent)).toEqual(['y', 'buyer']);
  });
});

describe('textExcept', () => {
  it('leaves out the dropped parts without touching the page', () => {
    const doc = dom(`<div id="p"><p><del>￥479.00</del></p><p>￥ 399.00</p></div>`);
    const el = doc.getElementById('p')!;
    expect(textExcept(el, 'del')).toBe('￥ 399.00');
    expect(el.querySelector('del')).not.toBeNull();
    expect(textExcept(null, 'del')).toBe('');
  });
});
