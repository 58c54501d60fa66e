import { formatFen } from '../../domain';
import type { Listing } from './listings';
import type { KeywordScore } from './scores';
import type { Reason } from '../reason';
import type { AnalyticsSettings } from '../settings';
import { EXCLUSIVE_GROUPS, asciiLower } from './lexicon';
import { displayWidth } from './width';

const SOURCE: Record<Listing['source'], Reason> = {
  orders: { zh: '来自已采集订单', en: 'from captured orders' },
  sales30d: { zh: '按商品页近 30 天销量 × 单价', en: 'page 30-day sales × price' },
  none: { zh: '无销售数据', en: 'no sales data' },
};

/** A word a listing's title lacks, with the evidence: which same-category listings use it and their sales. */
export class KeywordSuggestion {
  readonly word: string;
  readonly kind: KeywordScore['kind'];
  readonly salesFen: number;
  /** The best-selling listings using the word (up to 3), and how many use it in all. */
  readonly evidence: Listing[];
  readonly usedByCount: number;
  /** Title width with the word added, and whether that stays within the platform limit. */
  readonly widthAfter: number;
  readonly fits: boolean;
  readonly #maxWidth: number;

  constructor(score: KeywordScore, widthAfter: number, maxWidth: number) {
    this.word = score.word;
    this.kind = score.kind;
    this.salesFen = score.salesFen;
    this.evidence = score.usedBy.slice(0, 3);
    this.usedByCount = score.usedBy.length;
    this.widthAfter = widthAfter;
    this.fits = widthAfter <= maxWidth;
    this.#maxWidth = maxWidth;
  }

  /** e.g. 同类商品中 3 个标题用「降噪」，近 30 天销售额合计 ¥1,234.00（来自已采集订单）；加上后标题宽度 56/60. Worded when read. */
  get reason(): Reason {
    const src = this.evidence[0] ? SOURCE[this.evidence[0].source] : SOURCE.none;
    const money = formatFen(this.salesFen);
    const fit = this.fits
      ? { zh: `加上后标题宽度 ${this.widthAfter}/${this.#maxWidth}`, en: `title width ${this.widthAfter}/${this.#maxWidth} with it` }
      : {
          zh: `加上后宽度 ${this.widthAfter}，超出上限 ${this.#maxWidth}，需替换弱词`,
          en: `width ${this.widthAfter} with it, over ${this.#maxWidth}: replace a weaker word`,
        };
    return {
      zh: `同类商品中 ${this.usedByCount} 个标题用「${this.word}」，近 30 天销售额合计 ${money}（${src.zh}）；${fit.zh}`,
      en: `${this.usedByCount} similar listings use "${this.word}", ${money} in 30 days (${src.en}); ${fit.en}`,
    };
  }
}

/** A listing and the words suggested for its title, strongest first. */
export interface ListingSuggestions {
  listing: Listing;
  suggestions: KeywordSuggestion[];
}

const NEVER: ReadonlySet<KeywordScore['kind']> = new Set(['brand', 'promo', 'filler']);

/** True when the title holds a word that excludes `word` (短款 excludes 长款). */
function contradicts(word: string, title: string): boolean {
  return EXCLUSIVE_GROUPS.some((g) => g.includes(word) && g.some((other) => other !== word && title.includes(other)));
}

/**
 * For each listing, the strongest words of its peers — same category and goods word, scored with
 * scoreKeywords(…, byGoods) — that its title lacks, up to settings.titles.suggestions. A down jacket gets
 * words of the seller's other down-jacket titles (on any platform), not of their summer dresses, although
 * both are 服饰. Only words that earned sales; never a brand, promotion or filler word, nor one the title
 * contradicts (长款 for a 短款 title); a word already in the title in any width or case is not suggested.
 * Words that would push the title over the limit are still listed, marked `fits: false`, because swapping a
 * weak word for them may be worth it.
 */
export function suggestKeywords(
  listings: readonly Listing[],
  scores: Map<string, KeywordScore[]>,
  groupOf: (l: Listing) => string,
  settings: AnalyticsSettings,
): ListingSuggestions[] {
  const limit = settings.titles.suggestions;
  return listings.map((listing) => {
    const title = asciiLower(listing.title.normalize('NFKC'));
    const width = displayWidth(listing.title);
    const maxWidth = settings.titles.maxWidth[listing.platform];
    const suggestions: KeywordSuggestion[] = [];
    for (const s of scores.get(groupOf(listing)) ?? []) {
      if (suggestions.length >= limit || s.salesFen <= 0) break;
      if (NEVER.has(s.kind) || title.includes(asciiLower(s.word)) || contradicts(s.word, title)) continue;
      suggestions.push(new KeywordSuggestion(s, width + displayWidth(s.word), maxWidth));
    }
    return { listing, suggestions };
  });
}
