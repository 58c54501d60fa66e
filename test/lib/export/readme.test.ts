import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  customersExporter,
  ordersExporter,
  productsExporter,
  rejectedRowsExporter,
  skuCodesExporter,
  stockExporter,
  stockMovesExporter,
  titlesExporter,
  type Exporter,
} from '../../../lib/export';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** The README's export table: file name (the first word of the row) → the columns it lists, in order. */
function documented(): Map<string, string[]> {
  const section = README.slice(README.indexOf('## 导出 CSV / Export'), README.indexOf('## Tests and benchmarks'));
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 5 || !cells[3]?.includes('、')) continue;
    rows.set(cells[1]!.split(' ')[0]!, cells[3]!.replace(/ \(.*\)$/, '').split('、'));
  }
  return rows;
}

const EXPORTERS: Exporter<never, never>[] = [
  ordersExporter,
  productsExporter,
  customersExporter(365),
  stockExporter,
  stockMovesExporter,
  skuCodesExporter,
  titlesExporter,
  rejectedRowsExporter(),
] as unknown as Exporter<never, never>[];

describe('README 导出 CSV section', () => {
  it('lists every file with exactly its columns', () => {
    const docs = documented();
    expect([...docs.keys()]).toEqual(EXPORTERS.map((e) => e.title.zh));
    for (const e of EXPORTERS) expect(docs.get(e.title.zh), e.id).toEqual(e.columns.map((c) => c.zh));
  });
});
