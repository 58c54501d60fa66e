import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ordersExporter, toCsv } from '../../../lib/export';
import { order } from '../../support/records';

/**
 * Opens an exported file in a real spreadsheet program, LibreOffice Calc headless (Debian package
 * libreoffice-calc-nogui, installed by .ci/run), with the import options Excel uses for a UTF-8 CSV with BOM:
 * comma-separated, UTF-8, quoted fields not forced to text, special numbers (dates) detected, formulas
 * evaluated. The sheet is saved as flat ODF XML and read back cell by cell.
 */
function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}
const SOFFICE = hasSoffice();
if (!SOFFICE) console.warn('libreoffice.test.ts skipped: soffice (LibreOffice) is not installed here; .ci/run installs it');

// Tokens: separator ',' (44), text delimiter '"' (34), UTF-8 (76), from line 1, no column formats, zh-CN (2052),
// quoted field as text: false, detect special numbers: true, three export-only tokens, sheet -1, evaluate formulas: true.
const EXCEL_LIKE_CSV = 'CSV:44,34,76,1,,2052,false,true,false,false,false,-1,true';

interface Cell {
  type: string;
  text: string;
  formula?: string;
  value?: string;
}

const decode = (s: string) =>
  s
    .replace(/<text:tab\/>/g, '\t')
    .replace(/<text:line-break\/>/g, '\n')
    .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n: string | undefined) => ' '.repeat(Number(n ?? 1)))
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The first sheet of a flat ODF spreadsheet as rows of cells. */
function readFods(xml: string): Cell[][] {
  const rows: Cell[][] = [];
  for (const [, body] of xml.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
    const cells: Cell[] = [];
    for (const [, attrs, , content = ''] of body!.matchAll(
      /<table:table-cell([^>]*?)(\/>|>([\s\S]*?)<\/table:table-cell>)/g,
    )) {
      const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs!)?.[1];
      const repeat = Number(attr('table:number-columns-repeated') ?? 1);
      const paragraphs = [...content.matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map((m) => decode(m[1]!));
      const cell: Cell = { type: attr('office:value-type') ?? 'empty', text: paragraphs.join('\n') };
      const formula = attr('table:formula');
      if (formula) cell.formula = decode(formula);
      const value = attr('office:value') ?? attr('office:string-value') ?? attr('office:date-value');
      if (value !== undefined) cell.value = decode(value);
      for (let i = 0; i < Math.min(repeat, 50); i++) cells.push(cell);
    }
    rows.push(cells);
  }
  return rows;
}

const dir = mkdtempSync(join(tmpdir(), 'shoplens-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Converts CSV files to flat ODF with LibreOffice (own profile, so parallel runs never share one) and reads them. */
function openInCalc(files: Record<string, string>): Record<string, Cell[][]> {
  const paths = Object.entries(files).map(([name, text]) => {
    const path = join(dir, `${name}.csv`);
    writeFileSync(path, text, 'utf8');
    return path;
  });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      `--infilter=${EXCEL_LIKE_CSV}`,
      '--convert-to',
      'fods',
      '--outdir',
      dir,
      ...paths,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return Object.fromEntries(Object.keys(files).map((name) => [name, readFods(readFileSync(join(dir, `${name}.fods`), 'utf8'))]));
}

const ORDER_ID = '4590500607641348686'; // 19 digits: a double keeps ~15-17, so a number cell would lose the end
const TITLE = '全棉四件套, 60支 "长绒棉" 床单';
const FORMULA = '=HYPERLINK("http://evil.example","点我领券")';

describe.skipIf(!SOFFICE)('an exported orders file opened in LibreOffice Calc', () => {
  it('keeps the 19-digit order id, the title with a comma and quotes, a neutralised formula as text, amounts and times as values', () => {
    const exported = toCsv(ordersExporter, [
      order({
        orderId: ORDER_ID,
        buyer: FORMULA,
        paidFen: 129900,
        placedAt: Date.UTC(2025, 3, 3, 6, 22, 1),
        items: [{ title: TITLE, spec: '规格:1.5m床', productId: '775675537626', outerId: '0012', quantity: 1, priceFen: 129900 }],
      }),
    ]);
    // The control: the same row written naively (no neutralisation, the id as a bare number). It proves this
    // reading would see a formula and a mangled id if the exporter wrote them.
    const naive = `\uFEFF订单编号,买家昵称\r\n${ORDER_ID},"${FORMULA.replace(/"/g, '""')}"\r\n`;
    const { exported: sheet, naive: control } = openInCalc({ exported, naive });

    const [header, row] = sheet as [Cell[], Cell[]];
    const at = (name: string) => row[header.findIndex((h) => h.text === name)]!;
    expect(header.slice(0, 3).map((h) => h.text)).toEqual(['平台', '订单编号', '下单时间']);

    expect(at('订单编号').type).toBe('string');
    expect(at('订单编号').text).toBe(ORDER_ID);
    expect(at('商家编码').text).toBe('0012');
    expect(at('商品ID').text).toBe('775675537626');

    expect(at('商品标题')).toEqual({ type: 'string', text: TITLE });

    expect(at('买家昵称').type).toBe('string');
    expect(at('买家昵称').formula).toBeUndefined();
    expect(at('买家昵称').text).toBe(`'${FORMULA}`);

    expect(at('实付金额(元)')).toMatchObject({ type: 'float', value: '1299' });
    expect(at('下单时间')).toMatchObject({ type: 'date', value: '2025-04-03T14:22:01' });

    const [, naiveRow] = control as [Cell[], Cell[]];
    expect(naiveRow[0]!.type).toBe('float');
    expect(naiveRow[0]!.value).not.toBe(ORDER_ID);
    expect(naiveRow[1]!.formula).toContain('HYPERLINK');
  }, 120_000);
});
