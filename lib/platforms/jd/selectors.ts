/**
 * Every selector and text anchor the JD (京麦) reader uses. The jdm micro-frontend draws with JD's own
 * Element-like kit: BEM class names without build hashes (`jd-scrollbar__view`, `jd-tag__content`), and
 * table columns marked with the column's `prop`. Sources are in research/platform-pages.md §3 and
 * research/real-evidence.md (京东). Text labels are regex sources for lib/scrape's labelValue/labelHits.
 */

/** Order lists drawn as one block per order: the jdm `.card` list and the older `.table-item-container` one. */
export const ORDER = {
  /** Scroll views holding the order blocks; a block outside them (page chrome) is not an order. */
  list: '.jd-pro-card-table .table-body, .jd-scrollbar__view .table-body, .jd-scrollbar__view',
  /**
   * One order: `.card` (2026 jdm list, [id 70231603066]) or `.table-item-container` (the `/jdm/trade/order/
   * orderList` variant, [id 20029388915]). Class tokens, so `.sku-info-card` never counts as an order.
   */
  card: '.card, .table-item-container',
  /** The order number button's text, tried in order; the 订单号 label below is the fallback. */
  orderId: ['.shop-order-id .order-info-btn span', '.shop-order-id .order-info-btn'],
  /** The box around the order number, read by its label when the button has no span of its own. */
  orderIdBox: '.shop-order-id, [class*="order-id"]',
  /** `2025-07-30 01:22:42 下单，2025-07-30 01:25:04 付款` (unpaid orders show only the 下单 part). */
  time: ['.order-time-info .shop-overflow-tooltip__content', '.order-time-info'],
  /** One SKU line of the order. */
  item: '.sku-info-list__item',
  /** The SKU line's title. */
  itemTitle: '.sku-name, [class*="sku-name"], [class*="goods-name"], [class*="ware-name"]',
  /** Label/value pairs of a SKU line: 货号, skuId, and an unlabelled one that is the spec. */
  configItem: '.config-view-item',
  /** A config item's label (`货号：`, `skuId：`, `运费`); absent on the spec item. */
  configLabel: '.config-view-item__label',
  /** Right side of a SKU line: unit price `¥199.00` and quantity `x2` (bare numbers: price first). */
  itemRightBox: '.sku-info-card__right, [class*="sku-right"], [class*="card-right"]',
  /** 应收金额 column; a 运费 label and amount follow the total when shipping is charged. */
  receivables: '[prop="receivables"], [class*="receivables"]',
  /** Receiver column: masked name, address and phone (` 虚拟号说明 `) live here and are never read. */
  consignee: '[prop="consigneeInfo"], [class*="consignee"], [class*="cons-address"], [class*="cons-mobile"]',
  /** The buyer's JD account (pin), possibly masked (`jd_***8d`): the customer key, tried in order. */
  buyerPin: ['.user-pin', '.user-pin-cell-row button ~ span', '.goods-info-column .user-pin-cell-row span'],
  /** 订单状态 column: the status word, then notes (承诺出库 time, after-sales tag). */
  statusColumn: '[prop="orderStatus"], [class*="status-column"]',
  /** The status word itself (等待出库, 已取消 …), tried in order; other lines of the column are notes. */
  status: ['.order-status span', '.order-status'],
  /** Kit tags, in the header (`.order-tags-item`), the status column and SKU lines: where 退款中/退款成功 show. */
  tags: '.jd-tag__content',
  /** The remark (`.remark-cell__text`) and other note boxes: never an item, never a status or an amount. */
  remark: '[class*="remark"], [class*="vender-note"], [class*="buyer-message"]',
  /** 承诺发货/出库 time (`.promise-out-ship-date`): a note, never the order time. */
  promise: '[class*="promise-out-ship"]',
} as const;

/** Text labels of an order block, used where a class above is missing. */
export const ORDER_TEXT = {
  orderId: '订单号|订单编号',
  buyer: '下单账号|下单帐号|买家账号|用户账号|买家PIN|用户PIN|京东账号|京东号|买家|用户名',
  placedAt: '下单时间|创建时间',
  paid: '应收金额|应付金额|实付金额|订单金额|实收款|应收|实付',
  status: '订单状态',
  /** A text piece holding the order time (`… 下单，… 付款`), for cards whose time has no class of its own. */
  placed: /\d{4}\D\d{1,2}\D\d{1,2}.*下单/,
  /** SKU-line labels (JD's order 商品编号 is the SKU id, as in the classic export's 商品ID). */
  skuId: '[Ss][Kk][Uu]\\s*(?:[Ii][Dd]|编码|编号)?|商品编号|商品ID',
  outerId: '货号|商家编码|商家SKU',
  spec: '规格|销售属性|属性',
  price: '单价|京东价|价格',
  quantity: '数量',
} as const;

/**
 * The old porder list (`porder.shop.jd.com/order/orderlist/<tab>`, ≤2023, [id 21261590127]): under
 * `#order-shop-content`, each order is a header table (thead `th/div[1]/span[1]/a` = order id) and a body
 * table (td[1] `div/div/p[1]/a` = title ending with a 货号-like code, td[3] `p[2]` = `¥price`, td[6] = 备注).
 */
export const PORDER = {
  root: '#order-shop-content',
  /** The order id link in the header table. */
  idLink: 'thead th a, thead a',
  /** The title link of a body row's first cell. */
  titleLink: 'p a, a',
  /** A struck original price is never the price. */
  struck: 'del, s, [class*="origin"], [class*="line-through"]',
  /** td[6] = 备注 when the list has no header naming it (0-based index). */
  remarkIndex: 5,
  /** td[3] = the price when the list has no header naming it (0-based index). */
  priceIndex: 2,
} as const;

/** Ware lists: the jdm kit table under `#js-ware-table` and the legacy server-rendered `#tbl_type2`. */
export const WARE = {
  /** The new list's container; `.table-container-wrapper` once loaded (`jd-loading-parent--relative` before) [id 61810957846]. */
  container: '#js-ware-table',
  /** The legacy list `ware.shop.jd.com/onSaleWare/onSaleWare_newDoSearch.action`: `#tbl_type2 tbody tr`, td[8] = actions [id 35404639337]. */
  legacy: '#tbl_type2',
  /** Any table of the list: the kit draws the header and the body as two separate tables. */
  table: 'table',
  /** The kit table holding the header table and the body table side by side. */
  kitTable: '.jd-table',
  /** The kit's fixed-column overlays repeat every row; only the main tables are read. */
  fixedOverlay: '[class*="table__fixed"]',
  /** The title inside the 商品信息 cell; the cell's first unlabelled text is the fallback. */
  title: '.ware-name, [class*="ware-title"], [class*="goods-name"], [class*="ware-name"], a[title]',
} as const;

/** Labels inside ware-list cells: ids when the page has no column for them, values before any column. */
export const WARE_LABELS = {
  productId: '商品编号|商品ID|商品id|WareID|wareId',
  skuId: 'SKU编码|SKU\\s*ID|SKUID|skuId|SKU',
  outerId: '货号|商家编码',
  spec: '销售属性|规格',
  price: '京东价|售价|价格',
  stock: '可售库存|库存',
  sales30d: '近30[天日]销量|30[天日]销量|月销量',
  status: '商品状态|状态',
  listedAt: '上架时间',
} as const;

/** Any ware-list label at a text's start: such a piece is never the ware's title. */
export const WARE_LABEL_START = /^(商品编号|商品ID|SKU|货号|商家编码|销售属性|规格|京东价|售价|价格|可售库存|库存|近?30[天日]销量|月销量|商品状态|状态|上架时间|创建时间)/i;

// Proven by: test/fixtures/html/jd-orders.html, jd-orders-remarks.html, jd-products.html, and the hand-written
// variants in test/lib/platforms/jd/{extract,cards,porder,products,signs,variants}.test.ts.
