import { describe, expect, it } from 'vitest';
import { skuKeyOf, skuLineOf, skuRowIdOf } from '../../../../lib/analytics/derived/keys';
import type { OrderItem } from '../../../../lib/domain';

type Line = Pick<OrderItem, 'productId' | 'skuId' | 'outerId' | 'title' | 'spec'>;
const title = '蓝牙耳机真无线降噪';

describe('skuLineOf and skuRowIdOf: one skuStats row per SKU key and matcher-relevant fields', () => {
  // [line, SKU key, SkuLine (productId, skuId, outerId, title, spec), row id]
  const cases: [string, Line, string, [string, string, string, string, string], string][] = [
    ['product and SKU id: nothing else is read', { productId: '3001', skuId: '3101', outerId: 'EJ-01', title, spec: '颜色:黑色' }, '3001:3101', ['3001', '3101', '', '', ''], 'douyin|3001:3101'],
    ['product id only: spec and code pick the SKU row', { productId: '3001', outerId: 'EJ-01', title, spec: '颜色:黑色' }, '3001:', ['3001', '', 'EJ-01', '', '颜色:黑色'], 'douyin|["3001:","颜色:黑色","EJ-01"]'],
    ['product id only, no spec and no code: the plain key', { productId: '3001', title, spec: '' }, '3001:', ['3001', '', '', '', ''], 'douyin|3001:'],
    ['code without product id (JD): SKU id and title too', { skuId: '3101', outerId: 'EJ-01', title, spec: '颜色:黑色' }, 'outer:EJ-01', ['', '3101', 'EJ-01', title, ''], `douyin|["outer:EJ-01","3101","${title}"]`],
    ['title key with a SKU id', { skuId: '3101', title, spec: '颜色:黑色' }, `title:${title}|颜色:黑色`, ['', '3101', '', title, '颜色:黑色'], `douyin|["title:${title}|颜色:黑色","3101"]`],
    ['title key alone: the plain key', { title, spec: '颜色:黑色' }, `title:${title}|颜色:黑色`, ['', '', '', title, '颜色:黑色'], `douyin|title:${title}|颜色:黑色`],
  ];
  it.each(cases)('%s', (_, line, sku, [productId, skuId, outerId, t, spec], id) => {
    expect(skuKeyOf(line)).toBe(sku);
    expect(skuLineOf(line)).toEqual({ productId, skuId, outerId, title: t, spec });
    expect(skuRowIdOf('douyin', line)).toBe(id);
  });

  it('never gives two different lines of a title key the same id through a | in the spec', () => {
    const a = skuRowIdOf('jd', { skuId: '1', title: 'A', spec: 'B' });
    const b = skuRowIdOf('jd', { title: 'A', spec: 'B|["1"]' });
    expect(a).not.toBe(b);
  });
});
