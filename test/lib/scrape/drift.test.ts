// @vitest-environment jsdom
import type { RejectedRow } from '../../../lib/domain';
import { taobao } from '../../../lib/platforms/taobao';
import { detectDrift } from '../../../lib/scrape/drift';

const doc = (body: string) => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
const signs = taobao.signs.orders;
const fine = { read: 0, rejected: [], readerVersion: 2 };
const header = '<table><thead><tr><th>宝贝</th><th>单价</th><th>数量</th><th>买家</th><th>交易状态</th><th>实收款</th></tr></thead></table>';
const rejected = (field: string, raw = '\ue601\ue602'): RejectedRow => ({
  index: 0,
  key: '4012345678901234567',
  text: '4012345678901234567 · 纯棉短袖T恤',
  problems: [{ field, problem: 'invalid', raw }],
});

describe('detectDrift', () => {
  it('is quiet for an empty list that says so, even with its header and a search form', () => {
    const page = doc(`<form><label>订单编号</label><input></form>${header}
      <div class="next-table-body"><div>没有符合条件的宝贝，请尝试其他搜索条件。</div></div>`);
    expect(detectDrift(page, signs, fine)).toBeUndefined();
  });

  it('is quiet for a page still loading: a search form label without a value, a header over no data rows', () => {
    expect(detectDrift(doc(`<form><label>订单编号：</label><input></form>${header}<div class="loading"></div>`), signs, fine)).toBeUndefined();
  });

  it('reports no rows read while the page shows order numbers, with the label as the sample (no receiver)', () => {
    const page = doc(`<div class="order"><div>订单号：4012345678901234567 创建时间：2025-04-03 14:22:01</div>
      <div>纯棉短袖T恤 ¥59.00 x1</div><div>收货人：张** 138****0000</div></div>`);
    const drift = detectDrift(page, signs, fine)!;
    expect(drift).toMatchObject({ reason: 'no-rows', missing: [], readerVersion: 2 });
    expect(drift.expected[0]).toMatch(/^订单号：4012345678901234567/);
    expect(drift.sample).not.toMatch(/收货人|138/);
  });

  it('reports no rows read under the list header when data rows stand under it', () => {
    const page = doc(`<table><thead><tr><th>宝贝</th><th>单价</th><th>数量</th><th>实收款</th></tr></thead>
      <tbody><tr><td>纯棉短袖T恤</td><td>59.00</td><td>1</td><td>59.00</td></tr></tbody></table>`);
    expect(detectDrift(page, signs, fine)).toMatchObject({ reason: 'no-rows', expected: ['表头：实收款'] });
  });

  it('reports the field every rejected row garbles (amounts drawn with an icon font)', () => {
    const drift = detectDrift(doc(''), signs, { read: 4, rejected: [0, 1, 2, 3].map(() => rejected('paid')), readerVersion: 2 })!;
    expect(drift).toMatchObject({ reason: 'same-field', missing: ['paid'], expected: ['4 行'] });
    expect(drift.sample).toContain('paid: \ue601\ue602');
  });

  it('reports most rows rejected for different reasons, and stays quiet when only a few are', () => {
    const mixed = [rejected('paid'), rejected('items[0].price'), rejected('items[1].price')];
    expect(detectDrift(doc(''), signs, { read: 4, rejected: mixed, readerVersion: 2 })).toMatchObject({
      reason: 'most-rejected',
      missing: ['items[].price'],
    });
    expect(detectDrift(doc(''), signs, { read: 10, rejected: mixed, readerVersion: 2 })).toBeUndefined();
    expect(detectDrift(doc(''), signs, { read: 4, rejected: [], readerVersion: 2 })).toBeUndefined();
  });
});
