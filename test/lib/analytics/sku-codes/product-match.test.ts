import { describe, expect, it } from 'vitest';
import { createProductMatcher, emptyRowMatch } from '../../../../lib/analytics/sku-codes/product-match';
import type { OrderItem, PlatformId } from '../../../../lib/domain';
import { product } from '../records';

const products = [
  /* 0 */ product({ platform: 'taobao', productId: '1001', title: '白鸭绒羽绒服女', outerId: 'YRF-2409' }),
  /* 1 */ product({ platform: 'jd', productId: '2001', skuId: '2101', spec: '黑色 M', outerId: 'YRF-2409-01' }),
  /* 2 */ product({ platform: 'jd', productId: '2001', skuId: '2102', spec: '黑色 L', outerId: 'YRF-2409-02' }),
  /* 3 */ product({ platform: 'jd', productId: '2002', title: '云南小粒咖啡豆', outerId: 'KF-500' }),
  /* 4 */ product({ platform: 'pdd', productId: '4001', title: '纯棉短袖T恤', outerId: 'TX-0101' }),
  /* 5 */ product({ platform: 'pdd', productId: '4002', title: '纯棉短袖T恤2件装', outerId: 'tx-0101' }),
  /* 6 */ product({ platform: 'douyin', productId: '3001', title: '手机壳适用iPhone15' }),
  /* 7 */ product({ platform: 'douyin', productId: '3002', skuId: '3102', spec: '颜色:黑色', outerId: 'SJB-15' }),
  /* 8 */ product({ platform: 'douyin', productId: '3003', skuId: '3103', spec: '颜色:白色', outerId: 'SJB-15' }),
];

function line(l: Partial<OrderItem>): OrderItem {
  return { title: '', spec: '', quantity: 1, priceFen: 100, ...l };
}

describe('createProductMatcher', () => {
  const matcher = createProductMatcher(products);
  it.each<[string, PlatformId, OrderItem, number, number, string | undefined]>([
    ['taobao line → product-level row by productId', 'taobao', line({ productId: '1001', spec: '颜色分类:黑色;尺码:M', outerId: 'YRF-2409-01' }), -1, 0, 'productId'],
    ['jd line → SKU row by skuId (no product-level row)', 'jd', line({ skuId: '2101', outerId: 'YRF-2409-01' }), 1, -1, undefined],
    ['jd line without skuId → SKU row by productId + spec', 'jd', line({ productId: '2001', spec: '黑色,L' }), 2, -1, undefined],
    ['unknown skuId → product-level row by code prefix', 'jd', line({ skuId: '2999', outerId: 'KF-500-01' }), -1, 3, 'outerPrefix'],
    ['code equal to the row code', 'jd', line({ outerId: 'kf-500' }), -1, 3, 'outerPrefix'],
    ['an ambiguous code (two rows) → title instead', 'pdd', line({ outerId: 'TX-0101-01', title: '纯棉短袖T恤' }), -1, 4, 'title'],
    ['title match ignores spaces', 'douyin', line({ skuId: '3999', title: '手机壳 适用 iPhone15' }), -1, 6, 'title'],
    ['an unknown skuId never falls back to the spec', 'jd', line({ skuId: '2999', productId: '2001', spec: '黑色 M' }), -1, -1, undefined],
    ['a code two SKU rows share does not pick one', 'douyin', line({ outerId: 'SJB-15', title: '双肩包' }), -1, -1, undefined],
    ['another platform never matches', 'pdd', line({ productId: '1001' }), -1, -1, undefined],
  ])('%s', (_, platform, l, sku, prod, rule) => {
    const out = emptyRowMatch();
    matcher.match(platform, l, out);
    expect(out).toEqual({ sku, product: prod, rule });
  });

  it('ties a line with a known product id to nothing else when that product has no product-level row', () => {
    const out = emptyRowMatch();
    matcher.match('jd', line({ productId: '2001', spec: '米白 XL', title: '云南小粒咖啡豆' }), out);
    expect(out).toEqual({ sku: -1, product: -1, rule: undefined });
  });
});
