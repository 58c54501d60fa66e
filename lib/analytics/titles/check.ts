import { PLATFORM_LABELS, type PlatformId } from '../../domain';
import type { Reason } from '../reason';
import type { AnalyticsSettings } from '../settings';
import { findBannedTerms, type TermHit } from './compliance';
import { asciiLower } from './lexicon';
import type { TitleSegmenter } from './segment';
import { charsOutsideGbk, displayWidth } from './width';

/** One problem with a title. */
export type TitleIssue =
  | { kind: 'width'; width: number; maxWidth: number; reason: Reason }
  | { kind: 'term'; hit: TermHit; reason: Reason }
  | { kind: 'repeat'; word: string; count: number; reason: Reason }
  | { kind: 'charset'; chars: string[]; reason: Reason };

/** The check of one title: its width against the platform limit and every issue found, worst first. */
export interface TitleCheck {
  platform: PlatformId;
  title: string;
  width: number;
  maxWidth: number;
  issues: TitleIssue[];
}

/** Words worth a repeat warning: two or more characters, not a bare number. */
const isRealWord = (w: string) => [...w].length >= 2 && !/^[\d.]+$/.test(w);

/**
 * Words written more than once, counting occurrences inside other words too: 快充 … 超级快充 repeats 快充.
 * Matching ignores width and ASCII case.
 */
function repeats(title: string, segmenter: TitleSegmenter): Map<string, number> {
  const text = asciiLower(title.normalize('NFKC'));
  const out = new Map<string, number>();
  for (const w of new Set(segmenter.segment(title))) {
    if (!isRealWord(w)) continue;
    const needle = asciiLower(w);
    let count = 0;
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) count++;
    if (count >= 2 && !out.has(needle)) out.set(w, count);
  }
  return out;
}

/**
 * Checks a title: display width against settings.titles.maxWidth of its platform (a CJK character counts
 * 2), Advertising-Law terms graded P0/P1/P2 (compliance.ts), words written more than once (keyword
 * stacking wastes width and platforms treat it as 堆砌), and characters GBK-based consoles cannot take.
 * Issues come P0 terms first, then width, P1, P2, repeats, characters.
 */
export function checkTitle(title: string, platform: PlatformId, settings: AnalyticsSettings, segmenter: TitleSegmenter): TitleCheck {
  const width = displayWidth(title);
  const maxWidth = settings.titles.maxWidth[platform];
  const issues: TitleIssue[] = [];
  const terms = findBannedTerms(title).map((hit): TitleIssue => ({ kind: 'term', hit, reason: hit.reason }));
  issues.push(...terms.filter((t) => t.kind === 'term' && t.hit.grade === 'P0'));
  if (width > maxWidth) {
    const label = PLATFORM_LABELS[platform];
    issues.push({
      kind: 'width',
      width,
      maxWidth,
      reason: {
        zh: `标题宽度 ${width}，超过${label.zh}上限 ${maxWidth}（汉字计 2，字母数字计 1），需删减 ${width - maxWidth}`,
        en: `title width ${width} is over the ${label.en} limit of ${maxWidth} (a Chinese character counts 2): cut ${width - maxWidth}`,
      },
    });
  }
  issues.push(...terms.filter((t) => t.kind === 'term' && t.hit.grade !== 'P0'));
  for (const [word, count] of repeats(title, segmenter)) {
    const saved = displayWidth(word) * (count - 1);
    issues.push({
      kind: 'repeat',
      word,
      count,
      reason: {
        zh: `「${word}」出现 ${count} 次：重复堆砌不增加搜索权重，删去重复可省出 ${saved} 宽度`,
        en: `"${word}" appears ${count} times: repeating a word adds no search weight; removing repeats frees ${saved} width`,
      },
    });
  }
  const chars = charsOutsideGbk(title);
  if (chars.length > 0) {
    const list = chars.join('');
    const reason = { zh: `含表情或生僻字符「${list}」，后台可能无法保存`, en: `contains emoji or rare characters "${list}" the console may reject` };
    issues.push({ kind: 'charset', chars, reason });
  }
  return { platform, title, width, maxWidth, issues };
}
