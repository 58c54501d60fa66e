import { parseSpec, type SpecPart } from './spec';
import { toHalfWidth } from './text';

/** The size layer of a code and the spec value it came from (undefined for `F`, no size). */
export interface SizeLayer {
  size: string;
  from?: string;
}

/** Spec keys that name a size; their values are tried before the others. */
const SIZE_KEY = /尺码|尺寸|码数|鞋码|码|SIZE|规格|床|腰围/i;
/** Goods whose metre values are bed widths (1.5m床 → 150), not lengths (a 1米 cable has no size). */
const BED_CONTEXT = /床|被套|被子|被芯|四件套|三件套|凉席|褥/;

const FREE = /^(?:均码|FREESIZE|FREE|ONESIZE|F)(?![A-Z0-9])/;
const LETTER = /^(?:([1-6])X([SL])|(X{1,6})([SL])|([SML]))(?![A-Z0-9.])/;
const NUMBER = /^(\d{2}(?:\.5)?)(?:码|号|#)?(?=$|[^0-9A-Z.\u4e00-\u9fff])/;
const METRES = /^([12](?:\.\d)?)(?:M|米)(?![A-Z])/;
const CENTIMETRES = /^(1[0-9]0|2[0-2]0)(?:CM)?[X×*]/;

/**
 * One spec value → its canonical size, or undefined when the value is not a size.
 * Canonical forms (one per size, so TB-01-2XL-… never sits beside TB-01-XXL-…):
 * - letters: XS S M L XL, then the numbered form for two X or more: `XXL`/`2XL` → `2XL`, `XXXL`/`3XL` → `3XL`,
 *   `XXS`/`2XS` → `2XS`; a `码` suffix or a note after it is ignored (`M码`, `XL(120-140斤)`);
 * - `均码`, `F`, `FREE`, `ONE SIZE` → `F`;
 * - numbers: waist sizes 26–34 and shoe sizes 35–46 (half sizes kept: `36.5`), `码`/`号` ignored;
 * - bed widths, only for bedding: `1.5m`/`1.5米` → `150`, `1.8m` → `180`, `150x200cm` → `150`.
 */
export function sizeOfValue(value: string, bedding: boolean): string | undefined {
  const v = toHalfWidth(value)
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/^(?:尺码|尺寸|码数|鞋码|SIZE)[:]?/, '');
  if (FREE.test(v)) return 'F';
  const letter = LETTER.exec(v);
  if (letter) {
    const [, digit, digitEnd, xs, xEnd, plain] = letter;
    if (plain) return plain;
    const count = digit ? Number(digit) : xs!.length;
    const end = (digitEnd ?? xEnd)!;
    return count === 1 ? `X${end}` : `${count}X${end}`;
  }
  const number = NUMBER.exec(v);
  if (number) {
    const n = Number(number[1]);
    const whole = Number.isInteger(n);
    if ((whole && n >= 26 && n <= 34) || (n >= 35 && n <= 46)) return number[1];
  }
  if (bedding) {
    const metres = METRES.exec(v);
    if (metres) {
      const cm = Math.round(Number(metres[1]) * 100);
      if (cm >= 90 && cm <= 220) return String(cm);
    }
    const cm = CENTIMETRES.exec(v);
    if (cm) return cm[1];
  }
  return undefined;
}

// Specs repeat on thousands of SKUs: read each distinct text once (per bedding/not bedding).
const plainCache = new Map<string, SizeLayer>();
const beddingCache = new Map<string, SizeLayer>();

/**
 * The size layer of a SKU from its spec text (any console's format) and title (only to tell bedding). Values
 * under a size key (尺码, 尺寸, 规格 …) are tried first, then the others from last to first — consoles put the
 * size after the colour. Colour is not part of the layer: two colours of size M both get `M` and are told
 * apart by the collision serial. No size → `F`.
 */
export function sizeOf(spec: string, title: string): SizeLayer {
  const bedding = BED_CONTEXT.test(title) || BED_CONTEXT.test(spec);
  const cache = bedding ? beddingCache : plainCache;
  let layer = cache.get(spec);
  if (!layer) {
    layer = sizeOfParts(parseSpec(spec), bedding);
    if (cache.size > 50_000) cache.clear();
    cache.set(spec, layer);
  }
  return layer;
}

function sizeOfParts(parts: SpecPart[], bedding: boolean): SizeLayer {
  const ordered: SpecPart[] = [
    ...parts.filter((p) => SIZE_KEY.test(p.key)),
    ...parts.filter((p) => !SIZE_KEY.test(p.key)).reverse(),
  ];
  for (const part of ordered) {
    const size = sizeOfValue(part.value, bedding);
    if (size) return { size, from: part.key ? `${part.key}:${part.value}` : part.value };
  }
  return { size: 'F' };
}
