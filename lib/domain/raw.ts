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
}

export interface RawOrderRow {
  orderId: string;
  buyer: string;
  placedAt: string;
  status: string;
  /** After-sales text shown beside the status (售后状态), when the page has one. */
  afterSale?: string;
  paid: string;
  items: RawOrderItem[];
  /** Excerpt of the row's text, shown with a rejection. */
  text: string;
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
  text: string;
}
