import { useLiveQuery } from 'dexie-react-hooks';
import type { ShardProblem } from '../lib/analytics/derived';
import { dismissHealNotice, readStoreNotices, type HealNotice, type ShopLensDatabase, type StorageFullNotice } from '../lib/db';
import { PLATFORM_LABELS, formatFen } from '../lib/domain';
import { formatShanghai } from '../lib/domain/time';
import { useI18n } from './i18n';
import type { MessageKey } from './i18n/messages';

/** Problems named in the heal notice's title; the rest are counted. */
const NAMED = 3;

/**
 * The 采集 tab's notices from the background (lib/db store-notices.ts): derived tables found damaged and
 * recalculated from the orders (until the seller dismisses it), and a full disk that ended a capture or a write
 * of the tables (until a later capture succeeds).
 */
export function StoreNotices({ db, lastCaptureAt }: { db: ShopLensDatabase; lastCaptureAt: number | undefined }) {
  const notices = useLiveQuery(() => readStoreNotices(db).catch(() => ({})), [db]);
  if (!notices) return null;
  const { heal, storageFull } = notices as { heal?: HealNotice; storageFull?: StorageFullNotice };
  const fullShown = storageFull && (lastCaptureAt === undefined || storageFull.at > lastCaptureAt);
  return (
    <>
      {fullShown && <StorageFull notice={storageFull} />}
      {heal && <Healed notice={heal} onDismiss={() => void dismissHealNotice(db)} />}
    </>
  );
}

function StorageFull({ notice }: { notice: StorageFullNotice }) {
  const { t, lang } = useI18n();
  const platform = notice.platform ? PLATFORM_LABELS[notice.platform][lang] : '';
  return (
    <section className="drift" role="alert" aria-label={t('storageFullTitle')} data-testid="storage-full">
      <h2>⚠ {t('storageFullTitle')}</h2>
      <p>{t(notice.operation === 'capture' ? 'storageFull_capture' : 'storageFull_flush', { time: formatShanghai(notice.at), platform })}</p>
    </section>
  );
}

function Healed({ notice, onDismiss }: { notice: HealNotice; onDismiss(): void }) {
  const { t, lang } = useI18n();
  const sep = lang === 'zh' ? '；' : '; ';
  const named = notice.problems.slice(0, NAMED).map((p) => problemText(p, t, lang));
  if (notice.total > named.length) named.push(t('healMore', { n: notice.total }));
  return (
    <section className="drift heal" role="status" data-testid="heal-notice">
      <h2>⚠ {t('healTitle', { details: named.join(sep) })}</h2>
      <p className="muted">{t('healAt', { time: formatShanghai(notice.at) })}</p>
      <button type="button" onClick={onDismiss}>
        {t('healDismiss')}
      </button>
    </section>
  );
}

function problemText(p: ShardProblem, t: (key: MessageKey, params?: Record<string, string | number>) => string, lang: 'zh' | 'en'): string {
  const platform = 'platform' in p ? PLATFORM_LABELS[p.platform]?.[lang] ?? p.platform : '';
  if (p.kind === 'customers' && p.customerFen !== undefined && p.dayFen !== undefined)
    return t('heal_customersFen', { platform, customerFen: formatFen(p.customerFen), dayFen: formatFen(p.dayFen) });
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(p)) if (typeof v === 'string' || typeof v === 'number') params[k] = v;
  return t(`heal_${p.kind}` as MessageKey, { ...params, platform });
}
