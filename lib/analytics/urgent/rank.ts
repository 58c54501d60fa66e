import type { PlatformId } from '../../domain';
import type { CustomerRfm } from '../customers';
import type { Reason } from '../reason';
import type { AnalyticsSettings } from '../settings';
import type { GoodsStock, StockRow } from '../stock';

/** What an urgent item asks for: restock what is gone, reorder, move stock between platforms, win back customers. */
export type UrgentKind = 'outOfStock' | 'reorder' | 'move' | 'slipping';

/** One thing to do today, with its one-line reason. Plain JSON: the background stores the list as one row. */
export interface UrgentItem {
  kind: UrgentKind;
  /** Stable key (the product row, the linked goods and move, or the tier). */
  key: string;
  /** What it is about: a product's scraped title and spec, a linked goods label, or empty for customers. */
  subject: string;
  platform?: PlatformId;
  /** Whole days left to act before it hurts (0: it hurts already). */
  daysLeft: number;
  /** Units lost per day, or customers slipping: what is at stake, for ties. */
  stake: number;
  reason: Reason;
}

/** The ranked list, and how many items of each kind there were before the cut. */
export interface UrgentList {
  items: UrgentItem[];
  counts: Record<UrgentKind, number>;
}

/** Customers this many days or fewer from turning 沉睡 count as slipping. */
export const SLIPPING_WITHIN_DAYS = 14;

/** On equal days left: nothing to sell first, then a move (it fixes a shortage with stock already owned), reorder, customers. */
const KIND_ORDER: readonly UrgentKind[] = ['outOfStock', 'move', 'reorder', 'slipping'];

const coverDays = (stock: number, units: number, days: number) => (units > 0 ? Math.floor((stock * days) / units) : Infinity);
const atLeast0 = (n: number) => Math.max(0, n);

/**
 * The most urgent things across the shop, ranked by the days left to act (design: the popup and the 经营 tab
 * show the first three):
 * - 断货 (a leaf product row with stock 0 that sold in the sales window): 0 days, it is losing sales now;
 * - 调货 (a suggested move between platforms of linked goods): the short platform's days of cover;
 * - 补货 (a row below its safety stock or reorder point): days of cover minus the lead time — the days left to
 *   place an order that arrives before the stock runs out;
 * - 即将沉睡 (customers, as one item): days until the first of them has gone more than dormantAfterDays without an
 *   order while the past year holds at most dormantMaxOrdersPerYear of theirs — they turn 沉睡用户 unless they buy.
 * Ties go by kind (断货, 调货, 补货, 客户), then by what is at stake (units a day, customers). A row whose platform
 * receives a move of its linked goods is left to the move, which says the same and fixes it without buying.
 * Pure: the same rows give the same list.
 */
export function rankUrgent(
  input: { rows: readonly StockRow[]; goods: readonly GoodsStock[]; customers: readonly CustomerRfm[] },
  settings: AnalyticsSettings,
  limit = 3,
): UrgentList {
  const all = [...moveItems(input.goods, settings), ...stockItems(input.rows, input.goods, settings), ...slippingItems(input.customers, settings)];
  all.sort((a, b) => a.daysLeft - b.daysLeft || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || b.stake - a.stake || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const counts: Record<UrgentKind, number> = { outOfStock: 0, reorder: 0, move: 0, slipping: 0 };
  for (const item of all) counts[item.kind] += item.kind === 'slipping' ? item.stake : 1;
  return { items: all.slice(0, limit), counts };
}

function moveItems(goods: readonly GoodsStock[], settings: AnalyticsSettings): UrgentItem[] {
  const days = settings.stock.salesWindowDays;
  return goods.flatMap((g) =>
    g.moves.map((m): UrgentItem => {
      const to = g.platforms.find((p) => p.platform === m.to);
      const units = to?.sales.units ?? 0;
      return {
        kind: 'move',
        key: `move:${g.id}:${m.from}>${m.to}`,
        subject: g.label,
        platform: m.to,
        daysLeft: to ? coverDays(to.stock, units, days) : 0,
        stake: units / days,
        reason: m.reason,
      };
    }),
  );
}

function stockItems(rows: readonly StockRow[], goods: readonly GoodsStock[], settings: AnalyticsSettings): UrgentItem[] {
  const moved = new Set(goods.flatMap((g) => g.moves.map((m) => `${g.id}|${m.to}`)));
  const lead = settings.stock.leadTimeDays;
  const out: UrgentItem[] = [];
  for (const r of rows) {
    if (!r.leaf || (r.group && moved.has(`${r.group.id}|${r.platform}`))) continue;
    const key = `${r.platform}:${r.productId}:${r.skuId}`;
    const subject = r.spec ? `${r.title} ${r.spec}` : r.title;
    const stake = r.dailySales ?? 0;
    const gone = r.warnings.find((w) => w.kind === 'outOfStock');
    if (gone) {
      out.push({ kind: 'outOfStock', key: `out:${key}`, subject, platform: r.platform, daysLeft: 0, stake, reason: gone.reason });
      continue;
    }
    const low = r.warnings.filter((w) => w.kind === 'reorder' || w.kind === 'belowReorderPoint');
    if (low.length === 0) continue;
    const cover = r.daysOfCover === null ? Infinity : r.daysOfCover;
    const daysLeft = cover === Infinity ? lead : Math.floor(atLeast0(cover - lead));
    const reason = { zh: low.map((w) => w.reason.zh).join('；'), en: low.map((w) => w.reason.en).join('; ') };
    out.push({ kind: 'reorder', key: `reorder:${key}`, subject, platform: r.platform, daysLeft, stake, reason });
  }
  return out;
}

/**
 * Customers about to turn 沉睡: not 沉睡 yet, last order more than dormantAfterDays − SLIPPING_WITHIN_DAYS days
 * ago, and surely within the yearly limit when they turn (their orders of the past year can only fall as days
 * pass: all their orders, or the window's when the window covers the year, are at most the limit).
 */
function slippingItems(customers: readonly CustomerRfm[], settings: AnalyticsSettings): UrgentItem[] {
  const { dormantAfterDays: after, dormantMaxOrdersPerYear: max, windowDays } = settings.rfm;
  let n = 0;
  let soonest = Infinity;
  let oldest = 0;
  let newest = Infinity;
  for (const c of customers) {
    if (c.tier === 'dormant' || c.recencyDays > after || c.recencyDays <= after - SLIPPING_WITHIN_DAYS) continue;
    if (!(c.totalOrders <= max || (windowDays >= 365 && c.frequency <= max))) continue;
    n++;
    soonest = Math.min(soonest, after + 1 - c.recencyDays);
    oldest = Math.max(oldest, c.recencyDays);
    newest = Math.min(newest, c.recencyDays);
  }
  if (n === 0) return [];
  const span = oldest === newest ? `${oldest}` : `${newest}–${oldest}`;
  return [
    {
      kind: 'slipping',
      key: 'slipping',
      subject: '',
      daysLeft: soonest,
      stake: n,
      reason: {
        zh: `${n} 位客户最近一次下单在 ${span} 天前，近一年不超过 ${max} 单：超过 ${after} 天未下单即转为沉睡用户，最早 ${soonest} 天后 → 先发唤醒优惠券`,
        en: `${n} customer${n === 1 ? '' : 's'} last ordered ${span} days ago with at most ${max} orders in the past year: past ${after} days without an order they turn dormant, the first in ${soonest} day${soonest === 1 ? '' : 's'} → send a win-back coupon first`,
      },
    },
  ];
}
