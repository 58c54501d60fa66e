import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { describeImportError, parseExportFiles, readExportFile, type ReadResult } from '../../../lib/import';
import * as S from './sample-exports';

const errorOf = (r: ReadResult) => (r.ok ? undefined : r.error);

describe('damaged, foreign and oversized files: a reason each, never a throw', () => {
  it('a CSV cut off inside a quoted cell: the rows before it import, the cut row is rejected with its row number', async () => {
    const orders = S.sampleOrders('douyin', 30, 21);
    const full = S.douyinExport(orders);
    const text = new TextDecoder().decode(full);
    const cut = text.lastIndexOf('"\t', text.length - 5) + 4; // inside the last row's last quoted cell
    const r = await parseExportFiles([{ name: 'cut.csv', data: new TextEncoder().encode(text.slice(0, cut)) }]);
    expect(r.files[0]).toMatchObject({ ok: true, tables: [{ truncated: true }] });
    const lastRow = text.slice(0, cut).split('\n').length;
    expect(r.rejected).toEqual([expect.objectContaining({ file: 'cut.csv', index: lastRow, problems: [expect.objectContaining({ field: 'row' })] })]);
    expect(r.orders.length).toBeGreaterThanOrEqual(orders.length - 1);
  });

  it('a truncated or corrupted xlsx is “damaged”', async () => {
    const book = await S.pddWorkbook(S.sampleOrders('pdd', 50));
    expect(errorOf(await readExportFile(book.slice(0, Math.floor(book.length / 2)), { name: 'half.xlsx' }))?.code).toBe('damaged');
    const garbled = book.slice();
    garbled.fill(0xff, 200, 600);
    expect(errorOf(await readExportFile(garbled, { name: 'bad.xlsx' }))?.code).toBe('damaged');
  }, 30_000);

  it('binary, old .xls, empty and unrelated files are refused with their reason', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(errorOf(await readExportFile(png))?.code).toBe('binary');
    expect(errorOf(await readExportFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])))?.code).toBe('xls');
    expect(errorOf(await readExportFile(new Uint8Array()))?.code).toBe('empty');
    const bill = new TextEncoder().encode('动账时间,动账金额,订单号\n2026-09-03 08:00:00,9.00,6917926768823643799\n');
    expect(errorOf(await readExportFile(bill))).toEqual({ code: 'not-an-export', firstRow: ['动账时间', '动账金额', '订单号'] });
  });

  it('text in an encoding that is neither UTF-8 nor GBK is refused as such (Shift-JIS, Big5 read as GBK give no known header)', async () => {
    const sjis = new Uint8Array(iconv.encode(S.JD_HEADER.join(',') + '\r\n1,2\r\n', 'shift_jis'));
    expect(['bad-encoding', 'not-an-export']).toContain(errorOf(await readExportFile(sjis))?.code);
    const noise = new Uint8Array(4000).map((_, i) => 0x80 + ((i * 37) % 0x7f));
    expect(['bad-encoding', 'not-an-export']).toContain(errorOf(await readExportFile(noise))?.code);
  });

  it('refuses a file over the limit before reading it', async () => {
    let read = false;
    const big = new Blob([new Uint8Array(2048)]);
    Object.defineProperty(big, 'arrayBuffer', { value: () => ((read = true), Promise.reject(new Error('read'))) });
    const error = errorOf(await readExportFile(big, { name: 'huge.csv', maxBytes: 1024 }));
    expect(error).toEqual({ code: 'too-large', bytes: 2048, maxBytes: 1024 });
    expect(read).toBe(false);
    expect(describeImportError(error!)).toContain('文件太大');
    expect(describeImportError(error!, 'en')).toContain('too large');
  });

  it('a file the browser cannot read (moved while importing) is “unreadable”', async () => {
    const blob = new Blob(['x']);
    Object.defineProperty(blob, 'arrayBuffer', { value: () => Promise.reject(new DOMException('The file changed', 'NotReadableError')) });
    expect(errorOf(await readExportFile(blob))).toEqual({ code: 'unreadable', detail: 'The file changed' });
  });

  it('ids that a spreadsheet turned into 4.01235E+18 are rejected with the raw value, never imported as another id', async () => {
    const text = new TextDecoder('gb18030').decode(S.taobaoItemReport(S.sampleOrders('taobao', 3)));
    const lines = text.split('\r\n');
    lines[2] = lines[2]!.replace(/^="\d+"/, '4.01235E+18');
    const r = await readExportFile(new Uint8Array(iconv.encode(lines.join('\r\n'), 'gbk')), { name: 'resaved.csv' });
    expect(r.ok && r.tables[0]!.rejected).toEqual([
      expect.objectContaining({ file: 'resaved.csv', index: 3, problems: [{ field: 'orderId', problem: 'invalid', raw: '4.01235E+18' }] }),
    ]);
  });

  it('a file of the other half of a Taobao pair is imported with what it has and a note', async () => {
    const tb = S.sampleOrders('taobao', 4);
    const heads = await parseExportFiles([{ name: 'o.csv', data: S.taobaoOrderReport(tb) }]);
    expect(heads.notes).toEqual([{ code: 'taobao-orders-without-lines', orders: 4 }]);
    expect(heads.orders.map((o) => [o.items.length, o.items[0]!.title, o.items[0]!.quantity])).toEqual(
      tb.map((o) => [1, o.lines.map((l) => l.title).join('，'), o.lines.reduce((n, l) => n + l.quantity, 0)]),
    );
    const lines = await parseExportFiles([{ name: 'l.csv', data: S.taobaoItemReport(tb) }]);
    expect(lines.notes).toEqual([{ code: 'taobao-lines-without-orders', orders: 4 }]);
    expect(lines.orders).toEqual([]);
    expect(lines.rejected[0]!.problems.map((p) => p.field)).toEqual(['placedAt', 'paid']);
  });

  it('random bytes and random edits of real files never throw', async () => {
    const base = S.jdExport(S.sampleOrders('jd', 5));
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.nat(), async (noise, at) => {
        const edited = base.slice();
        edited.set(noise.subarray(0, Math.max(0, edited.length - (at % edited.length))), at % edited.length);
        for (const data of [noise, edited]) {
          const r = await parseExportFiles([{ name: 'x', data }]);
          expect(r.aborted).toBe(false);
          for (const f of r.files) if (!f.ok) expect(describeImportError(f.error)).toBeTruthy();
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
