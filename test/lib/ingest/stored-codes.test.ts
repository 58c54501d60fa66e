import fc from 'fast-check';
import { DEFAULT_SETTINGS } from '../../../lib/analytics/settings';
import { assignSkuCodes } from '../../../lib/analytics/sku-codes';
import { ShopLensDatabase } from '../../../lib/db';
import type { Order, OrderItem, PlatformId, Product } from '../../../lib/domain';
import { assignAgainstStoredCodes } from '../../../lib/ingest/stored-codes';
import { order, product } from '../../support/records';

// assignAgainstStoredCodes reads only the stored codes a batch can meet; whatever the stored codes and the
// batch, it must assign exactly what assignSkuCodes over every stored code assigns.

let db: ShopLensDatabase;
let n = 0;
beforeEach(() => {
  db = new ShopLensDatabase(`stored-codes-test-${n++}`);
});
afterEach(() => db.delete());

const APRIL = Date.UTC(2025, 3, 10, 4);
const MAY = Date.UTC(2025, 4, 10, 4);
// Few values, so batches collide with each other and with the stored codes: equal bases (serials), the same
// title and spec under other ids (an alias claimed by another code), one SKU id under two product ids.
const TITLES = ['白鸭绒羽绒服女短款', '加厚羽绒服男款', '快充数据线1米'];
const SPECS = ['颜色分类:黑色;尺码:M', '黑色 M', '尺码:L', ''];
const line = fc.record({
  platform: fc.constantFrom<PlatformId>('taobao', 'jd'),
  productId: fc.constantFrom('', '731234567890', '731234567891'),
  skuId: fc.constantFrom('', '4961234501', '4961234502', '4961234503'),
  outerId: fc.constantFrom('', 'YRF-2409-01', 'YRF-2409-02', 'SJX'),
  title: fc.constantFrom(...TITLES),
  spec: fc.constantFrom(...SPECS),
  at: fc.constantFrom(APRIL, MAY),
});
type Line = typeof line extends fc.Arbitrary<infer T> ? T : never;

const item = (l: Line): OrderItem => ({
  title: l.title,
  spec: l.spec,
  ...(l.productId ? { productId: l.productId } : {}),
  ...(l.skuId ? { skuId: l.skuId } : {}),
  ...(l.outerId ? { outerId: l.outerId } : {}),
  quantity: 1,
  priceFen: 9900,
});
const asOrder = (l: Line): Order => order({ platform: l.platform, orderId: `40${l.at}${l.skuId}`, placedAt: l.at, items: [item(l)] });
const asProduct = (l: Line): Product =>
  product({ platform: l.platform, productId: l.productId || '731234567899', skuId: l.skuId, outerId: l.outerId, title: l.title, spec: l.spec, listedAt: l.at });

/** 120 stored SKUs on the same few four-layer bases as the batches (serials up to -30 and beyond). */
async function storeFillers(): Promise<void> {
  const fillers = Array.from({ length: 120 }, (_, i) =>
    product({ platform: i % 2 ? 'jd' : 'taobao', productId: `8100${i}`, skuId: `9100${i}`, outerId: '', title: TITLES[i % 3]!, spec: SPECS[i % 4]!, listedAt: i % 3 ? APRIL : MAY }),
  );
  await db.skuCodes.bulkPut(assignSkuCodes([], [], fillers, DEFAULT_SETTINGS, APRIL).added);
}

it('assigns exactly what every stored code gives, batch after batch', async () => {
  const batch = fc.record({ orders: fc.array(line, { maxLength: 2 }), products: fc.array(line, { maxLength: 1 }) });
  await fc.assert(
    fc.asyncProperty(fc.array(batch, { minLength: 1, maxLength: 12 }), async (batches) => {
      await db.skuCodes.clear();
      await storeFillers();
      for (const [i, b] of batches.entries()) {
        const orders = b.orders.map(asOrder);
        const products = b.products.map(asProduct);
        const at = MAY + i * 1000;
        await db.transaction('rw', db.skuCodes, async () => {
          const fast = await assignAgainstStoredCodes(db, orders, products, DEFAULT_SETTINGS, at);
          const full = assignSkuCodes(await db.skuCodes.toArray(), orders, products, DEFAULT_SETTINGS, at);
          expect(fast.added).toEqual(full.added);
          expect(fast.updated).toEqual(full.updated);
          await db.skuCodes.bulkPut([...fast.added, ...fast.updated]);
        });
      }
    }),
    { numRuns: 40 },
  );
});

it('reads only the codes a small capture can meet, not the whole table', async () => {
  await storeFillers();
  const full = vi.spyOn(db.skuCodes, 'toArray');
  const l: Line = { platform: 'taobao', productId: '731234567890', skuId: '4961234501', outerId: 'YRF-2409-01', title: TITLES[0]!, spec: SPECS[0]!, at: APRIL };
  const result = await db.transaction('rw', db.skuCodes, () => assignAgainstStoredCodes(db, [asOrder(l)], [], DEFAULT_SETTINGS, MAY));
  expect(full).not.toHaveBeenCalled();
  // A new SKU on a base the fillers use: it takes the serial after theirs.
  expect(result.added).toHaveLength(1);
  expect(result.added[0]!.serial).toBeGreaterThan(1);
});
