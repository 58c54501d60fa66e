import { SHOP_WORDS, asciiLower } from './lexicon';

/** Splits a product title into words. */
export interface TitleSegmenter {
  /** The words of a title in order: shop words whole, the rest as ICU splits it; no spaces or punctuation. */
  segment(title: string): string[];
  /** The stretches of a title no extra or shop word covers: where the seller's own terms hide. */
  uncovered(title: string): string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

function trieOf(words: Iterable<string>): TrieNode {
  const root: TrieNode = { next: new Map(), end: false };
  for (const w of words) {
    if (!w) continue;
    let node = root;
    for (const ch of asciiLower(w)) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return root;
}

const isAsciiAlnum = (c: string | undefined) => c !== undefined && /[0-9A-Za-z]/.test(c);

/** Length of the longest word starting at `i`; an ASCII word must not start or end inside an ASCII run. */
function longestAt(trie: TrieNode, lower: string, i: number, end: number): number {
  let node: TrieNode | undefined = trie;
  let best = 0;
  for (let j = i; j < end && node; j++) {
    node = node.next.get(lower[j]!);
    if (node?.end && !(isAsciiAlnum(lower[j]) && isAsciiAlnum(lower[j + 1]))) best = j + 1 - i;
  }
  if (best > 0 && isAsciiAlnum(lower[i]) && isAsciiAlnum(lower[i - 1])) return 0;
  return best;
}

const WORDLIKE = /[\p{L}\p{N}]/u;
let icu: Intl.Segmenter | undefined;

function icuWords(text: string, out: string[], memo: Map<string, string[]>): void {
  if (text.length === 1) {
    if (WORDLIKE.test(text)) out.push(text);
    return;
  }
  let words = memo.get(text);
  if (!words) {
    icu ??= new Intl.Segmenter('zh', { granularity: 'word' });
    words = [];
    for (const s of icu.segment(text)) if (s.isWordLike) words.push(s.segment);
    if (memo.size > 50_000) memo.clear();
    memo.set(text, words);
  }
  for (const w of words) out.push(w);
}

/**
 * A segmenter that keeps, in this order of priority, the seller's own words (settings.titles.extraWords),
 * the built-in shop words (lexicon.ts) and words discovered from the seller's titles
 * (discover.ts) whole, by longest match from the left; whatever none of them covers goes to
 * `Intl.Segmenter('zh')`. A higher tier is matched first over the whole title, so an extra word is never
 * cut by a shop word that overlaps its start. Titles are NFKC-normalised (full-width → half-width);
 * results are memoised because the same title repeats on every SKU row.
 */
export function createTitleSegmenter(
  options: { extraWords?: readonly string[]; discovered?: readonly string[] } = {},
): TitleSegmenter {
  const tiers = [trieOf(options.extraWords ?? []), trieOf(SHOP_WORDS.keys()), trieOf(options.discovered ?? [])];
  const icuMemo = new Map<string, string[]>();
  const memo = new Map<string, string[]>();

  function split(text: string, lower: string, start: number, end: number, tier: number, out: string[], gaps?: string[]): void {
    if (start >= end) return;
    if (gaps && tier === 2) return void gaps.push(text.slice(start, end));
    const trie = tiers[tier];
    if (!trie) return icuWords(text.slice(start, end), out, icuMemo);
    let gap = start;
    let i = start;
    while (i < end) {
      const len = longestAt(trie, lower, i, end);
      if (len === 0) {
        i++;
        continue;
      }
      split(text, lower, gap, i, tier + 1, out, gaps);
      out.push(text.slice(i, i + len));
      i += len;
      gap = i;
    }
    split(text, lower, gap, end, tier + 1, out, gaps);
  }

  return {
    segment(title) {
      let words = memo.get(title);
      if (!words) {
        const text = title.normalize('NFKC');
        words = [];
        split(text, asciiLower(text), 0, text.length, 0, words);
        if (memo.size > 20_000) memo.clear();
        memo.set(title, words);
      }
      return words;
    },
    uncovered(title) {
      const text = title.normalize('NFKC');
      const gaps: string[] = [];
      split(text, asciiLower(text), 0, text.length, 0, [], gaps);
      return gaps;
    },
  };
}
