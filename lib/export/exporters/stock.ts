import type { GoodsStock, StockRow, StockWarning } from '../../analytics/stock';
import { col, self, type Bilingual, type ExportLang, type Exporter } from '../columns';
import { platformName } from '../labels';

const WARNING_NAMES: Record<StockWarning['kind'], Bilingual> = {
  outOfStock: { zh: '断货', en: 'Out of stock' },
  reorder: { zh: '补货', en: 'Reorder' },
  slowMover: { zh: '滞销', en: 'Slow mover' },
  belowReorderPoint: { zh: '可售天数不足', en: 'Cover below lead time' },
};

const SOURCE_NAMES: Record<StockRow['sales']['source'], Bilingual> = {
  orders: { zh: '已采集订单', en: 'captured orders' },
  page: { zh: '页面30天销量', en: 'page 30-day sales' },
  'orders-partial': { zh: '部分订单（至少）', en: 'some orders (at least)' },
  none: { zh: '未知', en: 'unknown' },
};

const join = (parts: string[], lang: ExportLang) => parts.join(lang === 'zh' ? '；' : '; ');

/**
 * Stock warnings, one row per product or SKU row as the 库存 tab lists them: stock, sales and where they came
 * from, the figures (safety stock, reorder point, days of cover, ABC, turnover), each warning with its reason
 * and a slow mover's clearance steps.
 */
export const stockExporter: Exporter<StockRow> = {
  id: 'stock-warnings',
  title: { zh: '库存预警', en: 'Stock warnings' },
  columns: [
    col('平台', 'Platform', 'text', (r, l) => platformName(r.platform, l)),
    col('商品ID', 'Product ID', 'id', (r) => r.productId),
    col('SKU ID', 'SKU ID', 'id', (r) => r.skuId),
    col('商品标题', 'Title', 'text', (r) => r.title),
    col('规格', 'Spec', 'text', (r) => r.spec),
    col('商家编码', 'Seller code', 'id', (r) => r.outerId),
    col('关联商品', 'Linked goods', 'text', (r) => r.group?.label),
    col('提醒', 'Warnings', 'text', (r, l) => r.warnings.map((w) => WARNING_NAMES[w.kind][l]).join(l === 'zh' ? '、' : ', ')),
    col('提醒原因', 'Why', 'text', (r, l) => join(r.warnings.map((w) => w.reason[l]), l)),
    col('清仓步骤', 'Clearance steps', 'text', (r, l) => join(r.warnings.flatMap((w) => (w.steps ?? []).map((s) => s[l])), l)),
    col('库存', 'Stock', 'int', (r) => r.stock),
    col('销量天数', 'Sales window (days)', 'int', (r) => r.sales.days),
    col('窗口销量', 'Units sold in window', 'decimal', (r) => r.sales.units),
    col('销量来源', 'Sales source', 'text', (r, l) => SOURCE_NAMES[r.sales.source][l]),
    col('滞销窗口天数', 'Slow-mover window (days)', 'int', (r) => r.slow.days),
    col('滞销窗口销量', 'Units sold in slow-mover window', 'decimal', (r) => r.slow.units),
    col('日均销量', 'Daily sales', 'decimal', (r) => r.dailySales, 2),
    col('安全库存', 'Safety stock', 'int', (r) => r.safetyStock),
    col('再订货点', 'Reorder point', 'int', (r) => r.reorderPoint),
    col('可售天数', 'Days of cover', 'decimal', (r) => r.daysOfCover),
    col('ABC分类', 'ABC class', 'text', (r) => r.abc?.class),
    col('周转率(年)', 'Turnover per year', 'decimal', (r) => r.turnoverPerYear, 2),
    col('销量说明', 'Sales note', 'text', (r, l) => r.reason[l]),
  ],
  rows: self,
};

/** One suggested move between platforms with the linked goods it belongs to. */
export interface StockMoveLine {
  goods: GoodsStock;
  move: GoodsStock['moves'][number];
}

/** Suggested moves of stock between platforms (the 库存 tab's 跨平台调货建议), one row per move. */
export const stockMovesExporter: Exporter<GoodsStock, StockMoveLine> = {
  id: 'stock-moves',
  title: { zh: '调货建议', en: 'Stock moves' },
  columns: [
    col('关联商品', 'Linked goods', 'text', (r) => r.goods.label),
    col('调出平台', 'From', 'text', (r, l) => platformName(r.move.from, l)),
    col('调入平台', 'To', 'text', (r, l) => platformName(r.move.to, l)),
    col('件数', 'Units', 'int', (r) => r.move.units),
    col('原因', 'Why', 'text', (r, l) => r.move.reason[l]),
    col('合计库存', 'Total stock', 'int', (r) => r.goods.stock),
    col('合计窗口销量', 'Units sold in window', 'decimal', (r) => r.goods.sales.units),
    col('合计滞销窗口销量', 'Units sold in slow-mover window', 'decimal', (r) => r.goods.slow.units),
    col('安全库存', 'Safety stock', 'int', (r) => r.goods.safetyStock),
  ],
  *rows(goods) {
    for (const move of goods.moves) yield { goods, move };
  },
};
