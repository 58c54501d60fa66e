// @vitest-environment jsdom
import { douyin } from '../../../../lib/platforms/douyin';
import { detectDrift } from '../../../../lib/scrape/drift';
import { demoPagesOf, loadPage } from '../../../support/fixtures';

// The drift alarm's view of 抖店: every demo page (both order eras, the list without a 状态 column) shows its
// record signs, so reading nothing from it is drift; the empty states and a bare search form are not.

const nothing = { read: 0, rejected: [], readerVersion: douyin.version };
const doc = (body: string) => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');

it.each(demoPagesOf('douyin').map((p) => [p.name, p] as const))('%s read as nothing is drift', { timeout: 60_000 }, (_n, page) => {
  expect(detectDrift(loadPage(page.name), douyin.signs[page.kind], nothing)).toMatchObject({ reason: 'no-rows' });
});

it.each([
  ['orders', '<div class="auxo-form-item"><label>订单编号</label><input placeholder="请输入订单编号"></div><table><thead><tr><th>商品</th><th>实付金额</th><th>订单状态</th></tr></thead><tbody><tr class="auxo-table-placeholder"><td colspan="3">暂无相关订单</td></tr></tbody></table>'],
  ['products', '<table><thead><tr><th>商品信息</th><th>总库存</th></tr></thead><tbody><tr class="ecom-g-table-placeholder"><td colspan="2">暂无商品</td></tr></tbody></table>'],
] as const)('an empty %s list is not drift', (kind, body) => {
  expect(detectDrift(doc(body), douyin.signs[kind], nothing)).toBeUndefined();
});
