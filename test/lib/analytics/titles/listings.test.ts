import { describe, expect, it } from 'vitest';
import { listingsOf } from '../../../../lib/analytics/titles/listings';
import { DAY, NOW, makeOrder, makeProduct } from '../../../support/orders';

const line = (productId: string | undefined, quantity: number, priceFen: number, title = 'x') => ({
  title,
  spec: '',
  ...(productId ? { productId } : {}),
  quantity,
  priceFen,
});
const cat = () => '01';

describe('listingsOf', () => {
  it('takes sales from counted orders of the last 30 days where the platform has orders', () => {
    const products = [makeProduct({ productId: '1', skuId: '11' }), makeProduct({ productId: '1', skuId: '12' }), makeProduct({ productId: '2', title: '法式碎花连衣裙' })];
    const orders = [
      makeOrder({ items: [line('1', 2, 39_900)] }),
      makeOrder({ status: 'refunding', items: [line('1', 1, 39_900)] }),
      makeOrder({ status: 'refunded', items: [line('1', 5, 39_900)] }),
      makeOrder({ placedAt: NOW - 30 * DAY, items: [line('2', 1, 15_900)] }), // exactly 30 days: in
      makeOrder({ placedAt: NOW - 30 * DAY - 1, items: [line('2', 9, 15_900)] }), // just before: out
      makeOrder({ items: [line(undefined, 1, 16_900, '法式碎花连衣裙')] }), // no product id: matched by title
    ];
    const listings = listingsOf(products, orders, NOW, cat);
    expect(listings.map((l) => [l.productId, l.units, l.salesFen, l.source])).toEqual([
      ['1', 3, 119_700, 'orders'],
      ['2', 2, 32_800, 'orders'],
    ]);
  });

  it('falls back to the page’s 30-day sales × price on platforms without captured orders, SKU rows first', () => {
    const products = [
      makeProduct({ platform: 'jd', productId: '7', skuId: '', sales30d: 99, priceFen: 10_000 }),
      makeProduct({ platform: 'jd', productId: '7', skuId: '71', sales30d: 4, priceFen: 39_900 }),
      makeProduct({ platform: 'jd', productId: '7', skuId: '72', sales30d: 6, priceFen: 41_900 }),
      makeProduct({ platform: 'jd', productId: '8', skuId: '', sales30d: 3, priceFen: 2990 }),
      makeProduct({ platform: 'jd', productId: '9', skuId: '' }),
    ];
    const listings = listingsOf(products, [makeOrder({ items: [line('7', 50, 100)] })], NOW, cat);
    expect(listings.map((l) => [l.productId, l.units, l.salesFen, l.source])).toEqual([
      ['7', 10, 4 * 39_900 + 6 * 41_900, 'sales30d'],
      ['8', 3, 8970, 'sales30d'],
      ['9', 0, 0, 'none'],
    ]);
  });

  it('uses the product row’s title and the given category', () => {
    const products = [makeProduct({ productId: '1', skuId: '11', title: 'SKU标题' }), makeProduct({ productId: '1', skuId: '', title: '商品标题' })];
    const [l] = listingsOf(products, [], NOW, (x) => (x.title === '商品标题' ? '05' : '99'));
    expect([l!.title, l!.category]).toEqual(['商品标题', '05']);
  });
});
