import { toHalfWidth } from './text';

/** One part of a SKU spec: `尺码:M` → { key: '尺码', value: 'M' }; a bare value (`黑色`) has key ''. */
export interface SpecPart {
  key: string;
  value: string;
}

/**
 * Spec text of any of the four consoles → its parts. The consoles write the same SKU differently
 * (test/fixtures/data/shop.ts specText):
 * - taobao `颜色分类:黑色;尺码:M` — `名:值` pairs joined by `;`
 * - douyin `颜色:黑色 尺码:M` — pairs joined by spaces (a value may itself hold a space: `型号:iPhone15 Pro`)
 * - jd `黑色 M` — bare values joined by spaces
 * - pdd `黑色,M` — bare values joined by commas
 * With a `;`, `,` or `|` in the text those split and spaces stay inside values; otherwise, when there is a
 * colon, a space-separated token without one continues the previous value; otherwise every token is a value.
 */
export function parseSpec(text: string): SpecPart[] {
  const clean = toHalfWidth(text).trim();
  if (!clean) return [];
  if (/[;,|、\n]/.test(clean)) {
    return clean
      .split(/[;,|、\n]+/)
      .map((piece) => toPart(piece.trim()))
      .filter((p) => p.value || p.key);
  }
  const tokens = clean.split(/\s+/);
  if (!clean.includes(':')) return tokens.map((value) => ({ key: '', value }));
  const parts: SpecPart[] = [];
  for (const token of tokens) {
    const last = parts[parts.length - 1];
    if (token.includes(':')) parts.push(toPart(token));
    else if (last) last.value = last.value ? `${last.value} ${token}` : token;
    else parts.push({ key: '', value: token });
  }
  return parts;
}

function toPart(piece: string): SpecPart {
  const at = piece.indexOf(':');
  if (at < 0) return { key: '', value: piece };
  return { key: piece.slice(0, at).trim(), value: piece.slice(at + 1).trim() };
}

const specCache = new Map<string, string>();

/**
 * A spec as a comparison key that is the same in all four console formats: the values only, joined, without
 * whitespace, lower-case. `颜色分类:黑色;尺码:M`, `颜色:黑色 尺码:M`, `黑色 M` and `黑色,M` all give `黑色m`.
 */
export function specKey(text: string): string {
  let key = specCache.get(text);
  if (key === undefined) {
    key = parseSpec(text)
      .map((p) => p.value)
      .join('')
      .replace(/\s+/g, '')
      .toLowerCase();
    if (specCache.size > 100_000) specCache.clear();
    specCache.set(text, key);
  }
  return key;
}
