import type { RowProblem } from '../../domain';
import { col, self, type Exporter } from '../columns';
import type { FieldName } from './rejected-rows';

/** A row or order an import left out (lib/import ImportRejectedRow, without importing the layer's type). */
export interface ImportRejectedLine {
  file: string;
  /** Spreadsheet row numbers of the rows concerned. */
  rows: number[];
  key: string;
  text: string;
  problems: RowProblem[];
}

function problemText(p: RowProblem, lang: 'zh' | 'en', name: FieldName): string {
  const field = name(p.field, lang);
  if (lang === 'zh') return p.problem === 'missing' ? `${field}缺失` : `${field}无法识别：“${p.raw}”`;
  return p.problem === 'missing' ? `${field} missing` : `${field} unreadable: “${p.raw}”`;
}

/**
 * The rows an import of export files left out, one per rejected row or order, with the file, its spreadsheet
 * row numbers (as Excel shows them) and the reasons — to fix the file or send it along. The excerpt is what
 * the import read of the row (only the columns ShopLens reads: never receiver details).
 */
export function importRejectedExporter(fieldName: FieldName = (path) => path): Exporter<ImportRejectedLine> {
  return {
    id: 'import-rejected',
    title: { zh: '导入未保存的行', en: 'Import rejected rows' },
    columns: [
      col('文件', 'File', 'text', (r) => r.file),
      col('行号', 'Rows', 'text', (r) => r.rows.join(', ')),
      col('订单编号', 'Order ID', 'id', (r) => r.key),
      col('原因', 'Reasons', 'text', (r, l) => r.problems.map((p) => problemText(p, l, fieldName)).join(l === 'zh' ? '；' : '; ')),
      col('读到的内容', 'What was read', 'text', (r) => r.text),
    ],
    rows: self,
  };
}
