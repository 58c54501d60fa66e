// @vitest-environment jsdom
import { findHeader, rowGrid, tableScope, textExcept } from '../../../lib/scrape';

const header = (doc: Document, re: RegExp) => findHeader(doc, { f: re })!.row;

const dom = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');

describe('tableScope', () => {
  it('is the table itself when header and body share it', () => {
    const doc = dom(`<div id="page"><table id="t"><thead><tr><th>商品</th></tr></thead><tbody><tr><td>a</td></tr></tbody></table></div>`);
    expect((tableScope(header(doc, /商品/), doc) as Element).id).toBe('t');
  });

  it('is the wrapper holding a separate header table and the body tables', () => {
    const doc = dom(`<div id="page"><form><table><tr><td>filter</td></tr></table></form>
      <div id="wrap"><div class="hd"><table><thead><tr><th>宝贝</th></tr></thead></table></div>
      <div class="bd"><table><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table></div></div></div>`);
    expect((tableScope(header(doc, /宝贝/), doc) as Element).id).toBe('wrap');
  });

  it('falls back to the root when there are no body rows at all', () => {
    const doc = dom(`<table><thead><tr><th>宝贝</th></tr></thead></table>`);
    expect(tableScope(header(doc, /宝贝/), doc)).toBe(doc);
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
