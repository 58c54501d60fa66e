import { PLATFORM_LABELS, type OrderStatus, type PlatformId, type ProductStatus } from '../domain';
import type { Bilingual, ExportLang } from './columns';

/** The normalised statuses in the seller's words (the page's own words go in a column of their own). */
export const ORDER_STATUS_LABELS: Record<OrderStatus, Bilingual> = {
  unpaid: { zh: '待付款', en: 'Unpaid' },
  paid: { zh: '待发货', en: 'Paid' },
  shipped: { zh: '已发货', en: 'Shipped' },
  completed: { zh: '交易成功', en: 'Completed' },
  closed: { zh: '已关闭', en: 'Closed' },
  refunding: { zh: '退款中', en: 'Refunding' },
  refunded: { zh: '已退款', en: 'Refunded' },
};

export const PRODUCT_STATUS_LABELS: Record<ProductStatus, Bilingual> = {
  on_sale: { zh: '在售', en: 'On sale' },
  off_shelf: { zh: '已下架', en: 'Off shelf' },
  sold_out: { zh: '售罄', en: 'Sold out' },
  in_review: { zh: '审核中', en: 'In review' },
  draft: { zh: '草稿', en: 'Draft' },
};

/** A platform's display name in the file's language. */
export function platformName(id: PlatformId, lang: ExportLang): string {
  return PLATFORM_LABELS[id][lang];
}

/** 是/否 in the file's language. */
export function yesNo(value: boolean, lang: ExportLang): string {
  return value ? (lang === 'zh' ? '是' : 'yes') : lang === 'zh' ? '否' : 'no';
}
