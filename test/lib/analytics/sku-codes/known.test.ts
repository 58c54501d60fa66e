import fc from 'fast-check';
import { DEFAULT_SETTINGS } from '../../../../lib/analytics/settings';
import { assignSkuCodes } from '../../../../lib/analytics/sku-codes';
import { collectObservations } from '../../../../lib/analytics/sku-codes/observe';
import { KnownSkus } from '../../../../lib/analytics/sku-codes/known';
import type { Order, OrderItem, PlatformId, Product, SkuCode } from '../../../../lib/domain';
import { order, product } from '../../../support/records';

// KnownSkus.assign consults only the codes a batch can meet; whatever the known codes and the batch, it must
// assign exactly what assignSkuCodes over every code assigns. allKnown must say "nothing to do" only when
// assignSkuCodes would indeed add and update nothing.

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

/** 120 SKUs on the same few four-layer bases as the batches (serials up to -30 and beyond). */
function fillers(): SkuCode[] {
  const rows = Array.from({ length: 120 }, (_, i) =>
    product({ platform: i % 2 ? 'jd' : 'taobao', productId: `8100${i}`, skuId: `9100${i}`, outerId: '', title: TITLES[i % 3]!, spec: SPECS[i % 4]!, listedAt: i % 3 ? APRIL : MAY }),
  );
  return assignSkuCodes([], [], rows, DEFAULT_SETTINGS, APRIL).added;
}

it('assigns exactly what every code gives, batch after batch, and allKnown only when nothing changes', async () => {
  const batch = fc.record({ orders: fc.array(line, { maxLength: 2 }), products: fc.array(line, { maxLength: 1 }) });
  fc.assert(
    fc.property(fc.array(batch, { minLength: 1, maxLength: 12 }), (batches) => {
      let all = fillers().sort((a, b) => a.code.localeCompare(b.code));
      const known = new KnownSkus(all);
      for (const [i, b] of batches.entries()) {
        const orders = b.orders.map(asOrder);
        const products = b.products.map(asProduct);
        const at = MAY + i * 1000;
        const fast = known.assign(orders, products, DEFAULT_SETTINGS, at);
        const full = assignSkuCodes(all, orders, products, DEFAULT_SETTINGS, at);
        expect(fast.added).toEqual(full.added);
        expect(fast.updated).toEqual(full.updated);
        if (known.allKnown(collectObservations(orders, products))) expect(full.added.length + full.updated.length).toBe(0);
        const changed = [...fast.added, ...fast.updated];
        const byCode = new Map(all.map((c) => [c.code, c]));
        for (const c of changed) byCode.set(c.code, c);
        // In code order, as a full read of the table gives them (the index puts them in claim order itself).
        all = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
        known.add(changed);
        // Having stored them, the same batch again is known: nothing to assign.
        expect(known.allKnown(collectObservations(orders, products))).toBe(true);
        expect(assignSkuCodes(all, orders, products, DEFAULT_SETTINGS, at + 1)).toMatchObject({ added: [], updated: [] });
      }
    }),
    { numRuns: 60 },
  );
});

it('numbers a new SKU on a taken base after the highest serial there', () => {
  const known = new KnownSkus(fillers());
  const l: Line = { platform: 'taobao', productId: '731234567890', skuId: '4961234501', outerId: 'YRF-2409-01', title: TITLES[0]!, spec: SPECS[0]!, at: APRIL };
  const result = known.assign([asOrder(l)], [], DEFAULT_SETTINGS, MAY);
  expect(result.added).toHaveLength(1);
  expect(result.added[0]!.serial).toBeGreaterThan(1);
  expect(result.added[0]!.serial).toBe(Math.max(...fillers().filter((c) => c.code.startsWith(result.added[0]!.code.slice(0, 12))).map((c) => c.serial)) + 1);
});
