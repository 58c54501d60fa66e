import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Capture } from '../../../lib/domain';
import { BOM, rejectedRowsExporter, toCsv } from '../../../lib/export';

const capture: Capture = {
  id: 7,
  platform: 'taobao',
  kind: 'orders',
  url: 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
  at: Date.UTC(2025, 7, 1, 2, 0, 5),
  read: 5,
  saved: 3,
  added: 3,
  rejected: 2,
  readerVersion: 4,
  rejectedRows: [
    {
      index: 3,
      key: '4590500607641348687',
      text: '=cmd|"/c calc"!A1 白鸭绒羽绒服',
      problems: [{ field: 'paidFen', problem: 'invalid', raw: '¥--' }],
    },
    {
      index: 4,
      key: '',
      text: '围巾 x1',
      problems: [
        { field: 'orderId', problem: 'missing', raw: '' },
        { field: 'items[0].price', problem: 'missing', raw: '' },
      ],
    },
  ],
};

function rows(csv: string): string[][] {
  return Papa.parse<string[]>(csv.slice(BOM.length), { skipEmptyLines: true }).data;
}

describe('rejected rows export', () => {
  it('writes one row per rejected row with its capture, reasons and a neutralised excerpt', () => {
    const [header, first, second] = rows(toCsv(rejectedRowsExporter(), [capture]));
    expect(header).toEqual(['采集时间', '平台', '列表', '行号', '订单/商品编号', '原因', '读到的内容', '读取器版本', '页面结构可能已变化', '页面地址']);
    expect(first).toEqual([
      '2025-08-01 10:00:05',
      '淘宝/天猫',
      '订单列表',
      '4',
      '="4590500607641348687"',
      'paidFen无法识别：“¥--”',
      `'=cmd|"/c calc"!A1 白鸭绒羽绒服`,
      '4',
      '',
      capture.url,
    ]);
    expect(second?.[4]).toBe('');
    expect(second?.[5]).toBe('orderId缺失；items[0].price缺失');
  });

  it('names fields in the seller’s words when the UI passes its field names', () => {
    const names: Record<string, string> = { orderId: '订单编号', 'items[0].price': '第 1 件商品的价格' };
    const [, , second] = rows(toCsv(rejectedRowsExporter((p) => names[p] ?? p), [capture]));
    expect(second?.[5]).toBe('订单编号缺失；第 1 件商品的价格缺失');
    const [, en] = rows(toCsv(rejectedRowsExporter(), [{ ...capture, drift: { reason: 'same-field', expected: [], missing: ['paidFen'], sample: '', readerVersion: 4 } }], 'en'));
    expect(en?.[5]).toBe('paidFen unreadable: “¥--”');
    expect(en?.[8]).toBe('yes');
  });
});
