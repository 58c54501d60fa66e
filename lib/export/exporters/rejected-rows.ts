import type { Capture, RejectedRow, RowProblem } from '../../domain';
import { col, type ExportLang, type Exporter } from '../columns';
import { platformName } from '../labels';

/** One rejected row with the capture that logged it. */
export interface RejectedLine {
  capture: Capture;
  row: RejectedRow;
}

/** A rejected row's field path (`items[1].price`) in the file's words; the UI passes its i18n `field`. */
export type FieldName = (path: string, lang: ExportLang) => string;

function problemText(p: RowProblem, lang: ExportLang, name: FieldName): string {
  const field = name(p.field, lang);
  if (lang === 'zh') return p.problem === 'missing' ? `${field}缺失` : `${field}无法识别：“${p.raw}”`;
  return p.problem === 'missing' ? `${field} missing` : `${field} unreadable: “${p.raw}”`;
}

/**
 * The rows the readers could not store, one per rejected row of the capture log, with the reasons — what a
 * seller sends along when a console page stops reading right. The excerpt is what the reader read, never the
 * row's whole text (no receiver details).
 */
export function rejectedRowsExporter(fieldName: FieldName = (path) => path): Exporter<Capture, RejectedLine> {
  return {
    id: 'rejected-rows',
    title: { zh: '未保存的行', en: 'Rejected rows' },
    columns: [
      col('采集时间', 'Captured at', 'time', (r) => r.capture.at),
      col('平台', 'Platform', 'text', (r, l) => platformName(r.capture.platform, l)),
      col('列表', 'List', 'text', (r, l) =>
        r.capture.kind === 'orders' ? (l === 'zh' ? '订单列表' : 'orders') : l === 'zh' ? '商品列表' : 'products',
      ),
      col('行号', 'Row', 'int', (r) => r.row.index + 1),
      col('订单/商品编号', 'Order/product ID', 'id', (r) => r.row.key),
      col('原因', 'Reasons', 'text', (r, l) =>
        r.row.problems.map((p) => problemText(p, l, fieldName)).join(l === 'zh' ? '；' : '; '),
      ),
      col('读到的内容', 'What was read', 'text', (r) => r.row.text),
      col('读取器版本', 'Reader version', 'int', (r) => r.capture.readerVersion),
      col('页面结构可能已变化', 'Page may have changed', 'text', (r, l) =>
        r.capture.drift ? (l === 'zh' ? '是' : 'yes') : '',
      ),
      col('页面地址', 'Page URL', 'text', (r) => r.capture.url),
    ],
    *rows(capture) {
      for (const row of capture.rejectedRows) yield { capture, row };
    },
  };
}
