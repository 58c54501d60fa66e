import type { Capture, RejectedRow } from '../lib/domain';
import { formatShanghai } from '../lib/domain/time';
import { useI18n } from './i18n';
import { PlatformBadge } from './platform-badge';
import { importedFiles, pathOf } from './format';

const SHOWN_REJECTIONS = 20;


function Rejection({ row }: { row: RejectedRow }) {
  const { t, field } = useI18n();
  return (
    <li className="rejection">
      <strong>
        {t('rowLabel', { n: row.index + 1 })}
        {row.key ? ` · ${row.key}` : ''}
      </strong>
      {': '}
      {row.problems
        .map((p) => t(p.problem === 'missing' ? 'problem_missing' : 'problem_invalid', { field: field(p.field), raw: p.raw }))
        .join('；')}
      {row.text ? <div className="muted excerpt">{row.text}</div> : null}
    </li>
  );
}

/** The latest captures: what was read, saved and rejected, with every rejected row and its reason. */
export function CaptureLog({ captures }: { captures: Capture[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="captures-title">
      <h2 id="captures-title">{t('captures')}</h2>
      {captures.length === 0 ? (
        <p className="empty">{t('noCaptures')}</p>
      ) : (
        <ol className="log">
          {captures.map((c) => (
            <li key={c.id} className={c.drift ? 'capture has-drift' : c.rejected ? 'capture has-rejected' : 'capture'}>
              <div className="capture-head">
                <PlatformBadge platform={c.platform} />
                <span>{t(importedFiles(c.url) !== undefined ? 'kind_import' : c.kind === 'orders' ? 'kind_orders' : 'kind_products')}</span>
                <time className="muted">{formatShanghai(c.at)}</time>
              </div>
              <div className="muted url">{importedFiles(c.url) ?? pathOf(c.url)}</div>
              <div>{t('captureLine', { read: c.read, saved: c.saved, added: c.added, rejected: c.rejected })}</div>
              {c.drift && <div className="drift-tag">⚠ {t('driftInLog')}</div>}
              {c.rejectedRows.length > 0 && (
                <details open={!c.drift}>
                  <summary>{t('rejectedTitle')}</summary>
                  <ul>
                    {c.rejectedRows.slice(0, SHOWN_REJECTIONS).map((row, i) => (
                      <Rejection key={i} row={row} />
                    ))}
                  </ul>
                  {c.rejected > SHOWN_REJECTIONS && <p className="muted">{t('moreRejected', { n: c.rejected - SHOWN_REJECTIONS })}</p>}
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
