/**
 * How one value is written into a CSV cell. A column says what kind its values are, so a spreadsheet opens
 * each the way a seller expects: money and counts as numbers, times in Asia/Shanghai, ids as text with every
 * digit, and scraped text neutralised so no cell runs as a formula.
 */
export type CellKind = 'text' | 'id' | 'money' | 'int' | 'decimal' | 'time' | 'date';

/** What a column's value function may return; `undefined`/`null` is an empty cell. */
export type CellValue = string | number | undefined | null;

const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const p2 = (n: number) => String(n).padStart(2, '0');

/**
 * A text cell whose first character makes Excel, WPS or LibreOffice read it as a formula (`= + - @`, tab, CR,
 * LF) is prefixed with a single quote and quoted (OWASP CSV injection guidance), so a scraped title such as
 * `=HYPERLINK(…)` stays text. The writer quotes every cell that starts with `'` (see csv.ts).
 */
export const FORMULA_START = /^[=+\-@\t\r\n]/;

/** Text as the cell shows it, neutralised when it could start a formula. */
export function textCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Ids and codes that start with a digit (a 19-digit Taobao order id, a 商家编码 `0012`, a JD `2504-1`) would be
 * read as numbers or dates and lose digits (Excel keeps 15), leading zeros or their form. Written as
 * `="…"` — the form Taobao's own exports use — Excel, WPS and LibreOffice show the exact text. Only ids made
 * of letters, digits and `. _ / : -` are wrapped, so nothing inside the quotes can be a formula; anything else
 * is ordinary (neutralised) text.
 */
const SPREADSHEET_WOULD_CONVERT = /^[0-9][0-9A-Za-z._/:-]*$/;
export function idCell(value: string): string {
  return SPREADSHEET_WOULD_CONVERT.test(value) ? `="${value}"` : textCell(value);
}

/** Integer fen → yuan with two decimals (`129900` → `1299.00`), by integer arithmetic, never through floats. */
export function moneyCell(fen: number): string {
  const whole = Math.round(fen);
  const abs = Math.abs(whole);
  const cents = abs % 100;
  return `${whole < 0 ? '-' : ''}${Math.floor(abs / 100)}.${p2(cents)}`;
}

/** Epoch ms → `2025-04-03 14:22:01` in Asia/Shanghai (fixed +08:00: China has no daylight saving). */
export function timeCell(ms: number): string {
  const d = new Date(ms + SHANGHAI_OFFSET_MS);
  return `${dateOf(d)} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

/** Epoch ms → the Asia/Shanghai calendar day `2025-04-03`. */
export function dateCell(ms: number): string {
  return dateOf(new Date(ms + SHANGHAI_OFFSET_MS));
}

function dateOf(d: Date): string {
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
}

/**
 * One value → the cell's text. Numbers of the numeric kinds are written plainly (a negative amount is a
 * number, not text to neutralise); a value that does not fit its kind (NaN, a string in a money column) is
 * written as neutralised text rather than dropped, so nothing is silently lost.
 */
export function formatCell(kind: CellKind, value: CellValue, digits = 1): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    switch (kind) {
      case 'money':
        return moneyCell(value);
      case 'int':
        return String(Math.round(value));
      case 'decimal':
        return Number.isInteger(value) ? String(value) : value.toFixed(digits);
      case 'time':
        return timeCell(value);
      case 'date':
        return dateCell(value);
      case 'id':
        return idCell(String(value));
      case 'text':
        return textCell(String(value));
    }
  }
  return kind === 'id' ? idCell(value) : textCell(value);
}
