import { useRef, useState } from 'react';
import type { ShopLensDatabase } from '../lib/db';
import { AnalyticsTab } from './analytics-tab';
import { CaptureTab } from './capture-tab';
import { useNow } from './hooks/use-now';
import { useAskPersistence } from './hooks/use-storage-usage';
import { useUpdating } from './hooks/use-updating';
import { useI18n } from './i18n';
import { TabBar, type TabId } from './tab-bar';

/**
 * The side panel: what has been captured (the default tab) and, beside it, the analytics — KPIs, customer
 * tiers, stock warnings, unified SKU codes and title checks. `now` fixes the clock (tests); by default it is
 * read when the panel opens and again on each tab switch. Every tab reads the database live, so it redraws while
 * pages are captured; a quiet 更新中… shows under the tabs until it has.
 */
export function SidePanelApp({ db, now: fixedNow }: { db: ShopLensDatabase; now?: number }) {
  const { t, lang, setLang } = useI18n();
  const [tab, setTab] = useState<TabId>('capture');
  const { now, refresh } = useNow(fixedNow);
  const panel = useRef<HTMLDivElement>(null);
  const updating = useUpdating(db, tab, panel);
  // Persistent storage is asked for once, when the panel first opens (the 数据 tab shows the answer).
  useAskPersistence();
  const select = (next: TabId) => {
    refresh();
    setTab(next);
  };
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
      <TabBar active={tab} onSelect={select} />
      <p className="updating muted" role="status" data-testid="updating">
        {updating ? t('updating') : ''}
      </p>
      <div ref={panel} role="tabpanel" id="tab-panel" aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'capture' ? <CaptureTab db={db} /> : <AnalyticsTab tab={tab} db={db} now={now} />}
      </div>
      <footer className="muted">{t('privacy')}</footer>
    </main>
  );
}
