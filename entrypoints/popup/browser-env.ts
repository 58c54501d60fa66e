import { browser } from 'wxt/browser';
import type { ActiveTab, PopupEnv } from '../../components/popup/env';
import { tabRowCount } from '../../lib/messaging/badge';
import type { CaptureNowReply } from '../../lib/messaging/capture-now';

type SidePanelApi = { open(options: { windowId: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };

/** The URL of a tab as our content script there reads it; undefined where none runs (not a console page). */
async function pageUrlOf(tabId: number): Promise<string | undefined> {
  try {
    const url: unknown = await browser.tabs.sendMessage(tabId, { type: 'shoplens/page-url' });
    return typeof url === 'string' && url ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The popup's browser: the active tab of the current window (ShopLens has no host or "tabs" permission, so its
 * URL comes from our content script in it — pageUrlOf), the badge's row count, messages to the tab's content
 * script and to the background, and the side panel.
 *
 * `popup.html?tab=<id>` looks at that tab instead of the active one: the end-to-end tests and the demo open the
 * popup as a page of its own, where the active tab would be the popup itself. It shows nothing the popup could
 * not show over that tab (the same tabs.get, the same permission limits).
 */
export function popupBrowserEnv(search = location.search): PopupEnv {
  const forced = Number(new URLSearchParams(search).get('tab'));
  const lookUp = async (): Promise<ActiveTab | undefined> => {
    const tab = Number.isInteger(forced) && forced > 0 ? await browser.tabs.get(forced) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (tab?.id === undefined) return undefined;
    // No host permission: the tab's URL is hidden, and our content script there (if any) tells it.
    const url = tab.url ?? (await pageUrlOf(tab.id));
    return { id: tab.id, url, windowId: tab.windowId };
  };
  // Looked up once, from the moment the popup's script runs: the tab the popup was opened over does not change
  // while it is open, and the lookup (a message to the tab's content script) then overlaps React's first render.
  const active = lookUp();
  active.catch(() => undefined);
  return {
    activeTab: () => active,
    tabRows: tabRowCount,
    async captureNow(tabId): Promise<CaptureNowReply> {
      try {
        const reply = (await browser.tabs.sendMessage(tabId, { type: 'shoplens/capture-now' })) as CaptureNowReply | undefined;
        return reply ?? { ok: false, error: 'no-script' };
      } catch (error) {
        // No content script in the tab (opened before ShopLens was installed or updated): "Receiving end does not exist".
        return { ok: false, error: /receiving end|could not establish/i.test(String(error)) ? 'no-script' : String(error) };
      }
    },
    refreshUrgent: (now) => browser.runtime.sendMessage({ type: 'shoplens/urgent-refresh', now }),
    openSidePanel(windowId) {
      const sidePanel = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
      if (sidePanel && windowId !== undefined) return sidePanel.open({ windowId });
      const sidebar = (browser as unknown as { sidebarAction?: SidebarApi }).sidebarAction;
      if (sidebar) return sidebar.open();
      return Promise.reject(new Error('no side panel in this browser'));
    },
  };
}
