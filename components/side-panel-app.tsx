import type { ShopLensDatabase } from '../lib/db';
import { CaptureLog } from './capture-log';
import { useCaptureSummary } from './hooks/use-capture-summary';
import { useI18n } from './i18n';
import { PlatformCards } from './platform-cards';

/** The side panel: what has been captured, per platform, and the latest captures with their rejections. */
export function SidePanelApp({ db }: { db: ShopLensDatabase }) {
  const { t, lang, setLang } = useI18n();
  const { summary, error } = useCaptureSummary(db);
  return (
    <main>
      <header className="top">
        <div>
          <h1>{t('appName')}</h1>
          <p className="muted">{t('tagline')}</p>
        </div>
        <button type="button" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
          {t('switchLang')}
        </button>
      </header>
      {error ? (
        <p role="alert" className="error">
          {t('dbError', { error })}
        </p>
      ) : !summary ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : (
        <>
          <PlatformCards platforms={summary.platforms} />
          <CaptureLog captures={summary.recent} />
        </>
      )}
      <footer className="muted">{t('privacy')}</footer>
    </main>
  );
}
