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

/**
 * A realistic big shop for the benchmarks: SKUs listed across platforms under shared 商家编码, buyers
 * whose order counts follow a long tail (most buy once), 1–5 lines per order (~2.5 on average).
 */
export function bigShop(seed = 7): { orders: Order[]; products: Product[] } {
  const rnd = new Random(seed);
  const products: Product[] = [];
  for (let i = 0; i < BIG_SHOP.skus; i++) {
    const platform = PLATFORMS[i % 4]!;
    const word = WORDS[i % WORDS.length]!;
    const goods = Math.floor(i / 8); // ~8 SKUs (colour × size, several platforms) per goods
    products.push({
      platform,
      productId: String(100_000_000 + goods * 4 + (i % 4)),
      skuId: String(5_000_000_000 + i),
      title: `${ADJ[goods % ADJ.length]}${word}${ADJ[(goods * 7) % ADJ.length]}${goods}号`,
      spec: `颜色分类:${COLOURS[i % COLOURS.length]};尺码:${SIZES[(i >> 2) % SIZES.length]}`,
      outerId: goods % 10 === 9 ? '' : `G${goods}-${(i >> 2) % 2}`,
      priceFen: 990 + rnd.int(0, 600) * 100,
      stock: rnd.weighted([0, rnd.int(1, 30), rnd.int(31, 800)], [1, 3, 6]),
      sales30d: rnd.int(0, 400),
      status: 'on_sale',
      statusText: '出售中',
      listedAt: BENCH_NOW - rnd.int(30, 700) * DAY,
      capturedAt: BENCH_NOW,
      url: 'https://bench.local/',
    });
  }
  // Long tail: buyer b's weight ~ 1/(b+1)^1.2 makes a few thousand repeat buyers and ~most once.
  const buyerOf = () => {
    const u = rnd.next();
    return Math.floor(BIG_SHOP.buyers * u ** 2.2);
  };
  const orders: Order[] = new Array(BIG_SHOP.orders);
  for (let n = 0; n < BIG_SHOP.orders; n++) {
    const platform = PLATFORMS[n % 4]!;
    const lineCount = rnd.weighted([1, 2, 3, 4, 5], [3, 3, 2, 1, 1]);
    const items = [];
    let sum = 0;
    for (let l = 0; l < lineCount; l++) {
      const p = products[(rnd.int(0, BIG_SHOP.skus / 4 - 1) * 4 + (n % 4)) % BIG_SHOP.skus]!;
      const quantity = rnd.weighted([1, 2, 3], [8, 2, 1]);
      sum += p.priceFen * quantity;
      items.push({ title: p.title, spec: p.spec, productId: p.productId, skuId: p.skuId, ...(p.outerId ? { outerId: p.outerId } : {}), quantity, priceFen: p.priceFen });
    }
    const status = STATUSES[rnd.int(0, STATUSES.length - 1)]!;
    orders[n] = {
      platform,
      orderId: String(4_000_000_000_000_000_000n + BigInt(n)),
      buyer: `buyer${buyerOf()}`,
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
