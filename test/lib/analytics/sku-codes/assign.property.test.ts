import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../lib/analytics/settings';
import { assignSkuCodes } from '../../../../lib/analytics/sku-codes/assign';
import type { SkuObservation } from '../../../../lib/analytics/sku-codes/identity';
import type { Order, PlatformId, Product, SkuCode } from '../../../../lib/domain';
import { at, NOW } from '../records';

/**
 * A small world of true SKUs, made so that codes collide a lot (few titles, sizes, months), and records that
 * show them with each console's id coverage: product rows carry product + SKU id; order lines on Taobao and
 * Pinduoduo the product id + spec + code, on JD the SKU id + code, on Douyin product + SKU id.
 */
interface TrueSku {
  platform: PlatformId;
  productId: string;
  skuId: string;
  spec: string;
  title: string;
  outerId: string;
  listedAt?: number;
}

const PLATFORMS: PlatformId[] = ['taobao', 'douyin', 'jd', 'pdd'];
const SPECS: Record<PlatformId, (colour: string, size: string) => string> = {
  taobao: (c, s) => `颜色分类:${c};尺码:${s}`,
  douyin: (c, s) => `颜色:${c} 尺码:${s}`,
  jd: (c, s) => `${c} ${s}`,
  pdd: (c, s) => `${c},${s}`,
};

const world: TrueSku[] = [];
for (const platform of PLATFORMS) {
  for (let p = 0; p < 3; p++) {
    const productId = `${PLATFORMS.indexOf(platform) + 1}00${p}`;
    for (const [i, [colour, size]] of ([['黑色', 'M'], ['白色', 'M'], ['黑色', 'XXL'], ['白色', '2XL']] as const).entries()) {
      world.push({
        platform,
        productId,
        skuId: `${productId}${i}`,
        spec: SPECS[platform](colour, size),
        title: p === 2 ? '纯棉T恤' : '羽绒服女',
        outerId: p === 1 ? '' : `G${p}-0${i}`,
        listedAt: p === 0 ? at(2025, 4, 1 + i) : undefined,
      });
    }
  }
}

type Event = { kind: 'product'; sku: number } | { kind: 'order'; skus: number[]; day: number };

function productOf(t: TrueSku): Product {
  return { platform: t.platform, productId: t.productId, skuId: t.skuId, title: t.title, spec: t.spec, outerId: t.outerId, priceFen: 100, stock: 1, status: 'on_sale', statusText: '', capturedAt: NOW, url: '', ...(t.listedAt ? { listedAt: t.listedAt } : {}) };
}

let orderNo = 0;
function orderOf(skus: TrueSku[], day: number): Order {
  const platform = skus[0]!.platform;
  return {
    platform,
    orderId: String(++orderNo),
    buyer: 'b',
    placedAt: at(2025, 3, 1) + day * 86_400_000,
    status: 'paid',
    statusText: '',
    paidFen: 100,
    capturedAt: NOW,
    url: '',
    items: skus
      .filter((t) => t.platform === platform)
      .map((t) => ({
        title: t.title,
        spec: t.spec,
        quantity: 1,
        priceFen: 100,
        ...(platform === 'jd' ? {} : { productId: t.productId }),
        ...(platform === 'douyin' || platform === 'jd' ? { skuId: t.skuId } : {}),
        ...(t.outerId ? { outerId: t.outerId } : {}),
      })),
  };
}

/** What a record tells about its SKU, to look the code up again. */
function observationsOf(e: { orders: Order[]; products: Product[] }): [number, SkuObservation][] {
  const find = (platform: PlatformId, productId: string, skuId: string, spec: string) =>
    world.findIndex((t) => t.platform === platform && (skuId ? t.skuId === skuId : t.productId === productId && t.spec === spec));
  return [
    ...e.products.map((p): [number, SkuObservation] => [find(p.platform, p.productId, p.skuId, p.spec), p]),
    ...e.orders.flatMap((o) =>
      o.items.map((it): [number, SkuObservation] => [
        find(o.platform, it.productId ?? '', it.skuId ?? '', it.spec),
        { platform: o.platform, productId: it.productId ?? '', skuId: it.skuId ?? '', outerId: it.outerId ?? '', title: it.title, spec: it.spec },
      ]),
    ),
  ];
}

const skuIndex = fc.integer({ min: 0, max: world.length - 1 });
const event: fc.Arbitrary<Event> = fc.oneof(
  skuIndex.map((sku): Event => ({ kind: 'product', sku })),
  fc.tuple(fc.array(skuIndex, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 120 })).map(([skus, day]): Event => ({ kind: 'order', skus, day })),
);
const batches = fc.array(fc.array(event, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 });

function recordsOf(events: Event[]): { orders: Order[]; products: Product[] } {
  const orders: Order[] = [];
  const products: Product[] = [];
  for (const e of events) {
    if (e.kind === 'product') products.push(productOf(world[e.sku]!));
    else {
      const skus = e.skus.map((i) => world[i]!);
      orders.push(orderOf(skus.filter((t) => t.platform === skus[0]!.platform), e.day));
    }
  }
  return { orders, products };
}

/**
 * Feeds the batches one by one, as captures arrive, and checks after each: every code is unique, every true SKU
 * seen has exactly one code, no code names two SKUs, and every record seen before still finds the code it found
 * then. `cumulative`: each run gets all records so far (a full recompute); otherwise only the new batch.
 */
function checkArrival(order: Event[][], cumulative: boolean): void {
  let stored = new Map<string, SkuCode>();
  const codeOfSku = new Map<number, string>();
  const seen: [number, SkuObservation][] = [];
  const all: Event[] = [];
  order.forEach((batch, step) => {
    all.push(...batch);
    const records = recordsOf(cumulative ? all : batch);
    const result = assignSkuCodes([...stored.values()], records.orders, records.products, DEFAULT_SETTINGS, NOW + step);
    for (const c of result.added) expect(stored.has(c.code)).toBe(false);
    const next = new Map(stored);
    for (const c of [...result.added, ...result.updated]) next.set(c.code, c);
    expect([...result.byCode.keys()].sort()).toEqual([...next.keys()].sort());
    for (const [code, before] of stored) expect(next.get(code)!.key).toBe(before.key);
    stored = next;
    seen.push(...observationsOf(recordsOf(batch)));
    for (const [sku, o] of seen) {
      const code = result.lookup(o)?.code;
      expect(code).toBeDefined();
      const had = codeOfSku.get(sku);
      if (had === undefined) codeOfSku.set(sku, code!);
      else expect(code).toBe(had);
    }
    expect(new Set(codeOfSku.values()).size).toBe(codeOfSku.size);
    expect(stored.size).toBe(codeOfSku.size);
  });
}

describe('assignSkuCodes (property): codes stay unique and stable as data is added, in any order of arrival', () => {
  it('recomputing over all records so far never moves a code', () => {
    fc.assert(fc.property(batches, (b) => checkArrival(b, true)), { numRuns: 150 });
  });

  it('runs over only the new records (storing added and updated) never move a code either', () => {
    fc.assert(fc.property(batches, (b) => checkArrival(b, false)), { numRuns: 150 });
  });

  it('the same records in any order of arrival give the same number of codes', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 20 }).chain((events) => fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length }))), ([events, shuffled]) => {
        const count = (es: Event[]) => {
          const r = recordsOf(es);
          return assignSkuCodes([], r.orders, r.products, DEFAULT_SETTINGS, NOW).byCode.size;
        };
        expect(count(shuffled)).toBe(count(events));
      }),
      { numRuns: 100 },
    );
  });
});
