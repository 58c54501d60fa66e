import iconv from 'iconv-lite';
import writeXlsxFile from 'write-excel-file/universal';
import type { Sheet } from 'write-excel-file/universal';

/**
 * Realistic export files of the four consoles, written the way the consoles write them (research
 * platform-pages.md §1.6, §2.6, §3.4, §4.5): Taobao's and JD's CSV in GBK with ids as ="…" and header names
 * with trailing spaces, Douyin's in UTF-8 with a BOM and tab-prefixed ids and text and `-` for empty, PDD's
 * with tabs inside values and both (元) and （元） in headers; xlsx by write-excel-file. Every file carries
 * receiver names, phones and addresses (RECEIVER_*), which an import must never let through.
 */
export interface SampleLine {
  title: string;
  spec: string;
  quantity: number;
  /** Unit price in fen. */
  priceFen: number;
  productId: string;
  skuId: string;
  outerId: string;
}

export interface SampleOrder {
  orderId: string;
  buyer: string;
  /** Asia/Shanghai wall-clock time. */
  placedAt: string;
  status: string;
  /** After-sales text of the first line ('' for none). */
  afterSale: string;
  paidFen: number;
  lines: SampleLine[];
}

export const RECEIVER_NAME = '王小明';
export const RECEIVER_PHONE = '13812345678';
export const RECEIVER_ADDRESS = '浙江省杭州市西湖区文三路100号3幢501室';
const ALIPAY = 'wxm_pay@163.com';

const TITLES = ['白鸭绒羽绒服女短款2024冬季新款', '加厚连帽棉服外套, 宽松"面包服"', '纯棉短袖T恤男夏季圆领', '高腰阔腿牛仔裤女显瘦', '羊毛针织开衫女秋冬'];
const SPECS = ['颜色分类:黑色;尺码:M', '颜色分类:米白;尺码:L', '颜色:藏青 尺码:XL', '尺码:S', '颜色分类:燕麦色;尺码:均码'];
const STATUS: Record<'taobao' | 'douyin' | 'jd' | 'pdd', string[]> = {
  taobao: ['交易成功', '买家已付款，等待卖家发货', '卖家已发货，等待买家确认', '交易关闭'],
  douyin: ['已完成', '待发货', '已发货', '已关闭'],
  jd: ['完成', '等待出库', '(删除)等待出库', '等待确认收货'],
  pdd: ['已收货', '待发货', '已发货，待收货', '已取消'],
};

/** n orders of one platform, the same for the same seed (a small linear congruential generator). */
export function sampleOrders(platform: keyof typeof STATUS, n: number, seed = 1, linesPerOrder = 2): SampleOrder[] {
  let s = seed;
  const rnd = (k: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return (s >>> 16) % k;
  };
  const orders: SampleOrder[] = [];
  for (let i = 0; i < n; i++) {
    const lineCount = platform === 'pdd' ? 1 : 1 + rnd(linesPerOrder);
    const lines: SampleLine[] = [];
    for (let j = 0; j < lineCount; j++) {
      const t = rnd(TITLES.length);
      lines.push({
        title: TITLES[t]!,
        spec: SPECS[rnd(SPECS.length)]!,
        quantity: 1 + rnd(3),
        priceFen: 1990 + rnd(40000),
        productId: String(700000000000 + t),
        skuId: String(5000000000000 + t * 10 + rnd(5)),
        outerId: `YRF-24${String(t).padStart(2, '0')}-0${rnd(5)}`,
      });
    }
    const goods = lines.reduce((sum, l) => sum + l.priceFen * l.quantity, 0);
    const day = 1 + (i % 28);
    const orderId =
      platform === 'taobao' ? String(4012345678901234567n + BigInt(i * 7919))
      : platform === 'douyin' ? String(6917926768823643751n + BigInt(i * 13))
      : platform === 'jd' ? String(290000000000 + i * 17)
      : `250${String(1 + (i % 9))}${String(day).padStart(2, '0')}-${String(123456789012345 + i * 31)}`;
    orders.push({
      orderId,
      buyer: platform === 'taobao' ? `tb_buyer_${i % 500}` : platform === 'jd' ? `jd_${(i % 400).toString(36)}***` : '',
      placedAt: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:22:01`,
      status: STATUS[platform][rnd(4)]!,
      afterSale: i % 10 === 3 ? '退款成功' : '',
      paidFen: goods - (i % 5 === 0 ? 500 : 0),
      lines,
    });
  }
  return orders;
}

export const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/** A CSV cell quoted when it must be (or always), quotes doubled. */
function q(v: string, always = false): string {
  return always || /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
const csv = (rows: string[][], eol = '\r\n') => rows.map((r) => r.join(',')).join(eol) + eol;
const gbk = (text: string) => new Uint8Array(iconv.encode(text, 'gbk'));
const utf8Bom = (text: string) => new Uint8Array(iconv.encode(text, 'utf-8', { addBOM: true }));

/** Taobao's classic 订单报表 header (research §1.6), trailing spaces and all. */
export const TAOBAO_ORDER_HEADER = [
  '订单编号', '买家会员名', '买家支付宝账号', '支付单号', '支付详情', '买家应付货款', '买家应付邮费', '买家支付积分', '总金额', '返点积分',
  '买家实际支付金额', '买家实际支付积分', '订单状态', '买家留言', '收货人姓名', '收货地址 ', '运送方式', '联系电话 ', '联系手机',
  '订单创建时间', '订单付款时间 ', '宝贝标题 ', '宝贝种类 ', '物流单号 ', '物流公司', '订单备注', '宝贝总数量', '店铺Id', '店铺名称',
  '订单关闭原因', '卖家服务费', '买家服务费', '发票抬头', '是否手机订单', '分阶段订单信息', '特权订金订单id', '是否上传合同照片',
  '是否上传小票', '是否代付', '定金排名', '修改后的sku', '修改后的收货地址', '异常信息', '天猫卡券抵扣', '集分宝抵扣', '是否是O2O交易',
  '新零售交易类型', '新零售导购门店名称', '新零售导购门店id', '新零售发货门店名称', '新零售发货门店id', '退款金额', '预约门店',
  '确认收货时间', '打款商家金额', '含应开票给个人的个人红包', '是否信用购', '体验期结束时间', '前N有礼', '配送类型', '主订单编号',
];

function taobaoOrderCells(o: SampleOrder): Record<string, string> {
  const goods = o.lines.reduce((s, l) => s + l.priceFen * l.quantity, 0);
  return {
    订单编号: `="${o.orderId}"`,
    买家会员名: o.buyer,
    买家支付宝账号: ALIPAY,
    支付单号: `="2025${o.orderId.slice(-10)}"`,
    买家应付货款: yuan(goods),
    买家应付邮费: '0.00',
    总金额: yuan(goods),
    买家实际支付金额: yuan(o.paidFen),
    订单状态: o.status,
    买家留言: `请尽快发货，电话${RECEIVER_PHONE}`,
    收货人姓名: RECEIVER_NAME,
    '收货地址 ': RECEIVER_ADDRESS,
    运送方式: '快递',
    '联系电话 ': '',
    联系手机: `'${RECEIVER_PHONE}`,
    订单创建时间: o.placedAt,
    '订单付款时间 ': o.placedAt,
    '宝贝标题 ': o.lines.map((l) => l.title).join('，'),
    '宝贝种类 ': String(o.lines.length),
    宝贝总数量: String(o.lines.reduce((s, l) => s + l.quantity, 0)),
    店铺名称: '小鹿女装店',
    打款商家金额: `${yuan(o.paidFen)}元`,
    主订单编号: `="${o.orderId}"`,
  };
}

/** 订单报表 (ExportOrderList*.csv): GBK, one row per order, ids as ="…", a header with trailing spaces. */
export function taobaoOrderReport(orders: SampleOrder[]): Uint8Array {
  const rows = orders.map((o) => {
    const cells = taobaoOrderCells(o);
    return TAOBAO_ORDER_HEADER.map((h) => (h === '订单编号' || h === '主订单编号' || h === '支付单号' ? (cells[h] ?? '') : q(cells[h] ?? '')));
  });
  return gbk(csv([TAOBAO_ORDER_HEADER.map((h) => q(h, h.endsWith(' '))), ...rows]));
}

export const TAOBAO_ITEM_HEADER = ['订单编号', '标题', '价格', '购买数量', '外部系统编号', '商品属性', '套餐信息', '备注', '订单状态', '商家编码'];

/** 宝贝报表 (ExportOrderDetailList*.csv): GBK, one row per item line. */
export function taobaoItemReport(orders: SampleOrder[]): Uint8Array {
  const rows = orders.flatMap((o) =>
    o.lines.map((l) => [`="${o.orderId}"`, q(l.title), yuan(l.priceFen), String(l.quantity), '', q(l.spec), '', '', o.status, q(l.outerId)]),
  );
  return gbk(csv([TAOBAO_ITEM_HEADER, ...rows]));
}

export const DOUYIN_HEADER = [
  '主订单编号', '子订单编号', '选购商品', '商品规格', '商品数量', '商品ID', '商家编码', '商品单价', '订单应付金额', '运费', '优惠总金额',
  '收件人', '收件人手机号', '省', '市', '区', '街道', '详细地址', '是否修改过地址', '买家留言', '商家备注', '订单状态', '售后状态',
  '取消原因', '达人ID', '达人昵称', '订单提交时间', '支付完成时间', '订单完成时间', '发货时间',
];

/** Douyin's order export: UTF-8 with a BOM, one row per sub-order, ids and text prefixed with a tab, `-` for empty. */
export function douyinExport(orders: SampleOrder[]): Uint8Array {
  const split = (o: SampleOrder, j: number) => {
    // 订单应付金额 is the sub-order's share; the discount falls on the first line.
    const l = o.lines[j]!;
    return l.priceFen * l.quantity - (j === 0 ? o.lines.reduce((s, x) => s + x.priceFen * x.quantity, 0) - o.paidFen : 0);
  };
  const rows = orders.flatMap((o) =>
    o.lines.map((l, j) => {
      const cells: Record<string, string> = {
        主订单编号: q(`\t${o.orderId}`, true),
        子订单编号: q(`\t${o.orderId.slice(0, -1)}${j}`, true),
        选购商品: q(`\t${l.title}`, true),
        商品规格: q(`\t${l.spec}`, true),
        商品数量: String(l.quantity),
        商品ID: q(`\t${l.productId}`, true),
        商家编码: q(`\t${l.outerId}`, true),
        商品单价: yuan(l.priceFen),
        订单应付金额: yuan(split(o, j)),
        运费: '0.00',
        优惠总金额: '0.00',
        收件人: `##${RECEIVER_NAME}`,
        收件人手机号: `$$${RECEIVER_PHONE}`,
        省: '浙江省',
        市: '杭州市',
        区: '西湖区',
        街道: '文新街道',
        详细地址: `##${RECEIVER_ADDRESS}`,
        是否修改过地址: '否',
        买家留言: '-',
        商家备注: '-',
        订单状态: o.status,
        售后状态: j === 0 && o.afterSale ? o.afterSale : '-',
        取消原因: '',
        达人ID: q('\t7592255573464597541', true),
        达人昵称: '穿搭小鹿',
        订单提交时间: o.placedAt,
        支付完成时间: o.placedAt,
        订单完成时间: '-',
        发货时间: '-',
      };
      return DOUYIN_HEADER.map((h) => cells[h] ?? '');
    }),
  );
  return utf8Bom(csv([DOUYIN_HEADER, ...rows], '\n'));
}

export const JD_HEADER = [
  '订单号', '商品ID', '商品名称', '订购数量', '支付方式', '下单时间', '京东价', '订单金额', '结算金额', '余额支付', '应付金额', '订单状态',
  '订单类型', '下单帐号', '客户姓名', '客户地址', '联系电话', '订单备注', '发票类型', '发票抬头', '发票内容', '商家备注',
  '商家备注等级（等级1-5为由高到低）', '运费金额', '付款确认时间', '增值税发票', '货号', '订单完成时间', '订单来源', '订单渠道',
];

/** JD's order export: GBK, one row per SKU line with the order's fields repeated on each. */
export function jdExport(orders: SampleOrder[]): Uint8Array {
  const rows = orders.flatMap((o) =>
    o.lines.map((l) => {
      const goods = o.lines.reduce((s, x) => s + x.priceFen * x.quantity, 0);
      const cells: Record<string, string> = {
        订单号: o.orderId,
        商品ID: l.skuId,
        商品名称: q(l.title),
        订购数量: String(l.quantity),
        支付方式: '在线支付',
        下单时间: o.placedAt,
        京东价: yuan(l.priceFen),
        订单金额: yuan(goods),
        结算金额: yuan(o.paidFen),
        余额支付: '0.00',
        应付金额: yuan(o.paidFen),
        订单状态: o.status,
        订单类型: '普通订单',
        下单帐号: o.buyer,
        客户姓名: RECEIVER_NAME,
        客户地址: RECEIVER_ADDRESS,
        联系电话: RECEIVER_PHONE,
        运费金额: '0.00',
        付款确认时间: o.placedAt,
        货号: l.outerId,
        订单来源: '京东商城',
      };
      return JD_HEADER.map((h) => cells[h] ?? '');
    }),
  );
  return gbk(csv([JD_HEADER, ...rows]));
}

export const PDD_HEADER = [
  '商品', '订单号', '订单状态', '商品总价(元)', '店铺优惠折扣(元)', '平台优惠折扣(元)', '邮费(元)', '用户实付金额（元）', '商家实收金额（元）',
  '商品数量(件)', '身份证姓名', '身份证号码', '收货人', '手机', '是否异常', '省', '市', '区', '街道', '支付时间', '拼单成功时间',
  '订单确认时间', '承诺发货时间', '发货时间', '确认收货时间', '商品id', '商品规格', '用户购买手机号', '样式ID', '商家编码-SKU维度',
  '商家编码-商品维度', '快递单号', '快递公司', '商家备注', '售后状态', '买家留言',
];

/** PDD's order export: one row per order, tabs inside values, (元) and （元） in headers; UTF-8 without a BOM. */
export function pddExport(orders: SampleOrder[]): Uint8Array {
  const rows = orders.map((o) => {
    const l = o.lines[0]!;
    const cells: Record<string, string> = {
      商品: q(l.title),
      订单号: o.orderId,
      订单状态: o.status,
      '商品总价(元)': yuan(l.priceFen * l.quantity),
      '店铺优惠折扣(元)': yuan(l.priceFen * l.quantity - o.paidFen),
      '平台优惠折扣(元)': '0.00',
      '邮费(元)': '0.00',
      '用户实付金额（元）': yuan(o.paidFen),
      '商家实收金额（元）': yuan(o.paidFen),
      '商品数量(件)': `${l.quantity}\t`,
      身份证姓名: '',
      收货人: RECEIVER_NAME,
      手机: RECEIVER_PHONE,
      是否异常: '否',
      省: '浙江省',
      市: '杭州市',
      区: '西湖区',
      街道: q(RECEIVER_ADDRESS),
      支付时间: o.placedAt,
      拼单成功时间: o.placedAt,
      商品id: l.productId,
      商品规格: q(l.spec),
      用户购买手机号: RECEIVER_PHONE,
      '商家编码-SKU维度': `\t${l.outerId}\t`,
      '商家编码-商品维度': l.outerId.split('-').slice(0, 2).join('-'),
      售后状态: o.afterSale || '无售后或售后取消',
      买家留言: '',
    };
    return PDD_HEADER.map((h) => cells[h] ?? '');
  });
  return new TextEncoder().encode(csv([PDD_HEADER, ...rows]));
}

async function xlsx(sheets: Sheet<unknown>[]): Promise<Uint8Array> {
  const blob = await writeXlsxFile(sheets as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * Qianniu's newer xlsx: one workbook with 订单报表, 销售明细 (sub-orders with their own amounts) and 发货报表
 * (receivers), ids as text, amounts as numbers, times as dates.
 */
export function taobaoWorkbook(orders: SampleOrder[]): Promise<Uint8Array> {
  const header = ['订单编号', '买家会员名', '买家实付金额', '订单状态', '收货人姓名', '收货地址', '联系手机', '订单创建时间', '宝贝标题', '宝贝总数量'];
  const main = orders.map((o) => [
    o.orderId, o.buyer, o.paidFen / 100, o.status, RECEIVER_NAME, RECEIVER_ADDRESS, RECEIVER_PHONE,
    { value: wallClockDate(o.placedAt), type: Date, format: 'yyyy-mm-dd hh:mm:ss' },
    o.lines.map((l) => l.title).join('，'), o.lines.reduce((s, l) => s + l.quantity, 0),
  ]);
  const detailHeader = ['子订单编号', '主订单编号', '商品标题', '价格', '购买数量', '外部系统编号', '商品属性', '订单状态', '商家编码', '买家应付货款', '退款状态', '订单创建时间'];
  const detail = orders.flatMap((o) =>
    o.lines.map((l, j) => [
      `${o.orderId.slice(0, -2)}${j}0`, o.orderId, l.title, l.priceFen / 100, l.quantity, '', l.spec, o.status, l.outerId,
      (l.priceFen * l.quantity) / 100, j === 0 && o.afterSale ? o.afterSale : '没有申请退款', o.placedAt,
    ]),
  );
  const shipping = [['订单编号', '收货人姓名', '联系手机', '收货地址'], ...orders.map((o) => [o.orderId, RECEIVER_NAME, RECEIVER_PHONE, RECEIVER_ADDRESS])];
  return xlsx([
    { sheet: '订单报表', data: [header, ...main] },
    { sheet: '销售明细', data: [detailHeader, ...detail] },
    { sheet: '发货报表', data: shipping },
  ] as never);
}

/** Douyin's xlsx export: the CSV's columns, no tabs (xlsx keeps ids as text), a title row above the header. */
export function douyinWorkbook(orders: SampleOrder[]): Promise<Uint8Array> {
  const header = ['主订单编号', '子订单编号', '选购商品', '商品规格', '商品数量', '商品ID', '商家编码', '商品单价', '订单应付金额', '收件人', '收件人手机号', '详细地址', '订单状态', '售后状态', '订单提交时间'];
  const rows = orders.flatMap((o) =>
    o.lines.map((l, j) => [
      o.orderId, `${o.orderId.slice(0, -1)}${j}`, l.title, l.spec, l.quantity, l.productId, l.outerId, l.priceFen / 100,
      (l.priceFen * l.quantity - (j === 0 ? o.lines.reduce((s, x) => s + x.priceFen * x.quantity, 0) - o.paidFen : 0)) / 100,
      RECEIVER_NAME, RECEIVER_PHONE, RECEIVER_ADDRESS, o.status, j === 0 && o.afterSale ? o.afterSale : '-', o.placedAt,
    ]),
  );
  return xlsx([{ sheet: 'Sheet1', data: [['订单导出 2025-12-01'], header, ...rows] }] as never);
}

/** PDD's xlsx export: the CSV's columns with full-width （元）. */
export function pddWorkbook(orders: SampleOrder[]): Promise<Uint8Array> {
  const header = ['商品', '订单号', '订单状态', '商品总价（元）', '用户实付金额（元）', '商品数量（件）', '收货人', '手机', '支付时间', '商品ID', '商品规格', '商家编码-SKU维度', '售后状态'];
  const rows = orders.map((o) => {
    const l = o.lines[0]!;
    return [l.title, o.orderId, o.status, (l.priceFen * l.quantity) / 100, o.paidFen / 100, l.quantity, RECEIVER_NAME, RECEIVER_PHONE, o.placedAt, l.productId, l.spec, l.outerId, o.afterSale || '无售后或售后取消'];
  });
  return xlsx([{ sheet: '订单列表', data: [header, ...rows] }] as never);
}

/** A Shanghai wall-clock text as the Date an xlsx writer stores for it (its reading in UTC). */
function wallClockDate(text: string): Date {
  return new Date(`${text.replace(' ', 'T')}Z`);
}
