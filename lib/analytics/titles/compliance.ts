import { BANNED_TERMS, type BannedTerm, type Clause, type Grade } from './terms';
import type { Reason } from '../reason';

/** One Advertising-Law term found in a title. */
export interface TermHit {
  term: string;
  grade: Grade;
  /** The text as written in the title (full-width, spaces and case kept). */
  text: string;
  /** Index in the title. */
  at: number;
  clause: Clause;
  replacement: { zh: string; en: string };
  reason: Reason;
}

const GRADE_TEXT: Record<Grade, Reason> = {
  P0: { zh: 'P0 禁用', en: 'P0 banned' },
  P1: { zh: 'P1 须资质', en: 'P1 needs a qualification' },
  P2: { zh: 'P2 须可证实', en: 'P2 must be provable' },
};

/** Terms by first character, longest first, so 最佳 is found before 最 at the same place. */
const BY_FIRST = new Map<string, BannedTerm[]>();
for (const t of [...BANNED_TERMS].sort((a, b) => b.term.length - a.term.length)) {
  const list = BY_FIRST.get(t.term[0]!) ?? [];
  list.push(t);
  BY_FIRST.set(t.term[0]!, list);
}

const isAlnum = (c: string | undefined) => c !== undefined && /[0-9A-Z]/.test(c);

interface Folded {
  /** NFKC, ASCII upper case, whitespace removed. */
  text: string;
  /** Index in the title of each folded char. */
  from: number[];
  /** Whether whitespace stood before each folded char (a word boundary for ASCII terms). */
  spaced: boolean[];
}

/**
 * One character NFKC-normalised with ASCII letters upper-cased. Most title characters are CJK ideographs
 * (U+4E00–U+9FFF, unchanged by NFKC) or ASCII, answered without normalising.
 */
function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x4e00 && c <= 0x9fff) return ch;
  if (c < 0x80) return c >= 0x61 && c <= 0x7a ? String.fromCharCode(c - 32) : ch;
  return ch.normalize('NFKC').replace(/[a-z]+/g, (s) => s.toUpperCase());
}

function fold(title: string): Folded {
  const f: Folded = { text: '', from: [], spaced: [] };
  let i = 0;
  let space = false;
  for (const ch of title) {
    if (/\s/.test(ch)) space = true;
    else {
      const folded = foldChar(ch);
      for (let k = 0; k < folded.length; k++) {
        f.from.push(i);
        f.spaced.push(space && k === 0);
      }
      f.text += folded;
      space = false;
    }
    i += ch.length;
  }
  return f;
}

function matches(t: BannedTerm, f: Folded, i: number): boolean {
  const { text, spaced } = f;
  if (!text.startsWith(t.term, i)) return false;
  const end = i + t.term.length;
  if (t.unlessNext?.some((next) => text.startsWith(next, end))) return false;
  // ASCII terms stand alone: TOP1 is not inside TOP10, NO1 not inside NANO1.
  if (isAlnum(t.term[0]) && !spaced[i] && isAlnum(text[i - 1])) return false;
  if (/[0-9]/.test(t.term[t.term.length - 1]!) && !spaced[end] && /[0-9]/.test(text[end] ?? '')) return false;
  return true;
}

/**
 * The Advertising-Law terms in a title, left to right, without overlaps (the longest term at a place wins).
 * Matching ignores spaces, width and case, so 第 一, ＮＯ．１ and No.1 are caught; the listed exceptions keep
 * 最近, 第一次 and 万能胶 out. Each hit carries its grade, the clause and a suggested replacement.
 */
export function findBannedTerms(title: string): TermHit[] {
  const folded = fold(title);
  const { text, from } = folded;
  const hits: TermHit[] = [];
  for (let i = 0; i < text.length; ) {
    const t = BY_FIRST.get(text[i]!)?.find((c) => matches(c, folded, i));
    if (!t) {
      i++;
      continue;
    }
    const at = from[i]!;
    const last = from[i + t.term.length - 1]!;
    const written = title.slice(at, last + String.fromCodePoint(title.codePointAt(last)!).length);
    const g = GRADE_TEXT[t.grade];
    hits.push({
      term: t.term,
      grade: t.grade,
      text: written,
      at,
      clause: t.clause,
      replacement: t.replacement,
      reason: {
        zh: `「${written}」${g.zh}：${t.clause.zh}；建议：${t.replacement.zh}`,
        en: `"${written}" ${g.en}: ${t.clause.en}; suggestion: ${t.replacement.en}`,
      },
    });
    i += t.term.length;
  }
  return hits;
}
