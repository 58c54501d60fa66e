import { describe, expect, it } from 'vitest';
import { OrderSchema } from '../../../lib/domain';
import { ImportedOrderSchema, parseExportFiles, type ParsedImport } from '../../../lib/import';
import { core, expectedOrder } from './expected';
import * as S from './sample-exports';

const byId = (r: ParsedImport) => new Map(r.orders.map((o) => [`${o.platform}:${o.orderId}`, o]));

describe('parseExportFiles on each console’s export', () => {
  it('Taobao 订单报表 + 宝贝报表 (GBK CSV): joined by order id into the orders with their lines, 19-digit ids exact', async () => {
    const orders = S.sampleOrders('taobao', 40, 3);
    const r = await parseExportFiles([
      { name: 'ExportOrderList202512.csv', data: S.taobaoOrderReport(orders) },
      { name: 'ExportOrderDetailList202512.csv', data: S.taobaoItemReport(orders) },
    ]);
    expect(r.rejected).toEqual([]);
    expect(r.notes).toEqual([]);
    expect(r.files.map((f) => f.ok && [f.encoding, f.tables[0]!.kind])).toEqual([
      ['gb18030', 'taobao-orders'],
      ['gb18030', 'taobao-lines'],
    ]);
    expect(r.orders).toHaveLength(40);
    expect(r.orders.map(core)).toEqual(orders.map((o) => expectedOrder('taobao', o, { ids: ['outerId'] })));
    expect(r.orders.some((o) => o.items.length > 1)).toBe(true);
  });

  it('Douyin (UTF-8 with BOM, tab-prefixed ids and text, `-` for empty): sub-orders grouped, 订单应付金额 summed, buyer empty', async () => {
    const orders = S.sampleOrders('douyin', 40, 4);
    const r = await parseExportFiles([{ name: '订单导出.csv', data: S.douyinExport(orders) }]);
    expect(r.rejected).toEqual([]);
    expect(r.files[0]).toMatchObject({ ok: true, encoding: 'utf-8-bom', tables: [{ kind: 'douyin-orders', platform: 'douyin' }] });
    expect(r.orders.map(core)).toEqual(orders.map((o) => expectedOrder('douyin', o, { ids: ['productId', 'outerId'], lineAfterSale: true })));
    expect(r.orders.every((o) => o.buyer === '')).toBe(true);
    // The influencer's nickname (达人昵称) is not the buyer.
    expect(JSON.stringify(r)).not.toContain('穿搭小鹿');
  });

  it('Douyin: an 订单应付金额 repeated on every line (the order’s total) is taken once, not summed', async () => {
    const o = S.sampleOrders('douyin', 1, 14)[0]!;
    o.lines = [o.lines[0]!, { ...o.lines[0]!, skuId: '1', title: '第二件' }];
    o.paidFen = o.lines.reduce((n, l) => n + l.priceFen * l.quantity, 0);
    const text = new TextDecoder().decode(S.douyinExport([o]).subarray(3));
    const [header, first, second] = text.split('\n');
    const at = header!.split(',').indexOf('订单应付金额');
    const repeat = (row: string) => row.split(',').map((c, i) => (i === at ? S.yuan(o.paidFen) : c)).join(',');
    const data = new TextEncoder().encode(`${header}\n${repeat(first!)}\n${repeat(second!)}\n`);
    const r = await parseExportFiles([{ name: 'd.csv', data }]);
    expect(r.orders.map((x) => [x.items.length, x.paidFen])).toEqual([[2, o.paidFen]]);
  });

  it('JD (GBK, one row per SKU line): lines grouped into orders, the repeated order amount counted once', async () => {
    const orders = S.sampleOrders('jd', 40, 5, 3);
    const r = await parseExportFiles([{ name: 'jd.csv', data: S.jdExport(orders) }]);
    expect(r.rejected).toEqual([]);
    const lines = orders.reduce((n, o) => n + o.lines.length, 0);
    expect(r.files[0]).toMatchObject({ ok: true, encoding: 'gb18030', tables: [{ kind: 'jd-orders', rows: lines }] });
    expect(lines).toBeGreaterThan(orders.length);
    expect(r.orders.map(core)).toEqual(orders.map((o) => expectedOrder('jd', o, { ids: ['skuId', 'outerId'], noSpec: true })));
    expect(r.orders.find((o) => o.statusText === '(删除)等待出库')?.status).toBe('paid');
  });

  it('PDD (tabs inside values, (元) and （元） headers): one order per row, unit price from 商品总价, buyer empty', async () => {
    const orders = S.sampleOrders('pdd', 40, 6);
    const r = await parseExportFiles([{ name: 'orders_export.csv', data: S.pddExport(orders) }]);
    expect(r.rejected).toEqual([]);
    expect(r.files[0]).toMatchObject({ ok: true, encoding: 'utf-8', tables: [{ kind: 'pdd-orders' }] });
    expect(r.orders.map(core)).toEqual(orders.map((o) => expectedOrder('pdd', o, { ids: ['productId', 'outerId'], orderAfterSale: true })));
    // 无售后或售后取消 says there is no case: it is not kept as status text.
    expect(r.orders.some((o) => o.statusText.includes('售后'))).toBe(false);
  });

  it('xlsx: Qianniu’s workbook (订单报表 + 销售明细 + 发货报表), Douyin’s with a title row, PDD’s with （元）', async () => {
    const tb = S.sampleOrders('taobao', 12, 7);
    const dy = S.sampleOrders('douyin', 12, 8);
    const pdd = S.sampleOrders('pdd', 12, 9);
    const r = await parseExportFiles([
      { name: 'a.xlsx', data: await S.taobaoWorkbook(tb) },
      { name: 'b.xlsx', data: await S.douyinWorkbook(dy) },
      { name: 'c.xlsx', data: await S.pddWorkbook(pdd) },
    ]);
    expect(r.rejected).toEqual([]);
    expect(r.files.map((f) => f.ok && f.tables.map((t) => `${t.sheet}:${t.kind}`))).toEqual([
      ['订单报表:taobao-orders', '销售明细:taobao-lines'],
      ['Sheet1:douyin-orders'],
      ['订单列表:pdd-orders'],
    ]);
    const got = byId(r);
    for (const o of tb) expect(core(got.get(`taobao:${o.orderId}`)!)).toEqual(expectedOrder('taobao', o, { ids: ['outerId'], lineAfterSale: true }));
    for (const o of dy) expect(core(got.get(`douyin:${o.orderId}`)!)).toEqual(expectedOrder('douyin', o, { ids: ['productId', 'outerId'], lineAfterSale: true }));
    for (const o of pdd) expect(core(got.get(`pdd:${o.orderId}`)!)).toEqual(expectedOrder('pdd', o, { ids: ['productId', 'outerId'], orderAfterSale: true }));
  }, 30_000);

  it('every order passes the stored orders’ schema untouched (an empty buyer where the export has no nickname)', async () => {
    const r = await parseExportFiles([
      { name: 'o.csv', data: S.taobaoOrderReport(S.sampleOrders('taobao', 30, 10)) },
      { name: 'l.csv', data: S.taobaoItemReport(S.sampleOrders('taobao', 30, 10)) },
      { name: 'd.csv', data: S.douyinExport(S.sampleOrders('douyin', 30, 11)) },
      { name: 'j.csv', data: S.jdExport(S.sampleOrders('jd', 30, 12)) },
      { name: 'p.csv', data: S.pddExport(S.sampleOrders('pdd', 30, 13)) },
    ]);
    expect(r.orders).toHaveLength(120);
    for (const o of r.orders) {
      expect(ImportedOrderSchema.parse(o)).toEqual(o);
      // OrderSchema accepts buyer '' (an order from an export without a nickname column): what is stored.
      expect(OrderSchema.parse(o)).toEqual(o);
    }
    expect(new Set(r.orders.filter((o) => !o.buyer).map((o) => o.platform))).toEqual(new Set(['douyin', 'pdd']));
  });

  it('never lets a receiver’s name, phone or address through, and names the columns it left out', async () => {
    const r = await parseExportFiles([
      { name: 'o.csv', data: S.taobaoOrderReport(S.sampleOrders('taobao', 5)) },
      { name: 'd.csv', data: S.douyinExport(S.sampleOrders('douyin', 5)) },
      { name: 'j.csv', data: S.jdExport(S.sampleOrders('jd', 5)) },
      { name: 'p.csv', data: S.pddExport(S.sampleOrders('pdd', 5)) },
      { name: 'w.xlsx', data: await S.taobaoWorkbook(S.sampleOrders('taobao', 5, 2)) },
    ]);
    const text = JSON.stringify(r);
    for (const secret of [S.RECEIVER_NAME, S.RECEIVER_PHONE, S.RECEIVER_ADDRESS, '文三路', '1381234', 'wxm_pay', '密文']) {
      expect(text).not.toContain(secret);
    }
    const personal = r.files.flatMap((f) => (f.ok ? f.tables.flatMap((t) => t.personalColumns) : []));
    expect(personal).toEqual(expect.arrayContaining(['收货人姓名', '收货地址', '联系手机', '收件人手机号', '详细地址', '客户姓名', '客户地址', '用户购买手机号', '身份证号码']));
  }, 30_000);

  it('capturedAt is the file’s lastModified (the newest of a joined order’s files); url names the files', async () => {
    const tb = S.sampleOrders('taobao', 3);
    const r = await parseExportFiles(
      [
        { name: 'o.csv', data: S.taobaoOrderReport(tb), lastModified: Date.UTC(2025, 11, 1) },
        { name: 'l.csv', data: S.taobaoItemReport(tb), lastModified: Date.UTC(2025, 11, 2) },
        { name: 'j.csv', data: S.jdExport(S.sampleOrders('jd', 1)) },
      ],
      { now: Date.UTC(2025, 11, 5) },
    );
    const tbOrder = r.orders.find((o) => o.platform === 'taobao')!;
    expect(tbOrder.capturedAt).toBe(Date.UTC(2025, 11, 2));
    expect(tbOrder.url).toBe('import:o.csv,l.csv');
    expect(r.orders.find((o) => o.platform === 'jd')!.capturedAt).toBe(Date.UTC(2025, 11, 5));
  });
});
