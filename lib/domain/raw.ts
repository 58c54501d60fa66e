/**
 * Raw rows: what a platform's reader takes off the page, as text, before any parsing. Every platform's
 * extract.ts produces these shapes, so parsing and normalising (lib/domain/parse-row.ts) is written once.
 * Optional fields are ones a page may not show.
 */
export interface RawOrderItem {
  title: string;
  spec: string;
  productId?: string;
  skuId?: string;
  outerId?: string;
  quantity: string;
  price: string;
  /**
   * The item line's own after-sales state (`退款成功` on one item of a `交易成功` order), when the page shows
   * one per item. It goes into the order's statusText; it makes the order a refund only when every item is
   * refunded (or one is still refunding), never because one item of several was refunded.
   */
  afterSale?: string;
}

export interface RawOrderRow {
  orderId: string;
  buyer: string;
  placedAt: string;
  status: string;
  /** The order's own after-sales text (售后状态 of the whole order, a refund tag on the order), when the page has one. */
  afterSale?: string;
  paid: string;
  items: RawOrderItem[];
  /**
   * Ignored: a rejected row's excerpt is built by the parser from the fields above (lib/domain/parse-row.ts),
   * never from the row's whole text, which would carry the receiver's masked name, phone and address.
   */
  text?: string;
}

export interface RawProductRow {
  productId: string;
  skuId?: string;
  title: string;
  spec?: string;
  outerId?: string;
  price: string;
  stock: string;
  sales30d?: string;
  status: string;
  listedAt?: string;
  /** Ignored, as for orders: the excerpt of a rejected row is built from the fields read. */
  text?: string;
}
