import { computeTitleReport, type Listing, type KeywordSuggestion, type TitleCheck, type TitleIssue } from '../../lib/analytics/titles';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { Order, Product } from '../../lib/domain';

/** One listing's title: its check and the words its peers sell with. */
export interface TitleItem {
  listing: Listing;
  check: TitleCheck;
  suggestions: KeywordSuggestion[];
}

/** The titles tab: every listing, those needing attention first, and how many have each kind of problem. */
export interface TitleView {
  items: TitleItem[];
  withIssues: number;
  banned: number;
  tooLong: number;
}

/** How urgent an issue is: banned terms (fines) first, then over-length (the console refuses it), then the rest. */
function severity(i: TitleIssue): number {
  if (i.kind === 'term') return i.hit.grade === 'P0' ? 0 : i.hit.grade === 'P1' ? 2 : 3;
  return i.kind === 'width' ? 1 : i.kind === 'repeat' ? 4 : 5;
}
const worst = (t: TitleItem) => Math.min(...t.check.issues.map(severity), 9);

/**
 * computeTitleReport over the products and the sales of the last 30 days (lib/db readWindowSales: the orders
 * of the window, or stand-ins that sum them per SKU row and day). Listings come worst issue first, then by
 * 30-day sales.
 */
export function titleView(products: readonly Product[], windowSales: readonly Order[], now: number, settings: AnalyticsSettings): TitleView {
  const report = computeTitleReport(products, windowSales, now, settings);
  const items = report.listings.map((listing, i) => ({
    listing,
    check: report.checks[i]!,
    suggestions: report.suggestions[i]?.suggestions ?? [],
  }));
  items.sort((a, b) => worst(a) - worst(b) || b.listing.salesFen - a.listing.salesFen);
  const has = (t: TitleItem, kind: TitleIssue['kind'], p0 = false) =>
    t.check.issues.some((i) => i.kind === kind && (!p0 || (i.kind === 'term' && i.hit.grade === 'P0')));
  return {
    items,
    withIssues: items.filter((t) => t.check.issues.length > 0).length,
    banned: items.filter((t) => has(t, 'term', true)).length,
    tooLong: items.filter((t) => has(t, 'width')).length,
  };
}
