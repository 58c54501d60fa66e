import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvChunks, ordersExporter, productsExporter, toCsv, type CsvChunk } from '../../../lib/export';
import { order, product } from '../../support/records';

const TRICKY_TITLE = '连衣裙女夏季, 2025新款 "爆款"\n第二行';

function parse(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(BOM.length), { newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('toCsv', () => {
  it('starts with the UTF-8 BOM, ends rows with CRLF and never with a bare LF outside quotes', () => {
    const csv = toCsv(ordersExporter, [order()]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes Chinese headers by default and English on request', () => {
    const [zh] = parse(toCsv(productsExporter, []));
    expect(zh).toEqual(['平台', '商品ID', 'SKU ID', '商品标题', '规格', '商家编码', '价格(元)', '库存', '近30天销量', '状态', '页面状态原文', '上架时间', '采集时间']);
    const [en] = parse(toCsv(productsExporter, [], 'en'));
    expect(en?.[0]).toBe('Platform');
    expect(en).toHaveLength(zh!.length);
  });

  it('quotes commas, quotes and newlines in titles so the text comes back whole', () => {
    const o = order({ items: [{ title: TRICKY_TITLE, spec: '颜色:黑色,尺码:M', quantity: 1, priceFen: 12900 }] });
    const csv = toCsv(ordersExporter, [o]);
    expect(csv).toContain('"连衣裙女夏季, 2025新款 ""爆款""\n第二行"');
    const [, row] = parse(csv);
    expect(row?.[8]).toBe(TRICKY_TITLE);
    expect(row?.[9]).toBe('颜色:黑色,尺码:M');
  });

  it('neutralises every formula start in scraped text, quoting the cell', () => {
    const evil = ['=HYPERLINK("http://x","点我")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', '\n=1+1'];
    const csv = toCsv(
      ordersExporter,
      evil.map((buyer, i) => order({ orderId: `40${i}`, buyer })),
    );
    for (const bad of evil) expect(csv).toContain(`"'${bad.replace(/"/g, '""')}"`);
    const rows = parse(csv).slice(1);
    expect(rows.map((r) => r[3])).toEqual(evil.map((e) => `'${e}`));
  });

  it('writes amounts (even negative ones) as plain numbers, ids as ="…" with all 19 digits, times in Shanghai', () => {
    const o = order({ orderId: '4590500607641348686', paidFen: 129900, placedAt: Date.UTC(2025, 3, 3, 6, 22, 1) });
    const [, row] = parse(toCsv(ordersExporter, [o]));
    expect(row?.[1]).toBe('="4590500607641348686"');
    expect(row?.[2]).toBe('2025-04-03 14:22:01');
    expect(row?.[6]).toBe('1299.00');
    expect(row?.[14]).toBe('209.00');
    expect(row?.[15]).toBe('418.00');
    const line = toCsv(ordersExporter, [o]).split('\r\n')[1]!;
    expect(line).toContain(',1299.00,'); // unquoted: a number to the spreadsheet
    expect(line.startsWith('"淘宝/天猫",')).toBe(true); // text columns are always quoted
    expect(line).toContain('"=""4590500607641348686"""');
  });

  it('writes one row per order line with the order’s fields on each', () => {
    const o = order({
      items: [
        { title: '羽绒服', spec: 'M', quantity: 1, priceFen: 39900 },
        { title: '围巾', spec: '', quantity: 2, priceFen: 5900, outerId: '0012' },
      ],
    });
    const rows = parse(toCsv(ordersExporter, [o])).slice(1);
    expect(rows.map((r) => [r[1], r[7], r[8], r[12], r[13], r[15]])).toEqual([
      ['="4012345678901234567"', '1', '羽绒服', '', '1', '399.00'],
      ['="4012345678901234567"', '2', '围巾', '="0012"', '2', '118.00'],
    ]);
  });
});

describe('csvChunks', () => {
  const orders = Array.from({ length: 2500 }, (_, i) => order({ orderId: String(4000000000000000000n + BigInt(i)) }));

  async function collect(it: AsyncIterable<CsvChunk>): Promise<CsvChunk[]> {
    const out: CsvChunk[] = [];
    for await (const c of it) out.push(c);
    return out;
  }

  it('yields chunks of N records with progress, and the chunks joined equal toCsv', async () => {
    const chunks = await collect(csvChunks(ordersExporter, orders, { chunkSize: 1000, total: orders.length }));
    expect(chunks.map((c) => [c.done, c.total, c.rows])).toEqual([
      [1000, 2500, 1000],
      [2000, 2500, 2000],
      [2500, 2500, 2500],
    ]);
    expect(chunks[0]!.text.startsWith(BOM)).toBe(true);
    expect(chunks[1]!.text.startsWith(BOM)).toBe(false);
    expect(chunks.map((c) => c.text).join('')).toBe(toCsv(ordersExporter, orders));
    expect(parse(chunks.map((c) => c.text).join(''))).toHaveLength(2501);
  });

  it('reads an async source page by page', async () => {
    const twoLines = orders.map((o) => ({ ...o, items: [...o.items, { title: '围巾', spec: '', quantity: 1, priceFen: 5900 }] }));
    async function* pages() {
      for (let i = 0; i < twoLines.length; i += 700) {
        await Promise.resolve();
        yield* twoLines.slice(i, i + 700);
      }
    }
    const chunks = await collect(csvChunks(ordersExporter, pages(), { chunkSize: 400 }));
    expect(chunks.map((c) => c.text).join('')).toBe(toCsv(ordersExporter, twoLines));
    expect(chunks.at(-1)).toMatchObject({ done: 2500, total: undefined, rows: 5000 });
  });

  it('gives a header-only file for an empty source', async () => {
    const chunks = await collect(csvChunks(productsExporter, [] as ReturnType<typeof product>[]));
    expect(chunks).toHaveLength(1);
    expect(parse(chunks[0]!.text)).toHaveLength(1);
  });

  it('stops between chunks when the signal aborts, reading no further', async () => {
    const controller = new AbortController();
    let read = 0;
    function* counted() {
      for (const o of orders) {
        read++;
        yield o;
      }
    }
    const seen: number[] = [];
    await expect(async () => {
      for await (const c of csvChunks(ordersExporter, counted(), { chunkSize: 500, signal: controller.signal })) {
        seen.push(c.done);
        if (c.done === 1000) controller.abort();
      }
    }).rejects.toThrow(expect.objectContaining({ name: 'AbortError' }));
    expect(seen).toEqual([500, 1000]);
    expect(read).toBe(1000);
  });

  it('does not start when already aborted', async () => {
    const gen = csvChunks(ordersExporter, orders, { signal: AbortSignal.abort() });
    await expect(gen.next()).rejects.toThrow(expect.objectContaining({ name: 'AbortError' }));
  });
});

describe('round trip through papaparse', () => {
  it('reads back every field of the demo-like records', () => {
    const p = product({ title: '"限时" 羽绒服, 加厚', outerId: '00981', sales30d: undefined, listedAt: undefined });
    const [header, row] = parse(toCsv(productsExporter, [p]));
    const rec = Object.fromEntries(header!.map((h, i) => [h, row![i]]));
    expect(rec).toEqual({
      平台: '淘宝/天猫',
      商品ID: '="731234567890"',
      'SKU ID': '',
      商品标题: '"限时" 羽绒服, 加厚',
      规格: '',
      商家编码: '="00981"',
      '价格(元)': '399.00',
      库存: '120',
      近30天销量: '',
      状态: '在售',
      页面状态原文: '出售中',
      上架时间: '',
      采集时间: '2025-08-01 08:00:00',
    });
  });
});
