import { useMemo, useState } from 'react';
import type { AnalyticsSettings } from '../lib/analytics/settings';
import { categoryName } from '../lib/analytics/sku-codes';
import { createDraftChecker, type Listing } from '../lib/analytics/titles';
import { PLATFORM_IDS, PLATFORM_LABELS, type PlatformId } from '../lib/domain';
import { useDebounced } from './hooks/use-debounced';
import { useI18n } from './i18n';
import { TitleItemView } from './title-item';

/** The platform most listings are on: the likeliest place for a new one. */
function usualPlatform(listings: readonly Listing[]): PlatformId {
  const count = new Map<PlatformId, number>();
  for (const l of listings) count.set(l.platform, (count.get(l.platform) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'taobao';
}

/**
 * A box to try a new title before listing it: the same checks the list makes (width against the chosen
 * platform's limit, Advertising-Law terms, repeats, characters) and the words its peers sell with — peers being
 * the listings of the category and goods word its own words give (lib/analytics/titles createDraftChecker).
 * Rechecked 150 ms after typing stops.
 */
export function TitleDraft({ items, settings }: { items: readonly { listing: Listing }[]; settings: AnalyticsSettings }) {
  const { t, lang } = useI18n();
  const listings = useMemo(() => items.map((i) => i.listing), [items]);
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<PlatformId>(() => usualPlatform(listings));
  const title = useDebounced(text.trim(), 150);
  const check = useMemo(() => createDraftChecker(listings, settings), [listings, settings]);
  const result = useMemo(() => (title ? check(title, platform) : undefined), [check, title, platform]);
  return (
    <section className="title-draft" aria-labelledby="draft-title">
      <h3 id="draft-title">{t('draftTitle')}</h3>
      <div className="draft-input">
        <select aria-label={t('draftPlatform')} value={platform} onChange={(e) => setPlatform(e.target.value as PlatformId)}>
          {PLATFORM_IDS.map((p) => (
            <option key={p} value={p}>
              {PLATFORM_LABELS[p][lang]}
            </option>
          ))}
        </select>
        <input type="text" aria-label={t('draftLabel')} placeholder={t('draftPlaceholder')} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      {!result ? (
        <p className="muted help">{t('draftHelp')}</p>
      ) : (
        <div data-testid="draft-result">
          <p className="muted" data-testid="draft-context">
            {result.goods
              ? t('draftContext', { category: categoryName(result.category.code), goods: result.goods, peers: result.peers })
              : t('draftContextNoGoods', { category: categoryName(result.category.code), peers: result.peers })}
          </p>
          <TitleItemView
            item={{
              listing: { platform, productId: '', title, category: result.category.code, goods: result.goods, salesFen: 0, units: 0, source: 'none' },
              check: result.check,
              suggestions: result.suggestions,
            }}
          />
        </div>
      )}
    </section>
  );
}
