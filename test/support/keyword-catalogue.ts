import { listingsOf, goodsWord, createTitleSegmenter, type Listing } from '../../lib/analytics/titles';
import { DAY, NOW, makeOrder, makeProduct } from './orders';

export const seg = createTitleSegmenter();
const sold = (productId: string, quantity: number, priceFen: number) => makeOrder({ items: [{ title: 't', spec: '', productId, quantity, priceFen }] });

/**
 * Four Taobao listings, all 服饰: three down jackets and a dress. 30-day sales: A ¥798, B ¥599, C ¥299,
 * D ¥477 (a refunded and an old order do not count).
 */
export function keywordCatalogue(): Listing[] {
  const products = [
    makeProduct({ productId: 'A', title: '白鸭绒羽绒服女短款冬季加厚外套' }),
    makeProduct({ productId: 'B', title: '羽绒服女长款加厚保暖外套华为' }),
    makeProduct({ productId: 'C', title: '羽绒服女短款' }),
    makeProduct({ productId: 'D', title: '法式碎花连衣裙清仓' }),
  ];
  const orders = [
    sold('A', 2, 39_900),
    sold('B', 1, 59_900),
    sold('C', 1, 29_900),
    sold('D', 3, 15_900),
    { ...sold('C', 9, 29_900), status: 'refunded' as const },
    { ...sold('A', 9, 39_900), placedAt: NOW - 31 * DAY },
  ];
  const listings = listingsOf(products, orders, NOW, () => '01');
  for (const l of listings) l.goods = goodsWord(l.title, seg);
  return listings;
}
