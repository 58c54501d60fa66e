// @vitest-environment jsdom
import { pdd } from '../../../../lib/platforms/pdd';
import { detectDrift } from '../../../../lib/scrape/drift';
import { demoPagesOf, loadPage } from '../../../support/fixtures';

// The drift alarm's view of 拼多多: every demo page (both order eras, the labelled goods list) shows its record
// signs, so reading nothing from it is drift; the empty states and a bare search form are not.

const nothing = { read: 0, rejected: [], readerVersion: pdd.version };
const doc = (body: string) => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');

it.each(demoPagesOf('pdd').map((p) => [p.name, p] as const))('%s read as nothing is drift', { timeout: 60_000 }, (_n, page) => {
  expect(detectDrift(loadPage(page.name), pdd.signs[page.kind], nothing)).toMatchObject({ reason: 'no-rows' });
});

it('sees a goods list whose rows carry no ID: label by its labelled figures', () => {
  const page = doc('<table><tbody><tr><td><a class="goods-name">面膜</a></td><td>拼单价 ¥9.90</td><td>30日销量 12</td></tr></tbody></table>');
  expect(detectDrift(page, pdd.signs.products, nothing)?.expected).toEqual(['30日销量 12', '拼单价 ¥9.90']);
});

it.each([
  ['orders', '<form><div label="订单编号"><label>订单编号</label><input placeholder="请输入完整订单编号"></div></form><table><thead><tr><th>商品</th><th>实收金额(元)</th><th>订单状态</th></tr></thead></table><div class="TB_empty_5-120-1">暂无数据</div>'],
  ['products', '<table><thead><tr><th>商品信息</th><th>库存</th><th>销量</th></tr></thead><tbody><tr><td colspan="3"><div class="TB_empty_5-120-1">暂无商品</div></td></tr></tbody></table>'],
] as const)('an empty %s list is not drift', (kind, body) => {
  expect(detectDrift(doc(body), pdd.signs[kind], nothing)).toBeUndefined();
});
