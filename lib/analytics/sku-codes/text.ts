/**
 * Text normalisation shared by the SKU code, link and stock rules. Consoles and sellers write the same thing
 * in full-width or half-width forms, with stray spaces and different dashes; these helpers make such variants
 * compare equal. Results are cached per input string because the same titles and specs repeat on hundreds
 * of thousands of order lines.
 */

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63]/g;
const outerCache = new Map<string, string>();
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

/** Full-width ASCII (`ＡＢＣ１２３－`) and the ideographic space → their half-width forms. */
export function toHalfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}

/**
 * A 商家编码 as a join key: half-width, every dash variant as `-`, no whitespace, upper-case. So
 * ` yrf－2409-01 ` and `YRF-2409-01` are the same code. Returns '' for no code.
 */
export function normaliseOuterId(outerId: string | undefined): string {
  if (!outerId) return '';
  let norm = outerCache.get(outerId);
  if (norm === undefined) {
    norm = toHalfWidth(outerId).replace(DASHES, '-').replace(/\s+/g, '').toUpperCase();
    if (outerCache.size > 100_000) outerCache.clear();
    outerCache.set(outerId, norm);
  }
  return norm;
}

const titleCache = new Map<string, string>();

/**
 * A title as an equality key: half-width, lower-case, without whitespace or punctuation. Two rows whose titles
 * differ only in spacing or full-width letters are the same listing.
 */
export function titleKey(title: string): string {
  let key = titleCache.get(title);
  if (key === undefined) {
    key = toHalfWidth(title)
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]+/gu, '');
    if (titleCache.size > 100_000) titleCache.clear();
    titleCache.set(title, key);
  }
  return key;
}

/** The separators a seller puts between the goods part and the SKU part of a code (`YRF-2409-01`). */
export const OUTER_ID_SEPARATORS = /[-_/.]/;

/**
 * The proper prefixes of a normalised code that end just before a separator, longest first:
 * `YRF-2409-01` → [`YRF-2409`, `YRF`]. Used to find the goods code a SKU-level code belongs to.
 */
export function outerIdPrefixes(normalised: string): string[] {
  const prefixes: string[] = [];
  for (let i = normalised.length - 1; i > 0; i--) {
    if (OUTER_ID_SEPARATORS.test(normalised[i]!)) prefixes.push(normalised.slice(0, i));
  }
  return prefixes;
}
