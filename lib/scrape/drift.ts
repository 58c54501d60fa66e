import type { Drift, RejectedRow } from '../domain';
import { cellsOf } from './grid';
import { findHeader } from './headers';
import { ROW_SELECTOR } from './table-scope';
import { textOf, textPieces } from './text';

/**
 * What a list page shows when it holds records, and when it is simply empty: the drift alarm
 * (detectDrift below) compares them with what the reader found.
 */
export interface ListSigns {
  /** Texts only a record shows: its label with a value (`订单编号 6921…`, `ID: 3712…`). */
  records: RegExp[];
  /** Column headers only the list has (`实收款`, `库存`): with data rows under them, the list has records. */
  headers: RegExp[];
  /** The list's empty state (`没有符合条件的宝贝`, `暂无数据`): no records, and that is not drift. */
  empty: RegExp;
}

/** What one read of a list page gave, for the drift check. */
export interface ReadOutcome {
  /** Rows the reader found. */
  read: number;
  /** The rows that could not be parsed, with their problems. */
  rejected: RejectedRow[];
  /** PlatformAdapter.version of the reader. */
  readerVersion: number;
}

const SAMPLE_CHARS = 60;

/** A field path without the item's position: `items[3].price` → `items[].price`. */
const fieldKey = (path: string) => path.replace(/\[\d+\]/g, '[]');

/** The record signs the page shows (a label with its value), each cut to the label and a little after it. */
function recordSigns(pieces: string[], signs: ListSigns): string[] {
  const out: string[] = [];
  for (const re of signs.records) {
    for (const piece of pieces) {
      const m = re.exec(piece);
      if (m) {
        out.push(piece.slice(m.index, m.index + Math.max(m[0].length, SAMPLE_CHARS)).trim());
        break;
      }
    }
  }
  return out;
}

const MONEY = /[¥￥]\s*\d/;

/**
 * The list's headers, when data stands under them (an empty list keeps its header, with no data): a header
 * row over rows of cells with text, or — when the page no longer draws rows the reader knows — a header word
 * of the list on the page beside several amounts.
 */
function headerSigns(root: ParentNode, signs: ListSigns, pieces: string[]): string[] {
  const words = pieces.filter((p) => p.length <= 12 && signs.headers.some((re) => re.test(p)));
  if (words.length > 0 && pieces.filter((p) => MONEY.test(p)).length >= 2) return [`表头：${words[0]}`];
  return headerRowSigns(root, signs);
}

function headerRowSigns(root: ParentNode, signs: ListSigns): string[] {
  const map = Object.fromEntries(signs.headers.map((re, i) => [`h${i}`, re]));
  const found = findHeader(root, map);
  if (!found) return [];
  const table = found.row.closest('table, [role="table"], [role="grid"], [role="treegrid"]');
  const scope = table?.parentElement?.parentElement ?? table ?? root;
  const dataRows = [...scope.querySelectorAll(ROW_SELECTOR)].filter(
    (r) => r !== found.row && !r.closest('thead') && cellsOf(r).length >= 3 && textOf(r) !== '',
  );
  if (dataRows.length === 0) return [];
  return Object.keys(found.columns).map((k) => `表头：${textOf(cellsOf(found.row)[found.columns[k]!]) || k}`);
}

/**
 * The drift check of one read: undefined when the page read fine (or simply shows an empty list), else what
 * was expected and what was missing. Three signs that a console was redeployed under the reader: no rows
 * read although the page shows records (their labels with values, or the list's headers over data rows);
 * most rows rejected; every rejected row missing or garbling the same field (amounts drawn with an icon font).
 * A page that shows its empty state (`没有符合条件的宝贝`, `暂无数据`) is not drift. The sample never holds
 * receiver details: it is a record label's own text, or the excerpt of what the reader read.
 */
export function detectDrift(root: ParentNode, signs: ListSigns, outcome: ReadOutcome): Drift | undefined {
  const { read, rejected, readerVersion } = outcome;
  if (read === 0) {
    const pieces = textPieces(root);
    if (pieces.some((p) => signs.empty.test(p))) return undefined;
    const records = recordSigns(pieces, signs);
    const expected = [...records, ...headerSigns(root, signs, pieces)];
    if (expected.length === 0) return undefined;
    return { reason: 'no-rows', expected: expected.slice(0, 10), missing: [], sample: (records[0] ?? expected[0]!).slice(0, 300), readerVersion };
  }
  if (rejected.length === 0 || rejected.length * 2 <= read) return undefined;
  const counts = new Map<string, number>();
  for (const row of rejected) {
    for (const field of new Set(row.problems.map((p) => fieldKey(p.field)))) counts.set(field, (counts.get(field) ?? 0) + 1);
  }
  const missing = [...counts].filter(([, n]) => n * 2 > rejected.length).sort((a, b) => b[1] - a[1]).map(([f]) => f);
  const shared = [...counts].filter(([, n]) => n === rejected.length).map(([f]) => f);
  const reason = rejected.length >= 3 && shared.length > 0 ? 'same-field' : 'most-rejected';
  const sample = rejected[0]!;
  const raw = sample.problems.map((p) => `${p.field}: ${p.raw || '—'}`).join('; ');
  return {
    reason,
    expected: [`${read} 行`],
    missing: (reason === 'same-field' ? shared : missing).slice(0, 20),
    sample: [sample.text, raw].filter(Boolean).join(' | ').slice(0, 300),
    readerVersion,
  };
}
