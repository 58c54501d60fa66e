import type { PlatformId } from '../../domain';
import { CATEGORY_CODES, type AnalyticsSettings, type CategoryCode } from '../settings';
import { CATEGORY_WORDS } from './category-words';
import { toHalfWidth } from './text';

/** The category layer of a code and where it came from. */
export interface CategoryLayer {
  code: CategoryCode;
  /** override: settings.sku.categoryOverrides; seller: settings.sku.categoryWords; builtin: the built-in map. */
  source: 'override' | 'seller' | 'builtin' | 'none';
  /** The title word that decided it (seller/builtin). */
  word?: string;
}

type WordList = [word: string, code: CategoryCode][];

const BUILTIN: WordList = Object.entries(CATEGORY_WORDS).flatMap(([code, words]) =>
  words.map((w): [string, CategoryCode] => [w.toUpperCase(), code as CategoryCode]),
);

/** Longest word of the list found in the title; on equal length the one that appears first in the title. */
function bestWord(title: string, words: WordList): [string, CategoryCode] | undefined {
  let best: [string, CategoryCode] | undefined;
  let bestAt = Infinity;
  for (const entry of words) {
    const at = title.indexOf(entry[0]);
    if (at < 0) continue;
    const len = entry[0].length;
    if (!best || len > best[0].length || (len === best[0].length && at < bestAt)) {
      best = entry;
      bestAt = at;
    }
  }
  return best;
}

const builtinCache = new Map<string, CategoryLayer>();

function hasKeys(record: Record<string, unknown>): boolean {
  for (const _ in record) return true;
  return false;
}

/**
 * The category layer of a SKU. The per-product override (`${platform}:${productId}` in
 * settings.sku.categoryOverrides) wins; then the seller's own words (settings.sku.categoryWords), then the
 * built-in shop words — in each, the longest word in the title decides; nothing found → 99 其他.
 */
export function categoryOf(
  title: string,
  platform: PlatformId,
  productId: string,
  settings: AnalyticsSettings,
): CategoryLayer {
  const overrides = settings.sku.categoryOverrides;
  const override = productId && hasKeys(overrides) ? overrides[`${platform}:${productId}`] : undefined;
  if (override) return { code: override, source: 'override' };
  const sellerWords = Object.entries(settings.sku.categoryWords);
  if (sellerWords.length > 0) {
    const list: WordList = sellerWords.map(([w, c]) => [toHalfWidth(w).toUpperCase(), c]);
    const seller = bestWord(toHalfWidth(title).toUpperCase(), list.filter(([w]) => w.length > 0));
    if (seller) return { code: seller[1], source: 'seller', word: seller[0] };
  }
  let cached = builtinCache.get(title);
  if (!cached) {
    const found = bestWord(toHalfWidth(title).toUpperCase(), BUILTIN);
    cached = found ? { code: found[1], source: 'builtin', word: found[0] } : { code: '99', source: 'none' };
    if (builtinCache.size > 50_000) builtinCache.clear();
    builtinCache.set(title, cached);
  }
  return cached;
}

/** The category's display name: `01` → 服饰. */
export function categoryName(code: string): string {
  return (CATEGORY_CODES as Record<string, string>)[code] ?? code;
}
