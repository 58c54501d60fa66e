import type { Order, OrderItem } from '../../domain';
import { col, type Exporter } from '../columns';
import { ORDER_STATUS_LABELS, platformName } from '../labels';

/** One order line with its order: the orders file has one row per line, the order's fields on each. */
export interface OrderLine {
  order: Order;
  item: OrderItem;
  /** 1-based position of the line in its order. */
  line: number;
}

/** Orders, one row per order line (what a seller sorts and sums in a spreadsheet). */
export const ordersExporter: Exporter<Order, OrderLine> = {
  id: 'orders',
  title: { zh: '订单', en: 'Orders' },
  columns: [
    col('平台', 'Platform', 'text', (r, l) => platformName(r.order.platform, l)),
    col('订单编号', 'Order ID', 'id', (r) => r.order.orderId),
    col('下单时间', 'Placed at', 'time', (r) => r.order.placedAt),
    col('买家昵称', 'Buyer', 'text', (r) => r.order.buyer),
    col('订单状态', 'Status', 'text', (r, l) => ORDER_STATUS_LABELS[r.order.status][l]),
    col('页面状态原文', 'Status as shown', 'text', (r) => r.order.statusText),
    col('实付金额(元)', 'Paid (CNY)', 'money', (r) => r.order.paidFen),
    col('商品行', 'Line', 'int', (r) => r.line),
    col('商品标题', 'Title', 'text', (r) => r.item.title),
    col('规格', 'Spec', 'text', (r) => r.item.spec),
    col('商品ID', 'Product ID', 'id', (r) => r.item.productId),
    col('SKU ID', 'SKU ID', 'id', (r) => r.item.skuId),
    col('商家编码', 'Seller code', 'id', (r) => r.item.outerId),
    col('数量', 'Quantity', 'int', (r) => r.item.quantity),
    col('单价(元)', 'Unit price (CNY)', 'money', (r) => r.item.priceFen),
    col('小计(元)', 'Line total (CNY)', 'money', (r) => r.item.priceFen * r.item.quantity),
    col('采集时间', 'Captured at', 'time', (r) => r.order.capturedAt),
  ],
  *rows(order) {
    let line = 0;
    for (const item of order.items) yield { order, item, line: ++line };
  },
};
