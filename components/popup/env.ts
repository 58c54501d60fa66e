import type { CaptureNowReply } from '../../lib/messaging/capture-now';

/** The tab the popup was opened over. `url` is there only for hosts ShopLens has permission for. */
export interface ActiveTab {
  id: number;
  url?: string;
  windowId?: number;
}

/** What the popup asks of the browser; entrypoints/popup/browser-env.ts is the real one, tests pass their own. */
export interface PopupEnv {
  activeTab(): Promise<ActiveTab | undefined>;
  /** Distinct rows this tab has contributed (the toolbar badge's count). */
  tabRows(tabId: number): Promise<number>;
  /** Asks the tab's content script to read its page now; answers once the rows are stored. */
  captureNow(tabId: number): Promise<CaptureNowReply>;
  /** Asks the background to work the urgent list out again, as of the popup's `now`. */
  refreshUrgent(now: number): Promise<unknown>;
  /** Opens the side panel (Chrome) or sidebar (Firefox). Call straight from the click: it needs the user gesture. */
  openSidePanel(windowId: number | undefined): Promise<void>;
}
