import type { Order, Product } from '../../domain';
import { listingsOf, type CategoryOf, type Listing } from './listings';
import { byCategory, byGoods, goodsWord, scoreKeywords, type KeywordScore } from './scores';
import { suggestKeywords, type ListingSuggestions } from './suggest';
import type { AnalyticsSettings } from '../settings';
import { categoryOf } from '../sku-codes';
import { checkTitle, type TitleCheck } from './check';
import { discoverTerms, type DiscoveredTerm } from './discover';
import { createTitleSegmenter } from './segment';

/** Everything the titles page shows. */
export interface TitleReport {
  /** The seller's own terms found in their titles, kept whole from then on. */
  discovered: DiscoveredTerm[];
  listings: Listing[];
  /** Category → words by sales. */
  keywords: Map<string, KeywordScore[]>;
  suggestions: ListingSuggestions[];
  /** One check per listing, same order as `listings`. */
  checks: TitleCheck[];
}

/**
 * Title keywords and checks for the seller's listings: segment titles (extra words, shop words, then terms
 * discovered from these titles, then ICU), score words by the 30-day sales of the listings using them per
 * category, suggest each listing the strong words its peers (same category and goods word) use and it
 * lacks, and check every title. Categories default to
 * the SKU code's category layer (settings.sku words and overrides included), so both pages agree.
 */
export function computeTitleReport(
  products: readonly Product[],
  orders: Iterable<Order>,
  now: number,
  settings: AnalyticsSettings,
  options: { categoryOf?: CategoryOf } = {},
): TitleReport {
  const extraWords = settings.titles.extraWords;
  const titles = products.map((p) => p.title);
  const discovered = discoverTerms(titles, createTitleSegmenter({ extraWords }));
  const segmenter = createTitleSegmenter({ extraWords, discovered: discovered.map((d) => d.word) });
  const category = options.categoryOf ?? ((l) => categoryOf(l.title, l.platform, l.productId, settings).code);
  const listings = listingsOf(products, orders, now, category);
  for (const l of listings) l.goods = goodsWord(l.title, segmenter);
  const keywords = scoreKeywords(listings, segmenter, byCategory);
  const suggestions = suggestKeywords(listings, scoreKeywords(listings, segmenter, byGoods), byGoods, settings);
  const checks = listings.map((l) => checkTitle(l.title, l.platform, settings, segmenter));
  return { discovered, listings, keywords, suggestions, checks };
}
