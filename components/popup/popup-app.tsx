import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import type { ShopLensDatabase } from '../../lib/db';
import { PLATFORM_IDS } from '../../lib/domain';
import { formatCount } from '../format';
import { usePopupData, type PopupPage } from '../hooks/use-popup';
import { useI18n } from '../i18n';
import { LoadState } from '../load-state';
import { ConsolePages } from './console-pages';
import type { ActiveTab, PopupEnv } from './env';
import { pageOf } from './page-of';
import { PageStatus } from './page-status';
import { UrgentList } from './urgent-list';

type TabState = { kind: 'loading' } | { kind: 'ready'; tab?: ActiveTab } | { kind: 'error'; error: string };

// The export (the CSV writer, papaparse, the tier and stock analytics) loads after the popup is drawn.
const ExportAll = lazy(() => import('./export-all').then((m) => ({ default: m.ExportAll })));

const sum = (r: Record<string, number>) => PLATFORM_IDS.reduce((n, p) => n + (r[p] ?? 0), 0);

/**
 * The toolbar popup, a quick check. On a seller-console list: that page's platform and list, its rows and last
 * capture, warnings, 立即采集, and the three most urgent things across the shop. Anywhere else: what ShopLens
 * does and the list pages it reads, as links. Always: how much is stored, 打开侧边栏, and export everything.
 * It reads counts and small stored rows only (usePopupData), never every order.
 */
export function PopupApp(props: { db: ShopLensDatabase; env: PopupEnv; now?: number; download?(blob: Blob, file: string): void }) {
  const { db, env, download } = props;
  const { t, lang, setLang } = useI18n();
  const [now] = useState(() => props.now ?? Date.now());
  const [tab, setTab] = useState<TabState>({ kind: 'loading' });
  const [panelError, setPanelError] = useState('');

  useEffect(() => {
    env.activeTab().then(
      (found) => setTab({ kind: 'ready', tab: found }),
      (e: unknown) => setTab({ kind: 'error', error: String(e) }),
    );
  }, [env]);

  const active = tab.kind === 'ready' ? tab.tab : undefined;
  const detected = active?.url ? pageOf(active.url) : undefined;
  const page = useMemo<PopupPage | undefined>(
    () => (active && detected ? { platform: detected.platform, tabId: active.id, url: active.url! } : undefined),
    [active, detected?.platform],
  );
  const refresh = useCallback(() => env.refreshUrgent(now), [env, now]);
  const { data, error } = usePopupData(db, page, now, refresh);

  function openPanel() {
    // No await before this call: the side panel opens only inside the click's user gesture.
    env.openSidePanel(active?.windowId).then(
      () => globalThis.close?.(),
      (e: unknown) => setPanelError(String(e)),
    );
  }

  return (
    <main className="popup">
      <header className="top">
        <h1>{t('appName')}</h1>
        <button type="button" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
          {t('switchLang')}
        </button>
      </header>
      {tab.kind === 'loading' || (!data && !error) ? (
        <LoadState error={tab.kind === 'error' ? tab.error : undefined} />
      ) : tab.kind === 'error' || error || !data ? (
        <LoadState error={tab.kind === 'error' ? tab.error : error} />
      ) : (
        <>
          {page && detected ? (
            <>
              <PageStatus env={env} tabId={page.tabId} platform={page.platform} kind={detected.kind} latest={data.latest} />
              <UrgentList urgent={data.urgent} stale={data.stale} />
            </>
          ) : (
            <section className="about" data-testid="about">
              <p>{t('popupAbout')}</p>
              <p className="muted">{t('popupNotConsole')}</p>
              <ConsolePages />
            </section>
          )}
          <section className="holds" data-testid="holds">
            <h2>{t('popupHolds')}</h2>
            <dl>
              <div>
                <dt>{t('popupOrders')}</dt>
                <dd data-testid="holds-orders">{formatCount(sum(data.counts.orders))}</dd>
              </div>
              <div>
                <dt>{t('popupProducts')}</dt>
                <dd data-testid="holds-products">{formatCount(sum(data.counts.products))}</dd>
              </div>
              <div>
                <dt>{t('popupCustomers')}</dt>
                <dd data-testid="holds-customers">{data.urgent ? formatCount(data.urgent.customers) : t('popupCustomersUnknown')}</dd>
              </div>
            </dl>
          </section>
          <div className="actions">
            <button type="button" className="primary" onClick={openPanel}>
              {t('popupOpenPanel')}
            </button>
            {panelError ? (
              <p role="alert" className="error">
                {t('popupOpenPanelFailed', { error: panelError })}
              </p>
            ) : null}
          </div>
          <Suspense fallback={null}>
            <ExportAll db={db} now={now} settings={data.settings} counts={data.counts} download={download} />
          </Suspense>
        </>
      )}
      <footer className="muted">{t('privacy')}</footer>
    </main>
  );
}
