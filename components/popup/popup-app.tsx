import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import type { ShopLensDatabase } from '../../lib/db';
import type { QuickRead } from '../../lib/db/quick-read';
import { PLATFORM_IDS } from '../../lib/domain/platform';
import { formatCount } from '../format';
import type { PopupPage } from '../hooks/use-popup';
import { useI18n } from '../i18n';
import { LoadState } from '../load-state';
import { ConsolePages } from './console-pages';
import type { ActiveTab, PopupEnv } from './env';
import { pageOf } from './page-of';
import { PageStatus } from './page-status';
import type { LiveResult } from './popup-live';
import { firstData, type FirstData } from './quick-data';
import { UrgentList } from './urgent-list';

type TabState = { kind: 'loading' } | { kind: 'ready'; tab?: ActiveTab } | { kind: 'error'; error: string };

// The export (the CSV writer, papaparse, the tier and stock analytics) loads after the popup is drawn.
const ExportAll = lazy(() => import('./export-all').then((m) => ({ default: m.ExportAll })));
// The live read (Dexie, the schemas, the derived tables' code: most of the popup's JavaScript) loads after the
// first draw, which the quick read on raw IndexedDB feeds (lib/db/quick-read.ts).
const PopupLive = lazy(() => import('./popup-live'));

/** Runs `then` once the browser has drawn the frame being committed (a timer after the next animation frame). */
function afterPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (timer = setTimeout(then))) : undefined;
  if (frame === undefined) timer = setTimeout(then);
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

const sum = (r: Record<string, number>) => PLATFORM_IDS.reduce((n, p) => n + (r[p] ?? 0), 0);

/**
 * The toolbar popup, a quick check. On a seller-console list: that page's platform and list, its rows and last
 * capture, warnings, 立即采集, and the three most urgent things across the shop. Anywhere else: what ShopLens
 * does and the list pages it reads, as links. Always: how much is stored, 打开侧边栏, and export everything.
 * It reads counts and small stored rows only (usePopupData), never every order.
 */
export function PopupApp(props: {
  /** The database; without one the live read opens the extension's own (getDb). */
  db?: ShopLensDatabase;
  env: PopupEnv;
  /** The quick first read (quickPopupRead); without one the popup draws from the live read alone. */
  quickRead?(page: PopupPage | undefined): Promise<QuickRead>;
  now?: number;
  download?(blob: Blob, file: string): void;
}) {
  const { env, download, quickRead } = props;
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
  // First the quick read (raw IndexedDB) draws; once that is on screen, the live read loads and takes over.
  const [quick, setQuick] = useState<{ page?: PopupPage; data?: FirstData }>();
  const [startLive, setStartLive] = useState(!quickRead);
  const [live, setLive] = useState<LiveResult>();
  useEffect(() => {
    if (!quickRead || tab.kind === 'loading') return;
    if (tab.kind === 'error') return setStartLive(true);
    let current = true;
    quickRead(page).then(
      (read) => current && setQuick({ page, data: firstData(read, now) }),
      () => current && setQuick({ page }),
    );
    return () => void (current = false);
  }, [quickRead, tab.kind, page, now]);
  // With a first draw to show, the live read waits for it to be painted; without one (the quick read could not
  // tell), it starts at once.
  useEffect(() => (quick && !startLive ? (quick.data ? afterPaint(() => setStartLive(true)) : setStartLive(true)) : undefined), [quick, startLive]);
  const data: FirstData | undefined = live?.data ?? (quick?.page === page ? quick?.data : undefined);
  const error = live?.error;

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
          {live?.db && data.settings ? (
            <Suspense fallback={null}>
              <ExportAll db={live.db} now={now} settings={data.settings} counts={data.counts} download={download} />
            </Suspense>
          ) : null}
        </>
      )}
      {startLive && tab.kind !== 'loading' ? (
        <Suspense fallback={null}>
          <PopupLive db={props.db} page={page} now={now} refresh={refresh} onResult={setLive} />
        </Suspense>
      ) : null}
      <footer className="muted">{t('privacy')}</footer>
    </main>
  );
}
