/**
 * Bytes of an export file → text, with the encoding read from the bytes themselves, never from the file name:
 * Douyin's CSV is UTF-8 with a BOM, Taobao's and JD's are GBK (GB2312 is a subset), and a file re-saved by a
 * tool may be UTF-8 without a BOM. A BOM decides; otherwise a strict UTF-8 decode is tried (GBK text of any
 * length almost never forms valid UTF-8), and GB18030 — a superset of GBK that every browser and Node decode —
 * reads the rest.
 */
export type TextEncodingName = 'utf-8-bom' | 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Decodes export-file bytes. U+FFFD in a GB18030 result marks bytes that are not text in either encoding. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  // Excel's "Unicode text" save: UTF-16 with its BOM.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** The share of U+FFFD replacement characters in a decoded text: high for a binary file or a wrong encoding. */
export function replacementShare(text: string): number {
  if (!text) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  return bad / text.length;
}
