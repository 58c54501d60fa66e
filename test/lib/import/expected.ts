import { parseOrderStatus, type OrderStatus } from '../../../lib/domain';
import type { ImportedOrder } from '../../../lib/import';
import type { SampleLine, SampleOrder } from './sample-exports';

/** Shanghai wall-clock text → epoch ms, computed here without lib/domain. */
export const shanghaiMs = (text: string) => Date.parse(`${text.replace(' ', 'T')}+08:00`);

/**
 * What an imported sample order must become, built from the sample itself: `ids` says which item ids the
 * export carries, `lineAfterSale` whether it has a per-line after-sales column, `orderAfterSale` a per-order one.
 */
export function expectedOrder(
  platform: ImportedOrder['platform'],
  o: SampleOrder,
  opts: { noSpec?: boolean; ids: (keyof Pick<SampleLine, 'productId' | 'skuId' | 'outerId'>)[]; lineAfterSale?: boolean; orderAfterSale?: boolean },
) {
  const refunded = (opts.orderAfterSale && o.afterSale) || (opts.lineAfterSale && o.afterSale && o.lines.length === 1);
  const status: OrderStatus = refunded ? 'refunded' : parseOrderStatus(o.status)!;
  return {
    platform,
    orderId: o.orderId,
    buyer: o.buyer,
    placedAt: shanghaiMs(o.placedAt),
    status,
    paidFen: o.paidFen,
    items: o.lines.map((l) => ({
      title: l.title,
      spec: opts.noSpec ? '' : l.spec,
      quantity: l.quantity,
      priceFen: l.priceFen,
      ...Object.fromEntries(opts.ids.map((k) => [k, l[k]])),
    })),
  };
}

/** The fields expectedOrder compares. */
export function core(o: ImportedOrder) {
  const { platform, orderId, buyer, placedAt, status, paidFen, items } = o;
  return { platform, orderId, buyer, placedAt, status, paidFen, items };
}
