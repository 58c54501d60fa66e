/**
 * Id text → the id as a string. Ids stay strings: Taobao's 19-digit order ids do not fit a JS number.
 * Strips the wrapping seen in pages and exports (`="…"`, quotes, tabs, labels such as `订单编号：`, `ID:`);
 * keeps the hyphen of Pinduoduo order numbers (`250403-123456789012345`). Returns undefined when no id-like
 * token (at least 4 digits) is found.
 */
export function parseId(text: string): string | undefined {
  const m = /\d[\d-]{2,}\d/.exec(text.replace(/[="'\t\s]/g, ' '));
  return m ? m[0] : undefined;
}

/** The seller's own code (商家编码/货号) without its label (`商家编码：`, `编码:`, `货号：`); '-' and empty mean none. */
export function parseOuterId(text: string | undefined): string {
  const v =
    (text ?? '')
      .replace(/^\s*(?:商家编码|商品编码|外部编码|SKU编码|规格编码|编码|货号)?\s*[:：]?\s*/, '')
      .trim()
      .split(/\s+/)[0] ?? '';
  return v === '-' || v === '--' || v === '无' ? '' : v;
}
