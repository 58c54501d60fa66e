import type { Order, OrderStatus, PlatformId, Product } from '../../lib/domain';
import { Random } from '../fixtures/data/random';

/** Shape of the benchmark shop (issue 3): four platforms, a year, 200k orders, 5k SKUs, 60k buyers. */
export const BIG_SHOP = { orders: 200_000, skus: 5_000, buyers: 60_000, days: 365 };
export const BENCH_NOW = Date.UTC(2025, 11, 31, 16); // 2026-01-01 00:00 Asia/Shanghai
const DAY = 86_400_000;
const PLATFORMS: PlatformId[] = ['taobao', 'douyin', 'jd', 'pdd'];
const WORDS = ['羽绒服', '连衣裙', 'T恤', '牛仔裤', '蓝牙耳机', '数据线', '面膜', '咖啡豆', '四件套', '运动鞋', '双肩包', '手机壳', '保温杯', '猫粮', '纸尿裤', '瑜伽垫'];
const ADJ = ['新款', '加厚', '宽松', '显瘦', '爆款', '正品', '韩版', '大码', '轻薄', '透气', '高腰', '纯棉', '无线', '快充', '保湿', '防摔'];
const SIZES = ['S', 'M', 'L', 'XL', '2XL', '均码', '40', '41', '42', '1.5m床'];
const COLOURS = ['黑色', '白色', '米白', '浅蓝', '灰色'];
const STATUSES: OrderStatus[] = ['completed', 'completed', 'completed', 'completed', 'shipped', 'paid', 'closed', 'refunded', 'unpaid', 'refunding'];

/** The same SKU's spec as each console writes it (lib/analytics/sku-codes/spec.ts). */
const SPEC: Record<PlatformId, (colour: string, size: string) => string> = {
  taobao: (c, s) => `颜色分类:${c};尺码:${s}`,
  douyin: (c, s) => `颜色:${c} 尺码:${s}`,
  jd: (c, s) => `${c} ${s}`,
  pdd: (c, s) => `${c},${s}`,
};
/** The same goods' title on each platform: sellers add channel and promotion words per platform. */
const TITLE: Record<PlatformId, (title: string) => string> = {
  taobao: (t) => t,
  douyin: (t) => `${t}直播间专享`,
  jd: (t) => `${t}正品`,
  pdd: (t) => `${t}包邮`,
};

/** Whether goods g is listed on platform slot p: all on Taobao, two in three on Douyin, half on JD and on PDD. */
const listedOn = (g: number, p: number) => p === 0 || (p === 1 && g % 3 !== 2) || (p === 2 && g % 4 < 2) || (p === 3 && g % 2 === 0);

/**
 * The catalogue: goods with 2–6 variants (colour × size), each listed on one to four platforms with the
 * platform's own product id, SKU id, spec format and title words, until BIG_SHOP.skus platform SKUs. A SKU
 * carries the seller's SKU-level 商家编码 (`G12-03`) on every platform — except every tenth goods, which has
 * none, so its listings are linked only by probable matches (same spec, similar title).
 */
function catalogue(rnd: Random): Product[] {
  const products: Product[] = [];
  for (let g = 0; products.length < BIG_SHOP.skus; g++) {
    const title = `${ADJ[g % ADJ.length]}${WORDS[(g >> 4) % WORDS.length]}${ADJ[(g * 7 + 5) % ADJ.length]}${g}号`;
    const variants = 2 + (g % 5);
    const basePrice = 990 + rnd.int(0, 600) * 100;
    for (let p = 0; p < PLATFORMS.length; p++) {
      if (!listedOn(g, p)) continue;
      const platform = PLATFORMS[p]!;
      const listedAt = BENCH_NOW - rnd.int(30, 700) * DAY;
      for (let v = 0; v < variants && products.length < BIG_SHOP.skus; v++) {
        const colour = COLOURS[(g + v) % COLOURS.length]!;
        const size = SIZES[(g + Math.floor(v / COLOURS.length)) % SIZES.length]!;
        products.push({
          platform,
          productId: String(100_000_000 + g * 4 + p),
          skuId: String(5_000_000_000 + products.length),
          title: TITLE[platform](title),
          spec: SPEC[platform](colour, size),
          outerId: g % 10 === 9 ? '' : `G${g}-${String(v + 1).padStart(2, '0')}`,
          priceFen: platform === 'pdd' ? Math.round(basePrice * 0.95) : basePrice + v * 100,
          stock: rnd.weighted([0, rnd.int(1, 30), rnd.int(31, 800)], [1, 3, 6]),
          sales30d: rnd.int(0, 400),
          status: 'on_sale',
          statusText: '出售中',
          listedAt,
          capturedAt: BENCH_NOW,
          url: 'https://bench.local/',
        });
      }
    }
  }
  return products;
}

/**
 * A realistic big shop for the benchmarks: the catalogue above; 60k buyers, each on one platform, whose
 * order counts follow a long tail (buyerSequence: most buy once); 1–5 lines per order (2.5 on average, ~500k
 * lines), SKUs picked with a skew (a few sell most); statuses as a console shows them over a year.
 * Deterministic per seed.
 */
export function bigShop(seed = 7): { orders: Order[]; products: Product[] } {
  const rnd = new Random(seed);
  const products = catalogue(rnd);
  const byPlatform = PLATFORMS.map((p) => products.filter((x) => x.platform === p));
  const buyers = buyerSequence(rnd);
  const orders: Order[] = new Array(BIG_SHOP.orders);
  for (let n = 0; n < BIG_SHOP.orders; n++) {
    const buyer = buyers[n]!;
    // A nickname is a customer on one platform only (customers are keyed by platform + nickname).
    const slot = buyer % 4;
    const platform = PLATFORMS[slot]!;
    const listed = byPlatform[slot]!;
    const lineCount = rnd.weighted([1, 2, 3, 4, 5], [2, 4, 2, 1, 1]);
    const items = [];
    let sum = 0;
    for (let l = 0; l < lineCount; l++) {
      const p = listed[Math.floor(listed.length * rnd.next() ** 2)]!;
      const quantity = rnd.weighted([1, 2, 3], [8, 2, 1]);
      sum += p.priceFen * quantity;
      items.push({ title: p.title, spec: p.spec, productId: p.productId, skuId: p.skuId, ...(p.outerId ? { outerId: p.outerId } : {}), quantity, priceFen: p.priceFen });
    }
    const status = STATUSES[rnd.int(0, STATUSES.length - 1)]!;
    orders[n] = {
      platform,
      orderId: String(4_000_000_000_000_000_000n + BigInt(n)),
      buyer: `buyer${buyer}`,
      placedAt: BENCH_NOW - rnd.int(0, BIG_SHOP.days * 86_400 - 1) * 1000,
      status,
      statusText: status,
      paidFen: sum,
      items,
      capturedAt: BENCH_NOW,
      url: 'https://bench.local/',
    };
  }
  return { orders, products };
}

/** Share of buyers who order more than once; the rest order exactly once. */
const REPEAT_SHARE = 0.35;

/** Extra orders of repeat buyer r (0-based rank): at least one, then a power law a / (r + 80). */
const extraOrders = (a: number, r: number) => Math.max(1, Math.floor(a / (r + 80)));

/**
 * Whose each order is, in order-number order. Every buyer orders once; the first REPEAT_SHARE of them order
 * more, buyer r about a / (r + 80) more times (a Zipf tail, `a` found so the orders add up to BIG_SHOP.orders):
 * 65 % buy once, ~7.6k twice, ~4.5k three times, … and a few regulars order a few hundred times. 200k orders
 * over 60k buyers needs that tail. Shuffled so a buyer's orders are spread over the year.
 */
function buyerSequence(rnd: Random): Int32Array {
  const repeat = Math.round(BIG_SHOP.buyers * REPEAT_SHARE);
  const extra = BIG_SHOP.orders - BIG_SHOP.buyers;
  const total = (a: number) => {
    let sum = 0;
    for (let r = 0; r < repeat; r++) sum += extraOrders(a, r);
    return sum;
  };
  let [lo, hi] = [0, extra * 100];
  for (let step = 0; step < 60; step++) {
    const mid = (lo + hi) / 2;
    if (total(mid) < extra) lo = mid;
    else hi = mid;
  }
  const out = new Int32Array(BIG_SHOP.orders);
  let n = 0;
  for (let b = 0; b < BIG_SHOP.buyers; b++) out[n++] = b;
  for (let r = 0; r < repeat && n < out.length; r++) {
    for (let k = extraOrders(hi, r); k > 0 && n < out.length; k--) out[n++] = r;
  }
  while (n < out.length) out[n++] = 0; // rounding: the top regular takes what the floors left over
  for (let i = out.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
