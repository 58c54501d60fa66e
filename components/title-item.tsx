import type { TitleIssue } from '../lib/analytics/titles';
import { formatFen } from '../lib/domain';
import { useI18n } from './i18n';
import type { MessageKey } from './i18n/messages';
import type { TitleItem } from './model/title-view';
import { PlatformBadge } from './platform-badge';

function issueTag(i: TitleIssue): { key: MessageKey; cls: string } {
  if (i.kind === 'term') return { key: i.hit.grade === 'P0' ? 'issue_p0' : i.hit.grade === 'P1' ? 'issue_p1' : 'issue_p2', cls: `issue-${i.hit.grade}` };
  return { key: i.kind === 'width' ? 'issue_width' : i.kind === 'repeat' ? 'issue_repeat' : 'issue_charset', cls: `issue-${i.kind}` };
}

const SOURCE: Record<TitleItem['listing']['source'], MessageKey> = {
  orders: 'titleSalesOrders',
  sales30d: 'titleSalesPage',
  none: 'titleSalesNone',
};

/** One listing: its title (as text), width against the limit, each issue with its reason, and suggested words with their evidence. */
export function TitleItemView({ item: { listing, check, suggestions } }: { item: TitleItem }) {
  const { t, lang } = useI18n();
  return (
    <article className={check.issues.length ? 'row-item warned' : 'row-item'} data-testid="title-item">
      <div className="row-head">
        <PlatformBadge platform={listing.platform} />
        <span className="title">{listing.title}</span>
      </div>
      <p className="figures">
        {t('titleWidth', { width: check.width, max: check.maxWidth })}
        {' · '}
        {t(SOURCE[listing.source], { amount: formatFen(listing.salesFen), n: listing.units })}
      </p>
      {check.issues.length === 0 ? (
        <p className="ok">{t('titleOk')}</p>
      ) : (
        <ul className="warnings">
          {check.issues.map((i, n) => {
            const tag = issueTag(i);
            return (
              <li key={n}>
                <span className={`tag ${tag.cls}`}>{t(tag.key)}</span> <span className="reason">{i.reason[lang]}</span>
              </li>
            );
          })}
        </ul>
      )}
      {suggestions.length > 0 && (
        <div className="suggestions">
          <span className="muted">{t('suggestTitle')}</span>
          <ul>
            {suggestions.map((s) => (
              <li key={s.word}>
                <span className={s.fits ? 'chip' : 'chip chip-over'}>{s.word}</span> <span className="muted reason">{s.reason[lang]}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
