import { useState } from 'react';
import type { ProbableMatch } from '../lib/analytics/sku-codes';
import { useI18n } from './i18n';
import type { SkuMatchView } from './model/sku-view';
import { SkuCodeLine } from './sku-code-line';

/** A probable match with both SKUs side by side, the reason, and the seller's two answers. */
export function SkuMatchItem({
  view: { match, a, b },
  onDecide,
}: {
  view: SkuMatchView;
  onDecide(match: ProbableMatch, decision: 'confirmed' | 'rejected'): Promise<void>;
}) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string>();
  const decide = (decision: 'confirmed' | 'rejected') => {
    setBusy(true);
    setFailed(undefined);
    onDecide(match, decision).then(
      () => setBusy(false),
      (e: unknown) => {
        setBusy(false);
        setFailed(String(e));
      },
    );
  };
  return (
    <article className="row-item match" aria-label={t('matchLabel', { a: a.code, b: b.code })}>
      <SkuCodeLine code={a} />
      <SkuCodeLine code={b} />
      <p className="reason">{match.reason[lang]}</p>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => decide('confirmed')}>
          {t('confirmMatch')}
        </button>
        <button type="button" disabled={busy} onClick={() => decide('rejected')}>
          {t('rejectMatch')}
        </button>
      </div>
      {failed && (
        <p role="alert" className="error">
          {t('dbError', { error: failed })}
        </p>
      )}
    </article>
  );
}
