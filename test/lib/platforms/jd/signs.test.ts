// @vitest-environment jsdom
import { jd } from '../../../../lib/platforms/jd';
import { detectDrift } from '../../../../lib/scrape/drift';
import { demoPagesOf, loadPage } from '../../../support/fixtures';
import { dom } from './html';

// The drift alarm's view of 京麦: every demo page shows its record signs, so reading nothing from it is drift;
// the old porder list's heads (下单时间 with a value) count too; empty lists and a bare search form do not.

const nothing = { read: 0, rejected: [], readerVersion: jd.version };

it.each(demoPagesOf('jd').map((p) => [p.name, p] as const))('%s read as nothing is drift', (_n, page) => {
  expect(detectDrift(loadPage(page.name), jd.signs[page.kind], nothing)).toMatchObject({ reason: 'no-rows' });
});

it('sees records on an old porder list whose heads show the id as a bare link', () => {
  const body = '<div id="order-shop-content"><table><thead><tr><th><div><span><a>312345678901</a></span><span>下单时间：2023/06/27 10:00:00</span></div></th></tr></thead></table></div>';
  expect(detectDrift(dom(body), jd.signs.orders, nothing)).toMatchObject({ reason: 'no-rows' });
});

it.each([
  ['orders', '<form><label>订单号</label><input placeholder="请输入订单号"><label>下单时间</label><input></form><div class="jd-scrollbar__view"><div class="table-body"><div class="jd-empty"><p>暂无数据</p></div></div></div>'],
  ['orders', '<div class="table-header"><div prop="receivables">应收金额</div><div prop="orderStatus">订单状态</div></div><div class="jd-empty">没有相关订单</div>'],
  ['products', '<div id="js-ware-table"><table><thead><tr><th>商品信息</th><th>京东价</th><th>库存</th></tr></thead></table><div class="jd-table__empty-text">暂无数据</div></div>'],
] as const)('an empty %s list is not drift', (kind, body) => {
  expect(detectDrift(dom(body), jd.signs[kind], nothing)).toBeUndefined();
});
