/**
 * Title length as the consoles count it: the Taobao schema limits `title` to 60 bytes ("最多允许输入30个汉字
 * (60字符)"), counting GBK bytes — 1 for ASCII, 2 for a Chinese character (algorithms.md §3.1). The browser
 * has no GBK encoder, so every non-ASCII character counts 2; emoji and other characters outside the Basic
 * Multilingual Plane have no GBK code at all and are reported separately.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! <= 0x7f ? 1 : 2;
  return width;
}

/** Characters a GBK-based console may reject: emoji and other characters beyond U+FFFF. */
export function charsOutsideGbk(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) if (ch.codePointAt(0)! > 0xffff) out.push(ch);
  return out;
}
