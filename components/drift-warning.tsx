import type { Capture, Drift } from '../lib/domain';
import { formatShanghai } from '../lib/domain/time';
import { useI18n } from './i18n';
import { PlatformBadge } from './platform-badge';
import { pathOf } from './format';

/**
 * The 采集 tab's warning for a list page that no longer reads as its reader expects: the page, what it showed,
 * the fields missing and a sample row — what a seller (or we) need to see that the console changed.
 */
export function DriftWarning({ capture }: { capture: Capture & { drift: Drift } }) {
  const { t, field, lang } = useI18n();
  const { drift } = capture;
  const sep = lang === 'zh' ? '、' : ', ';
  return (
    <section className="drift" role="alert" aria-label={t('driftTitle')}>
      <h2>
        ⚠ {t('driftTitle')} <PlatformBadge platform={capture.platform} />
      </h2>
      <div className="url">{pathOf(capture.url)}</div>
      <p>{t(`driftReason_${drift.reason}`, { read: capture.read })}</p>
      {drift.reason === 'no-rows' && drift.expected.length > 0 && <p>{t('driftSeen', { expected: drift.expected.join(sep) })}</p>}
      {drift.missing.length > 0 && <p>{t('driftMissing', { fields: drift.missing.map(field).join(sep) })}</p>}
      {drift.sample && <p className="muted excerpt">{t('driftSample', { sample: drift.sample })}</p>}
      <p className="muted">{t('driftHelp')}</p>
      <p className="muted">{t('driftReader', { version: drift.readerVersion, time: formatShanghai(capture.at) })}</p>
    </section>
  );
}
