import type { Listing } from './listings';
import { SHOP_WORDS, asciiLower, type WordKind } from './lexicon';
import { findBannedTerms } from './compliance';
import type { TitleSegmenter } from './segment';

/** A title word and what it earns across a group of listings (a category, or one goods word in it). */
export interface KeywordScore {
  word: string;
  /** Lexicon kind; 'term' for words the lexicon does not know (ICU pieces, discovered terms). */
  kind: WordKind | 'term';
  group: string;
  /** Sum of the 30-day sales of the listings whose titles use the word, fen. */
  salesFen: number;
  /** Those listings, best-selling first. */
  usedBy: Listing[];
}

/**
 * Whether a word can be scored and suggested: two or more characters, no digits (500g, 66W, iPhone15 are
 * specs of one product, not keywords for another), and no Advertising-Law term.
 */
export function isKeyword(word: string): boolean {
  return [...word].length >= 2 && !/\d/.test(word) && findBannedTerms(word).length === 0;
}

/** The goods word of a title: its longest product word (the first of equal length), '' if none. */
export function goodsWord(title: string, segmenter: TitleSegmenter): string {
  let best = '';
  for (const w of segmenter.segment(title)) if (w.length > best.length && SHOP_WORDS.get(asciiLower(w)) === 'core') best = w;
  return best;
}

const byWord = (a: KeywordScore, b: KeywordScore) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0);

/** Scoring group of the overview: the category. */
export const byCategory = (l: Listing) => l.category;
/** Scoring group of a listing's peers: category + goods word. */
export const byGoods = (l: Listing) => `${l.category}|${asciiLower(l.goods)}`;

/**
 * Scores every title word per group by the sales of the listings that use it (each listing counted once
 * per word): a word shared by the best sellers of the group scores high. Lists come sorted by sales, then
 * by how many listings use the word, then by the word.
 */
export function scoreKeywords(
  listings: readonly Listing[],
  segmenter: TitleSegmenter,
  groupOf: (l: Listing) => string,
): Map<string, KeywordScore[]> {
  const groups = new Map<string, Map<string, KeywordScore>>();
  const keywordMemo = new Map<string, boolean>();
  for (const l of listings) {
    const group = groupOf(l);
    let words = groups.get(group);
    if (!words) groups.set(group, (words = new Map()));
    for (const word of new Set(segmenter.segment(l.title))) {
      let ok = keywordMemo.get(word);
      if (ok === undefined) keywordMemo.set(word, (ok = isKeyword(word)));
      if (!ok) continue;
      const key = asciiLower(word);
      let s = words.get(key);
      if (!s) words.set(key, (s = { word, kind: SHOP_WORDS.get(key) ?? 'term', group, salesFen: 0, usedBy: [] }));
      s.salesFen += l.salesFen;
      s.usedBy.push(l);
    }
  }
  const out = new Map<string, KeywordScore[]>();
  for (const [group, words] of groups) {
    const list = [...words.values()];
    for (const s of list) s.usedBy.sort((a, b) => b.salesFen - a.salesFen);
    list.sort((a, b) => b.salesFen - a.salesFen || b.usedBy.length - a.usedBy.length || byWord(a, b));
    out.set(group, list);
  }
  return out;
}
