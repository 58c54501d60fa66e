import type { PlatformId } from '../../domain';
import type { AnalyticsSettings } from '../settings';
import { categoryOf, type CategoryLayer } from '../sku-codes';
import { checkTitle, type TitleCheck } from './check';
import { discoverTerms } from './discover';
import type { Listing } from './listings';
import { byGoods, goodsWord, scoreKeywords } from './scores';
import { createTitleSegmenter } from './segment';
import { suggestKeywords, type KeywordSuggestion } from './suggest';

/** A title being written, checked and given suggestions as it would be in the report. */
export interface DraftTitleResult {
  check: TitleCheck;
  /** Its category as the SKU codes decide it from the title (settings' words first), and its goods word. */
  category: CategoryLayer;
  goods: string;
  /** Listings with the same category and goods word: the peers whose words are suggested. */
  peers: number;
  suggestions: KeywordSuggestion[];
}

/**
 * A checker for titles not yet listed, built once over the seller's listings (as computeTitleReport made them,
 * with sales and goods words): the same segmenter (extra words, terms discovered from the same titles), the same
 * checkTitle, and suggestKeywords over the same per-goods scores — so a draft that equals a listed title gets
 * that listing's check and suggestions. The draft has no product id, so its category comes from its words.
 */
export function createDraftChecker(
  listings: readonly Listing[],
  settings: AnalyticsSettings,
): (title: string, platform: PlatformId) => DraftTitleResult {
  const extraWords = settings.titles.extraWords;
  const discovered = discoverTerms(
    listings.map((l) => l.title),
    createTitleSegmenter({ extraWords }),
  );
  const segmenter = createTitleSegmenter({ extraWords, discovered: discovered.map((d) => d.word) });
  const scores = scoreKeywords(listings, segmenter, byGoods);
  return (title, platform) => {
    const category = categoryOf(title, platform, '', settings);
    const draft: Listing = { platform, productId: '', title, category: category.code, goods: goodsWord(title, segmenter), salesFen: 0, units: 0, source: 'none' };
    const group = byGoods(draft);
    return {
      check: checkTitle(title, platform, settings, segmenter),
      category,
      goods: draft.goods,
      peers: listings.filter((l) => byGoods(l) === group).length,
      suggestions: suggestKeywords([draft], scores, byGoods, settings)[0]!.suggestions,
    };
  };
}
