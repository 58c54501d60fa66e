import { useI18n } from './i18n';

/** What a tab shows until its data is read: "reading…", or the database error in words (never a blank tab). */
export function LoadState({ error }: { error?: string }) {
  const { t } = useI18n();
  return error ? (
    <p role="alert" className="error">
      {t('dbError', { error })}
    </p>
  ) : (
    <p aria-busy="true" className="muted">
      {t('loading')}
    </p>
  );
}
