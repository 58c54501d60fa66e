// @vitest-environment jsdom
import { DEMO_PAGES } from '../fixtures/pages';
import {
  GENERIC_VARIANTS,
  afterText,
  columnSwapPlan,
  groupGrid,
  insertAfterEachRow,
  mapTextNodes,
  repeatedBlocks,
  squashed,
  textNodes,
  type PageVariant,
} from './page-variants';

// The transforms themselves, on small documents: a variant that draws something no console draws would
// blame a reader for the variant's own bug.

const dom = (body: string) => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
const page = DEMO_PAGES[0]!;
const variant = (prefix: string): PageVariant => GENERIC_VARIANTS.find((v) => v.name.startsWith(prefix))!;
const run = (prefix: string, body: string) => {
  const doc = dom(body);
  variant(prefix).apply(doc, page);
  return doc;
};
const texts = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((el) => squashed(el.textContent));
/** A row's cell texts joined with ' | '. */
const rowText = (tr: Element) => [...tr.children].map((c) => squashed(c.textContent)).join(' | ');

const ORDER = `<table><thead><tr><th>商品</th><th>单价</th><th>数量</th><th>买家</th></tr></thead><tbody>
  <tr><td colspan="4">订单编号：1001</td></tr>
  <tr><td>A</td><td>¥1.00</td><td>1</td><td rowspan="2">buyer</td></tr>
  <tr><td>B</td><td>¥2.00</td><td>2</td></tr>
</tbody></table>`;

describe('grid helpers', () => {
  it('lays rowspan and colspan out on the grid', () => {
    const grid = groupGrid(dom(ORDER).querySelector('tbody')!);
    expect(grid.map((row) => row.map((slot) => squashed(slot.cell.textContent)))).toEqual([
      ['订单编号：1001', '订单编号：1001', '订单编号：1001', '订单编号：1001'],
      ['A', '¥1.00', '1', 'buyer'],
      ['B', '¥2.00', '2', 'buyer'],
    ]);
    expect(grid[2]![3]!.row).toBe(1);
  });

  it('inserts a row after each body row, never inside a row-spanned group', () => {
    const doc = dom(ORDER);
    expect(insertAfterEachRow(doc, (_row, width) => `<tr class="gap"><td colspan="${width}"></td></tr>`)).toBe(2);
    expect([...doc.querySelectorAll('tbody > tr')].map((tr) => tr.className || rowText(tr))).toEqual([
      '订单编号：1001',
      'gap',
      'A | ¥1.00 | 1 | buyer',
      'B | ¥2.00 | 2',
      'gap',
    ]);
  });
});

describe('two data columns swapped', () => {
  it('swaps the first clean pair after the main column in the header and every row, colgroup too', () => {
    const doc = run('two data columns', ORDER.replace('<table>', '<table><colgroup><col class="c0"><col class="c1"><col class="c2"><col class="c3"></colgroup>'));
    expect(texts(doc, 'th')).toEqual(['商品', '数量', '单价', '买家']);
    expect([...doc.querySelectorAll('tbody tr')].slice(1).map(rowText)).toEqual(['A | 1 | ¥1.00 | buyer', 'B | 2 | ¥2.00']);
    expect([...doc.querySelectorAll('col')].map((c) => c.className)).toEqual(['c0', 'c2', 'c1', 'c3']);
  });

  it('passes over a pair where one column is row-spanned and the other is not', () => {
    const html = `<table><thead><tr><th>商品</th><th>状态</th><th>数量</th><th>总价</th></tr></thead><tbody>
      <tr><td>A</td><td rowspan="2">待发货</td><td>1</td><td>1.00</td></tr><tr><td>B</td><td>2</td><td>4.00</td></tr></tbody></table>`;
    expect(columnSwapPlan(dom(html))).toMatchObject({ kind: 'table', a: 2, b: 3, headers: ['数量', '总价'] });
  });

  it('swaps prop-named div columns in the header strip and every card', () => {
    const cols = (tag: string) => ['sku', 'pay', 'who', 'status'].map((p) => `<div class="${tag}" prop="${p}">${p}</div>`).join('');
    const doc = run('two data columns', `<div class="head">${cols('h')}</div><div class="card">${cols('c')}</div>`);
    expect(texts(doc, '.head > *')).toEqual(['sku', 'who', 'pay', 'status']);
    expect(texts(doc, '.card > *')).toEqual(['sku', 'who', 'pay', 'status']);
  });
});

describe('table shape variants', () => {
  it('draws the header as its own table before the body table', () => {
    const doc = run('header drawn as its own table', ORDER);
    const [head, body] = [...doc.querySelectorAll('table')];
    expect(head!.querySelector('thead')).not.toBeNull();
    expect(head!.tBodies).toHaveLength(0);
    expect(body!.tHead).toBeNull();
    expect(body!.rows).toHaveLength(3);
    expect(head!.compareDocumentPosition(body!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('puts a blank measure row as wide as the table first in the body', () => {
    const doc = run('measure row', ORDER);
    const first = doc.querySelector('tbody > tr')!;
    expect(first.className).toBe('ant-table-measure-row');
    expect(first.children).toHaveLength(4);
    expect(squashed(first.textContent)).toBe('');
  });
});

describe('class names', () => {
  it('gives CSS-module hashes and Beast versions new suffixes, the same for the same class, and leaves BEM alone', () => {
    const doc = run(
      'hashed class suffixes',
      '<div class="index_text__3y09K sol-mod__no-br___1PwLO order-item_1xk2P jd-tag__content next-table-row TB_tr_5-120-1 style_name__1Gz"></div><p class="index_text__3y09K"></p>',
    );
    const [text, noBr, item, bem, kit, row, short] = [...doc.querySelector('div')!.classList];
    expect(short).toMatch(/^style_name__[A-Za-z0-9]{3}$/);
    expect(short).not.toBe('style_name__1Gz');
    expect(text).toMatch(/^index_text__[A-Za-z0-9]{5}$/);
    expect(text).not.toBe('index_text__3y09K');
    expect(noBr).toMatch(/^sol-mod__no-br___[\w-]{5}$/);
    expect(noBr).not.toBe('sol-mod__no-br___1PwLO');
    expect(item).toMatch(/^order-item_[A-Za-z0-9]{5}$/);
    expect([bem, kit, row]).toEqual(['jd-tag__content', 'next-table-row', 'TB_tr_5-131-0']);
    expect(doc.querySelector('p')!.className).toBe(text);
  });
});

describe('text variants', () => {
  const LABELLED = '<div><span>订单编号：123456</span><span>ID:958214972858</span><span>颜色:红色;尺码:M</span><script>var a = "订单编号：1"</script></div>';

  it('swap label colons only, both ways, never in a spec or a script', () => {
    expect(squashed(run('label colons full-width → ASCII', LABELLED).body.textContent)).toBe(
      '订单编号:123456ID:958214972858颜色:红色;尺码:Mvar a = "订单编号：1"',
    );
    expect(squashed(run('label colons ASCII → full-width', LABELLED).body.textContent)).toBe(
      '订单编号：123456ID：958214972858颜色:红色;尺码:Mvar a = "订单编号：1"',
    );
  });

  it('put a no-break space or spaces in place of a label colon', () => {
    expect(texts(run('no-break space', LABELLED), 'span')).toEqual(['订单编号 123456', 'ID 958214972858', '颜色:红色;尺码:M']);
    expect(run('no-break space', LABELLED).querySelector('span')!.textContent).toBe('订单编号\u00a0123456');
    expect(run('spaces around', LABELLED).querySelector('span')!.textContent).toBe('订单编号 ： 123456');
  });

  it('splits text the way React does, keeping the text', () => {
    const doc = run('React text splits', '<p>订单编号：123</p><p>¥12.90</p><p>x2</p><p>颜色:红</p>');
    expect(texts(doc, 'p')).toEqual(['订单编号：123', '¥12.90', 'x2', '颜色:红']);
    expect([...doc.querySelectorAll('p')].map((p) => p.childNodes.length)).toEqual([3, 3, 3, 1]);
  });

  it('moves a label and its value, or its colon, into elements of their own, keeping the text', () => {
    const split = run('label and value split', LABELLED);
    expect(split.querySelector('span')!.innerHTML).toBe('<span>订单编号：</span><span>123456</span>');
    const colon = run('label colon in an element', LABELLED);
    expect(colon.querySelector('span')!.innerHTML).toBe('<span>订单编号</span><span>：</span>123456');
    for (const doc of [split, colon]) expect(texts(doc, 'div > span')).toEqual(['订单编号：123456', 'ID:958214972858', '颜色:红色;尺码:M']);
  });

  it('maps only shown text', () => {
    const doc = dom('<p>a</p><style>p{}</style><template><p>t</p></template><textarea>x</textarea><p> </p>');
    expect(mapTextNodes(doc, (t) => t.toUpperCase())).toBe(1);
    expect(textNodes(doc).map((n) => n.nodeValue)).toEqual(['A']);
  });
});

describe('placement helpers', () => {
  it('puts a control after the element holding an id, never outside its cell', () => {
    const doc = dom('<table><tr><td><div class="id"><span>订单号：</span><span>123456</span></div></td><td>654321</td></tr></table>');
    const [id, bare] = textNodes(doc).filter((n) => /\d/.test(n.nodeValue!));
    expect((afterText(id!, (t) => t.endsWith('123456')) as Element).className).toBe('id');
    expect(afterText(bare!, (t) => t.endsWith('654321'))).toBe(bare);
  });

  it('finds the outermost repeated blocks, not the ones inside cells', () => {
    const doc = dom('<div class="list"><div class="card"><div class="x"></div><div class="x"></div></div><div class="card"></div></div><table><tr><td><div class="y"></div><div class="y"></div></td></tr></table>');
    expect(repeatedBlocks(doc).map((set) => set.map((el) => el.className))).toEqual([['card', 'card']]);
  });
});

describe('cell noise', () => {
  it('puts hidden text, style, script and template into body cells only', () => {
    const html = '<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>v</td></tr></tbody></table>';
    for (const prefix of ['style element', 'script and template', 'display:none', 'hidden-attribute']) {
      const doc = run(prefix, html);
      expect(doc.querySelector('th')!.innerHTML, prefix).toBe('h');
      expect(doc.querySelector('td')!.childNodes.length, prefix).toBeGreaterThan(1);
    }
  });

  it('treats the cells of a div-drawn list as cells, header cells and wrappers aside', () => {
    const html =
      '<div class="index_tableHead__1Rq"><div class="index_headCell__2x">商品</div></div>' +
      '<div class="index_cellRow__1vT"><div class="index_cell__6jtb6"><div class="next-table-cell-wrapper">v</div></div></div>';
    const doc = run('display:none', html);
    expect(doc.querySelector('.index_headCell__2x')!.innerHTML).toBe('商品');
    expect(doc.querySelector('.index_cellRow__1vT')!.firstElementChild!.className).toBe('index_cell__6jtb6');
    expect(doc.querySelector('.index_cell__6jtb6')!.firstElementChild!.getAttribute('style')).toBe('display:none');
    expect(doc.querySelector('.next-table-cell-wrapper')!.innerHTML).toBe('v');
  });
});
