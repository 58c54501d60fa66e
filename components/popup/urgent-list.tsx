import type { UrgentItem } from '../../lib/analytics/urgent';
import type { StoredUrgent } from '../../lib/db/urgent-row';
import { useI18n } from '../i18n';
import { PlatformBadge } from '../platform-badge';

/** The three most urgent things across the shop, each with its reason (stored by the background: lib/db/urgent.ts). */
export function UrgentList({ urgent, stale }: { urgent?: StoredUrgent; stale: boolean }) {
  const { t } = useI18n();
  // The customers about to turn 沉睡 are one item, however many they are.
  const c = urgent?.list.counts;
  const total = c ? c.outOfStock + c.reorder + c.move + (c.slipping > 0 ? 1 : 0) : 0;
  return (
    <section className="urgent" data-testid="urgent">
      <h2>{t('popupUrgent')}</h2>
      {!urgent ? (
        <p className="muted">{t('popupUrgentNotYet')}</p>
      ) : urgent.list.items.length === 0 ? (
        <p className="muted">{t('popupUrgentNone')}</p>
      ) : (
        <ol>
          {urgent.list.items.map((item) => (
            <UrgentRow key={item.key} item={item} />
          ))}
        </ol>
      )}
      {urgent && total > urgent.list.items.length ? <p className="muted">{t('popupUrgentMore', { n: total })}</p> : null}
      {urgent && stale ? (
        <p className="muted" role="status">
          {t('popupUrgentStale')}
        </p>
      ) : null}
    </section>
  );
}

function UrgentRow({ item }: { item: UrgentItem }) {
  const { t, lang } = useI18n();
  return (
    <li className={`urgent-item urgent-${item.kind}`} data-kind={item.kind}>
      <p className="urgent-head">
        <span className="tag">{t(`urgent_${item.kind}`)}</span>
        {item.platform ? <PlatformBadge platform={item.platform} /> : null}
        <span className="subject">{item.subject || t('popupCustomersSubject')}</span>
        <span className="days muted">{item.daysLeft === 0 ? t('popupDaysLeftNow') : t('popupDaysLeft', { n: item.daysLeft })}</span>
      </p>
      <p className="reason">{item.reason[lang]}</p>
    </li>
  );
}
