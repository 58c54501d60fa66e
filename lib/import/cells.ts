/**
 * Cell and header text of the consoles' exports, cleaned of their anti-spreadsheet wrapping: Taobao writes ids
 * as `="…"` (research §1.6), Douyin prefixes ids and text with a tab (§2.6), PDD leaves tabs inside values
 * (§4.5), Taobao prefixes phone numbers with `'`, and Douyin writes `-` for an empty cell.
 */

/** A header as a key: no spaces or tabs (Taobao's `"收货地址 "`), ASCII parentheses (`（元）`), lower-case Latin (`商品id`). */
export function headerKey(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/^="(.*)"$/, '$1')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase();
}

const EMPTY = /^(?:-|--|—|null|NULL|\/)$/;

/**
 * A value cell as text: `="…"` unwrapped, tabs and line breaks to spaces, spaces squashed, `-` and `--` (Douyin's
 * empty) to ''. Never a number: ids stay strings.
 */
export function cellText(raw: string): string {
  // Most cells need nothing but a trim: skip the replacements for them (a 100k-row file has a million cells).
  if (!NEEDS_WORK.test(raw)) {
    const v = raw.trim();
    return v.length <= 4 && EMPTY.test(v) ? '' : v;
  }
  let v = raw;
  if (v.startsWith('=')) v = v.replace(/^="(.*)"$/s, '$1');
  v = v.replace(/[\t\r\n\u00a0\u3000]+/g, ' ').replace(/ {2,}/g, ' ').trim();
  if (v.startsWith("'")) v = v.slice(1).trim();
  return EMPTY.test(v) ? '' : v;
}

const NEEDS_WORK = /[\t\r\n\u00a0\u3000'=]| {2}/;

/** An id or code cell: every space removed (`"\t9001"`, `"1234 "`), so only the id's own characters remain. */
export function idText(raw: string): string {
  return cellText(raw).replace(/\s+/g, '');
}

/** An order id as the consoles print it; a value Excel turned into `1.23457E+18` is not one. */
export const ORDER_ID = /^\d[\d-]*$/;
/** A spreadsheet that re-saved a long id as a number: its digits are lost. */
export const SCIENTIFIC = /^\d(?:\.\d+)?e\+?\d+$/i;
