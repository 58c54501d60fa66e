import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { LIMITS, OrderSchema } from '../../../lib/domain';
import { DEFAULT_MAX_IMPORT_BYTES, describeImportError, parseExportFiles, readExportFile, type ImportData } from '../../../lib/import';
import * as S from './sample-exports';

// Import files get the capture's treatment of hostile input (issue 13 §7): values past the schemas' bounds are
// rejected row by row with their reason, a 1 GB file is refused by its size before a byte is read, and a file
// of the wrong encoding or cut anywhere gives a reason, never a throw.

/** A File as the panel hands it over: 1 GB, and every way of reading it fails loudly (so a read would show). */
function hugeFile(bytes = 1024 ** 3): { file: ImportData; reads: () => number } {
  let reads = 0;
  const touch = () => {
    reads++;
    throw new Error('read a 1 GB file');
  };
  const file = new Blob(['x']);
  const fields = { name: 'ExportOrderList.csv', size: bytes, type: 'text/csv', lastModified: Date.UTC(2026, 0, 1) };
  for (const [key, value] of Object.entries(fields)) Object.defineProperty(file, key, { value });
  for (const method of ['arrayBuffer', 'text', 'stream', 'slice', 'bytes']) Object.defineProperty(file, method, { value: touch });
  return { file, reads: () => reads };
}

describe('hostile import files', () => {
  it('refuses a 1 GB file by its size, politely, before reading any of it', async () => {
    const { file, reads } = hugeFile();
    const one = await readExportFile(file, { name: 'ExportOrderList.csv' });
    expect(one).toEqual({ ok: false, file: 'ExportOrderList.csv', error: { code: 'too-large', bytes: 1024 ** 3, maxBytes: DEFAULT_MAX_IMPORT_BYTES } });
    const all = await parseExportFiles([{ name: 'ExportOrderList.csv', data: file }, { name: 'jd.csv', data: S.jdExport(S.sampleOrders('jd', 3)) }]);
    expect(reads()).toBe(0);
    // The other file of the same import still goes in.
    expect(all.files.map((f) => f.ok)).toEqual([false, true]);
    expect(all.orders).toHaveLength(3);
    const said = describeImportError({ code: 'too-large', bytes: 1024 ** 3, maxBytes: DEFAULT_MAX_IMPORT_BYTES });
    expect(said).toContain('文件太大');
    expect(said).not.toMatch(/Error|undefined|NaN/);
  });

  it('rejects each row past a bound with its reason and imports the rest', async () => {
    const orders = S.sampleOrders('jd', 8, 5, 1);
    const hostile = [
      { ...orders[0]!, lines: [{ ...orders[0]!.lines[0]!, title: '羽'.repeat(200_000) }] },
      { ...orders[1]!, buyer: 'b'.repeat(LIMITS.buyer + 1) },
      { ...orders[2]!, lines: [{ ...orders[2]!.lines[0]!, priceFen: LIMITS.fen + 100, quantity: 1 }], paidFen: LIMITS.fen + 100 },
      { ...orders[3]!, lines: [{ ...orders[3]!.lines[0]!, quantity: 2 * LIMITS.count }] },
      { ...orders[4]!, placedAt: '1900-01-01 00:00:00' },
      { ...orders[5]!, placedAt: '2200-01-01 00:00:00' },
      ...orders.slice(6),
    ];
    const r = await parseExportFiles([{ name: 'jd.csv', data: S.jdExport(hostile) }], { now: Date.UTC(2026, 0, 1) });
    expect(r.aborted).toBe(false);
    expect(r.orders.map((o) => o.orderId).sort()).toEqual(orders.slice(6).map((o) => o.orderId).sort());
    for (const o of r.orders) expect(OrderSchema.safeParse(o).success).toBe(true);
    const fields = new Map(r.rejected.map((row) => [row.key, row.problems.map((p) => p.field)]));
    expect(fields.get(orders[0]!.orderId)).toEqual(['items.0.title']);
    expect(fields.get(orders[1]!.orderId)).toEqual(['buyer']);
    expect(fields.get(orders[2]!.orderId)).toEqual(expect.arrayContaining(['paidFen']));
    expect(fields.get(orders[3]!.orderId)).toEqual(['items.0.quantity']);
    expect(fields.get(orders[4]!.orderId)).toEqual(['placedAt']);
    expect(fields.get(orders[5]!.orderId)).toEqual(['placedAt']);
    // Each rejection stays small, whatever the row held (the 200,000-character title).
    for (const row of r.rejected) expect(JSON.stringify(row).length).toBeLessThan(2_000);
  });

  it('a GBK export cut in the middle of a character, or read as the wrong encoding, gives reasons, never a throw', async () => {
    const full = S.jdExport(S.sampleOrders('jd', 20, 9));
    // Cut one byte into a two-byte GBK character of the last row.
    let cut = full.length - 1;
    while (cut > 0 && full[cut - 1]! < 0x80) cut--;
    const r = await parseExportFiles([{ name: 'cut.csv', data: full.slice(0, cut) }]);
    expect(r.aborted).toBe(false);
    expect(r.orders.length).toBeGreaterThanOrEqual(19);
    // The same text as UTF-16: no known header in any encoding ShopLens reads.
    const text = iconv.decode(Buffer.from(full), 'gbk');
    const utf16 = new Uint8Array(iconv.encode(text, 'utf16le'));
    const wrong = await readExportFile(utf16, { name: 'utf16.csv' });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(describeImportError(wrong.error)).toBeTruthy();
  });

  it('binary junk after a real header is rejected row by row, never imported', async () => {
    const header = new TextEncoder().encode(S.JD_HEADER.join(',') + '\r\n');
    const junk = new Uint8Array(20_000).map((_, i) => (i * 7919 + 13) % 256);
    const data = new Uint8Array(header.length + junk.length);
    data.set(header);
    data.set(junk, header.length);
    const r = await parseExportFiles([{ name: 'junk.csv', data }]);
    expect(r.aborted).toBe(false);
    expect(r.orders).toEqual([]);
    for (const f of r.files) if (!f.ok) expect(describeImportError(f.error)).toBeTruthy();
  });
});
