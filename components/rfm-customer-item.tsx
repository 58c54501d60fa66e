import { SEGMENTS, type CustomerRfm } from '../lib/analytics/customers';
import { formatFen, formatShanghai } from '../lib/domain';
import { useI18n } from './i18n';
import { PlatformBadge } from './platform-badge';

/** One customer: nickname as shown (text, never markup), what they paid, the reason for their tier and their RFM scores. */
export function RfmCustomerItem({ customer: c, windowDays }: { customer: CustomerRfm; windowDays: number }) {
  const { t, lang } = useI18n();
  return (
    <article className="row-item customer">
      <div className="row-head">
        <PlatformBadge platform={c.platform} />
        <span className="buyer">{c.buyer}</span>
        {c.masked && (
          <span className="tag tag-muted" title={t('maskedHint')}>
            {t('maskedTag')}
          </span>
        )}
        <span className="amount">{formatFen(c.monetaryFen)}</span>
      </div>
      <p className="reason">{c.reason[lang]}</p>
      <p className="muted">
        {t('customerLine', {
          code: c.code,
          segment: SEGMENTS[c.segment][lang],
          orders: c.frequency,
          days: windowDays,
          last: formatShanghai(c.lastAt, false),
        })}
      </p>
    </article>
  );
}
