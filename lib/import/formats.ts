import type { PlatformId } from '../domain';
import { headerKey } from './cells';

/**
 * The consoles' order exports ShopLens reads, as header synonyms per field (research platform-pages.md §1.6,
 * §2.6, §3.4, §4.5). Only these columns are ever read: everything else in a file — receiver names, phones,
 * addresses, buyer messages — is never copied out of the parsed cells. Synonyms are whole header names
 * (compared by headerKey), never substrings, so `买家会员名` can never pick up `买家支付宝账号`.
 */
export type ExportField =
  | 'orderId'
  | 'buyer'
  | 'placedAt'
  | 'status'
  | 'afterSale'
  | 'paid'
  | 'linePaid'
  | 'lineTotal'
  | 'title'
  | 'spec'
  | 'productId'
  | 'skuId'
  | 'outerId'
  | 'quantity'
  | 'price'
  | 'lineAfterSale'
  | 'summaryTitle'
  | 'summaryQuantity'
  | 'goods';

export type ExportKind = 'taobao-orders' | 'taobao-lines' | 'douyin-orders' | 'jd-orders' | 'pdd-orders';

export interface ExportFormat {
  kind: ExportKind;
  platform: PlatformId;
  label: { zh: string; en: string };
  /**
   * 'lines': one row per item line, grouped into orders by order id (a one-line-per-order export is the case of
   * one line); 'heads': one row per order without its item lines (Taobao's 订单报表, joined with its 宝贝报表).
   */
  rows: 'lines' | 'heads';
  /** Whether the order's payment is repeated on each of its lines ('order') or split over them ('line', summed). */
  paidPer: 'order' | 'line';
  /** Header names per field, the preferred first. */
  columns: Partial<Record<ExportField, readonly string[]>>;
  /** Fields whose column must be present for a header row to be this format. */
  required: readonly ExportField[];
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    kind: 'taobao-orders',
    platform: 'taobao',
    label: { zh: '淘宝订单报表', en: 'Taobao order report' },
    rows: 'heads',
    paidPer: 'order',
    columns: {
      orderId: ['订单编号', '主订单编号'],
      buyer: ['买家会员名', '买家昵称'],
      placedAt: ['订单创建时间', '下单时间'],
      status: ['订单状态'],
      paid: ['买家实际支付金额', '买家实付金额', '实收款'],
      summaryTitle: ['宝贝标题', '商品标题'],
      summaryQuantity: ['宝贝总数量', '商品总数量'],
      goods: ['买家应付货款', '总金额'],
    },
    required: ['orderId', 'buyer', 'placedAt', 'paid'],
  },
  {
    kind: 'taobao-lines',
    platform: 'taobao',
    label: { zh: '淘宝宝贝报表', en: 'Taobao item report' },
    rows: 'lines',
    paidPer: 'line',
    columns: {
      orderId: ['订单编号', '主订单编号'],
      buyer: ['买家会员名'],
      placedAt: ['订单创建时间'],
      status: ['订单状态'],
      linePaid: ['买家实付金额', '买家应付货款'],
      title: ['标题', '商品标题', '宝贝标题'],
      spec: ['商品属性', '销售属性'],
      productId: ['商品id', '宝贝id'],
      outerId: ['商家编码', '外部系统编号'],
      quantity: ['购买数量'],
      price: ['价格', '商品价格', '单价'],
      lineAfterSale: ['退款状态', '售后状态'],
    },
    required: ['orderId', 'title', 'quantity', 'price'],
  },
  {
    kind: 'douyin-orders',
    platform: 'douyin',
    label: { zh: '抖店订单导出', en: 'Douyin order export' },
    rows: 'lines',
    paidPer: 'line',
    columns: {
      orderId: ['主订单编号'],
      placedAt: ['订单提交时间', '支付完成时间'],
      status: ['订单状态'],
      linePaid: ['订单应付金额'],
      title: ['选购商品', '商品名称'],
      spec: ['商品规格'],
      productId: ['商品id'],
      outerId: ['商家编码', '货号'],
      quantity: ['商品数量'],
      price: ['商品单价', '商品金额'],
      lineAfterSale: ['售后状态'],
    },
    required: ['orderId', 'title', 'quantity'],
  },
  {
    kind: 'jd-orders',
    platform: 'jd',
    label: { zh: '京东订单导出', en: 'JD order export' },
    rows: 'lines',
    paidPer: 'order',
    columns: {
      orderId: ['订单号'],
      buyer: ['下单帐号', '下单账号'],
      placedAt: ['下单时间'],
      status: ['订单状态'],
      paid: ['应付金额', '订单金额'],
      title: ['商品名称'],
      skuId: ['商品id', 'skuid'],
      outerId: ['货号', '商家skuid'],
      quantity: ['订购数量'],
      price: ['京东价'],
    },
    required: ['orderId', 'title', 'quantity'],
  },
  {
    kind: 'pdd-orders',
    platform: 'pdd',
    label: { zh: '拼多多订单导出', en: 'Pinduoduo order export' },
    rows: 'lines',
    paidPer: 'order',
    columns: {
      orderId: ['订单号'],
      placedAt: ['支付时间', '订单成交时间', '拼单成功时间', '订单确认时间'],
      status: ['订单状态'],
      afterSale: ['售后状态'],
      paid: ['用户实付金额(元)', '用户实付金额'],
      title: ['商品', '商品名称'],
      spec: ['商品规格'],
      productId: ['商品id'],
      outerId: ['商家编码-sku维度', '商家编码-商品维度'],
      quantity: ['商品数量(件)', '商品数量'],
      lineTotal: ['商品总价(元)', '商品总价'],
    },
    required: ['orderId', 'title', 'quantity', 'paid'],
  },
];

/**
 * Columns that name or reach a buyer (receiver, phone, address, ID card, payment account, messages). They are
 * never read — the field map above never names them — and are listed here only so the import can say which
 * ones it left out.
 */
const PERSONAL = [
  '买家支付宝账号', '收货人姓名', '收货地址', '联系电话', '联系手机', '修改后的收货地址', '买家留言', '发票抬头',
  '收件人', '收件人手机号', '省', '市', '区', '街道', '详细地址', '客户姓名', '客户地址', '身份证姓名', '身份证号码',
  '收货人', '手机', '用户购买手机号', '收货人手机', '收货人电话', '收货人地址',
].map(headerKey);

/** True for a header naming a buyer's personal data. */
export function isPersonalColumn(header: string): boolean {
  return PERSONAL.includes(headerKey(header));
}
