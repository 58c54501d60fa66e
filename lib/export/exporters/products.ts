import type { Product } from '../../domain';
import { col, self, type Exporter } from '../columns';
import { PRODUCT_STATUS_LABELS, platformName } from '../labels';

/** Products and SKU rows as captured from the goods lists. */
export const productsExporter: Exporter<Product> = {
  id: 'products',
  title: { zh: '商品', en: 'Products' },
  columns: [
    col('平台', 'Platform', 'text', (p, l) => platformName(p.platform, l)),
    col('商品ID', 'Product ID', 'id', (p) => p.productId),
    col('SKU ID', 'SKU ID', 'id', (p) => p.skuId),
    col('商品标题', 'Title', 'text', (p) => p.title),
    col('规格', 'Spec', 'text', (p) => p.spec),
    col('商家编码', 'Seller code', 'id', (p) => p.outerId),
    col('价格(元)', 'Price (CNY)', 'money', (p) => p.priceFen),
    col('库存', 'Stock', 'int', (p) => p.stock),
    col('近30天销量', 'Sales, 30 days', 'int', (p) => p.sales30d),
    col('状态', 'Status', 'text', (p, l) => PRODUCT_STATUS_LABELS[p.status][l]),
    col('页面状态原文', 'Status as shown', 'text', (p) => p.statusText),
    col('上架时间', 'Listed at', 'time', (p) => p.listedAt),
    col('采集时间', 'Captured at', 'time', (p) => p.capturedAt),
  ],
  rows: self,
};
