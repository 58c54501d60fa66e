import type { Order, PlatformId, Product } from '../../domain';
import { DAY_MS } from '../days';
import { isCountedStatus } from '../order-policy';

/** Where a listing's sales figure came from. */
export type SalesSource = 'orders' | 'sales30d' | 'none';

/** One listed product (platform + productId): its title, category and last-30-day sales. */
export interface Listing {
  platform: PlatformId;
  productId: string;
  title: string;
  category: string;
  /** The goods word of the title (its longest product word, e.g. 羽绒服), '' when it has none: listings of the
   * same category and goods word are the peers whose words are suggested. Set by computeTitleReport. */
  goods: string;
  /** Revenue over the 30 days up to now, fen. */
  salesFen: number;
  units: number;
  source: SalesSource;
}

/** How a listing's category is decided (default: the SKU code's category layer). */
export type CategoryOf = (listing: { platform: PlatformId; productId: string; title: string }) => string;

const WINDOW_MS = 30 * DAY_MS;

/**
 * The seller's listings with their sales, for keyword scoring. Sales are quantity × line price of counted
 * order lines placed within the 30 days up to now (an order exactly 30 days old included) when the platform
 * has such orders captured (lines matched by productId, else by exact title); for a platform without
 * captured orders in that window, the page's 30-day sales × price (sales30d of the SKU rows, or of the
 * product row when no SKU row has it). Each listing says which source it used.
 */
export function listingsOf(
  products: readonly Product[],
  orders: Iterable<Order>,
  now: number,
  categoryOf: CategoryOf,
): Listing[] {
  const byKey = new Map<string, Listing>();
  const rows = new Map<string, Product[]>();
  for (const p of products) {
    const key = `${p.platform}|${p.productId}`;
    const list = rows.get(key) ?? [];
    list.push(p);
    rows.set(key, list);
    const listing = byKey.get(key);
    if (listing && p.skuId !== '') continue;
    const { platform, productId, title } = p;
    byKey.set(key, { platform, productId, title, category: '', goods: '', salesFen: 0, units: 0, source: 'none' });
  }
  // Per platform: listings by productId and by title (order lines are looked up without building keys).
  const byProduct = new Map<PlatformId, Map<string, Listing>>();
  const byTitle = new Map<PlatformId, Map<string, Listing>>();
  for (const l of byKey.values()) {
    if (!byProduct.has(l.platform)) {
      byProduct.set(l.platform, new Map());
      byTitle.set(l.platform, new Map());
    }
    byProduct.get(l.platform)!.set(l.productId, l);
    byTitle.get(l.platform)!.set(l.title, l);
  }

  const covered = new Set<PlatformId>();
  for (const o of orders) {
    if (!isCountedStatus(o.status) || o.placedAt > now || now - o.placedAt > WINDOW_MS) continue;
    covered.add(o.platform);
    const products = byProduct.get(o.platform);
    if (!products) continue;
    const titles = byTitle.get(o.platform)!;
    for (const item of o.items) {
      const l = item.productId ? products.get(item.productId) : titles.get(item.title);
      if (!l) continue;
      l.salesFen += item.quantity * item.priceFen;
      l.units += item.quantity;
    }
  }
  for (const [key, l] of byKey) {
    l.category = categoryOf(l);
    if (covered.has(l.platform)) {
      l.source = 'orders';
      continue;
    }
    const skuRows = rows.get(key)!.filter((p) => p.skuId !== '' && p.sales30d !== undefined);
    const used = skuRows.length > 0 ? skuRows : rows.get(key)!.filter((p) => p.sales30d !== undefined);
    if (used.length === 0) continue;
    l.source = 'sales30d';
    for (const p of used) {
      l.units += p.sales30d!;
      l.salesFen += p.sales30d! * p.priceFen;
    }
  }
  return [...byKey.values()];
}
