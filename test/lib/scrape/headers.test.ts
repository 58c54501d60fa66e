// @vitest-environment jsdom
import { findHeader, headerCellTexts, normalizeHeader } from '../../../lib/scrape';

const doc = (body: string) => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
const MAP = { title: /宝贝|商品/, price: /单价|价格/, stock: /库存/, status: /状态/, paid: /实收/ };

describe('findHeader', () => {
  it('picks the header naming the most wanted columns, not the first thead of the page', () => {
    const page = doc(`<table><thead><tr><th>统计</th><th>今日</th></tr></thead></table>
      <table><thead><tr><th>商品</th><th>状态</th></tr></thead></table>
      <table><thead><tr><th>宝贝</th><th>单价</th><th>实收款</th></tr></thead></table>`);
    const found = findHeader(page, MAP)!;
    expect(headerCellTexts(found.row)).toEqual(['宝贝', '单价', '实收款']);
    expect(found.columns).toEqual({ title: 0, price: 1, paid: 2 });
  });

  it('honours required fields and a minimum count', () => {
    const page = doc(`<table><thead><tr><th>宝贝</th><th>单价</th><th>实收款</th></tr></thead></table>`);
    expect(findHeader(page, MAP, { required: ['stock'] })).toBeUndefined();
    expect(findHeader(page, MAP, { min: 4 })).toBeUndefined();
    expect(findHeader(page, MAP, { required: ['title'], min: 3 })?.columns.title).toBe(0);
  });

  it('lays colspan headers on the grid and normalises money suffixes and spaces', () => {
    const page = doc(`<table><tr><th colspan="2">商品 信息</th><th>实收金额（元）</th><th>库存 ⇅</th></tr></table>`);
    expect(findHeader(page, MAP)!.columns).toEqual({ title: 0, paid: 2, stock: 3 });
  });

  it('finds an ARIA header row, and a div table header of plain cells when nothing header-like names the columns', () => {
    const aria = doc(`<div role="table"><div role="row"><div role="columnheader">商品</div><div role="columnheader">库存</div></div></div>`);
    expect(findHeader(aria, MAP)!.columns).toEqual({ title: 0, stock: 1 });
    const plain = doc(`<div role="table"><div role="row"><div role="cell">商品</div><div role="cell">库存</div></div></div>`);
    expect(findHeader(plain, MAP, { min: 2 })!.columns).toEqual({ title: 0, stock: 1 });
  });

  it('is undefined without a header', () => {
    expect(findHeader(doc('<table><tr><td>1</td></tr></table>'), MAP, { min: 2 })).toBeUndefined();
  });
});

it.each([
  ['实收金额(元)', '实收金额'],
  ['实收金额（元）', '实收金额'],
  [' 商品总价 ( 元 ) ', '商品总价'],
  ['买家 昵称', '买家昵称'],
  ['销量 ?', '销量'],
])('normalizeHeader %s → %s', (raw, clean) => {
  expect(normalizeHeader(raw)).toBe(clean);
});
