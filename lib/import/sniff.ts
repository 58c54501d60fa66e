/**
 * What container a file's bytes are, from their first bytes (never the file name): an xlsx workbook is a
 * zip (`PK\x03\x04`); an old binary .xls is an OLE compound file (`D0 CF 11 E0`), which ShopLens does not
 * read; NUL bytes early on mean a binary file that is no CSV (UTF-16 text has them too, but starts with a BOM).
 */
export type FileContainer = 'xlsx' | 'xls' | 'text' | 'binary' | 'empty';

export function sniffContainer(head: Uint8Array): FileContainer {
  if (head.length === 0) return 'empty';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'xls';
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (utf16) return 'text';
  const n = Math.min(head.length, 4096);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b === 0) return 'binary';
    // Control bytes other than tab, LF, CR, and form feed / ESC that no export writes.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) controls++;
  }
  return controls > n / 100 ? 'binary' : 'text';
}
