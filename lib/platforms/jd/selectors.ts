/**
 * Every selector and text anchor the JD (京麦) reader uses. The jdm micro-frontend draws with JD's own
 * Element-like kit: BEM class names without build hashes (`jd-scrollbar__view`, `jd-tag__content`), and
 * table columns marked with the column's `prop`. Sources are in research/platform-pages.md §3.
 */

/** Order list: one `.card` per order (research §3.2, the 2026 jdm content script [id 70231603066]). */
export const ORDER = {
  /** The scroll view holding the cards; a card outside it (page chrome) is not an order. */
  list: '.jd-scrollbar__view .table-body',
  /** One order. Matched as a class token, so `.sku-info-card` never counts as an order. */
  card: '.card',
  /** The order number button's text, tried in order; the 订单号 anchor below is the fallback. */
  orderId: ['.shop-order-id .order-info-btn span', '.shop-order-id .order-info-btn', '.shop-order-id'],
  /** `2025-07-30 01:22:42 下单，2025-07-30 01:25:04 付款` (unpaid orders show only the 下单 part). */
  time: ['.order-time-info .shop-overflow-tooltip__content', '.order-time-info'],
  /** One SKU line of the order. */
  item: '.sku-info-list__item',
  /** The SKU line's title. */
  itemTitle: '.sku-name',
  /** Label/value pairs under the title: 货号, skuId, and an unlabelled one that is the spec. */
  itemConfig: '.card-left__desc .config-view-item',
  /** Any config item, for SKU lines drawn without `.card-left__desc` (the right side is left out). */
  configItem: '.config-view-item',
  /** A config item's label (`货号：`, `skuId：`, `运费`); absent on the spec item. */
  configLabel: '.config-view-item__label',
  /** A config item's value, read apart from its label when the kit draws them as two spans. */
  configValue: '.config-view-item__value',
  /** Right side of a SKU line: [0] unit price `¥199.00`, [1] quantity `x2`. */
  itemRight: '.sku-info-card__right .config-view-item__value',
  /** The right side itself, for lines whose price and quantity are bare spans. */
  itemRightBox: '.sku-info-card__right',
  /** 应收金额 column; a 运费 label and amount follow the total when shipping is charged. */
  receivables: '[prop="receivables"]',
  /** Receiver column: masked name, address and phone live here and are never read; only the pin is. */
  consignee: '[prop="consigneeInfo"]',
  /** The buyer's JD account (pin), possibly masked (`jd_***8d`): the customer key. */
  buyerPin: '.user-pin',
  /** 订单状态 column: the status word, then notes (承诺出库 time, after-sales tag). */
  statusColumn: '[prop="orderStatus"]',
  /** The status word itself (等待出库, 已取消 …), tried in order; other lines of the column are notes. */
  status: ['.order-status span', '.order-status'],
  /** Kit tags, in the header (`.order-tags-item`) and the status column: where 退款中/退款成功 show up. */
  tags: '.jd-tag__content',
} as const;

/** Text anchors of the order card, used when a class above is missing; anchored at a text piece's start. */
export const ORDER_TEXT = {
  /** Label before the order number in the card header. */
  orderId: '^订单号|^订单编号',
  /** Label before the buyer pin when the pin has no class of its own. */
  buyer: '^下单账号|^下单帐号|^买家账号|^用户账号|^买家PIN|^用户PIN',
  /** A text piece holding the order time (`… 下单，… 付款`), for cards whose time has no class of its own. */
  placed: /\d{4}\D\d{1,2}\D\d{1,2}.*下单/,
} as const;

/** Ware list: a kit table under `#js-ware-table`, one row per SKU (research §3.2 [id 61810957846]). */
export const WARE = {
  /** The list's container; it is `.table-container-wrapper` once loaded (`jd-loading-parent--relative` before). */
  container: '#js-ware-table',
  /** Any table of the list: the kit draws the header and the body as two separate tables. */
  table: 'table',
  /** The kit table holding the header table and the body table side by side. */
  kitTable: '.jd-table',
  /** The kit's fixed-column overlays repeat every row; only the main tables are read. */
  fixedOverlay: '[class*="table__fixed"]',
  /** The title inside the 商品信息 cell; the cell's first unlabelled text is the fallback. */
  title: '.ware-name, [class*="ware-title"], [class*="goods-name"], a[title]',
} as const;

/**
 * Labels inside the ware list's 商品信息 cell, for pages that show the ids there instead of in columns.
 * Anchored at the start of a text piece, so a title that happens to contain `SKU` or `规格` is not read.
 */
export const WARE_TEXT = {
  productId: '^商品编号|^商品ID|^商品id',
  skuId: '^SKU编码|^SKU ID|^SKUID|^skuId|^SKU',
  outerId: '^货号|^商家编码',
  spec: '^销售属性|^规格',
  /** Any of the labels above: such a piece is never the ware's title. */
  anyLabel: /^(商品编号|商品ID|SKU|货号|商家编码|销售属性|规格)/i,
} as const;

// Proven by: test/fixtures/html/jd-orders.html, test/fixtures/html/jd-products.html, and the hand-written
// variants in test/lib/platforms/jd/extract.test.ts.
