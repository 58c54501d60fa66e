import { browser } from 'wxt/browser';
import { getDb } from '../lib/db';
import { ingestCapture } from '../lib/ingest/ingest';
import { addTabRows, forgetTab } from '../lib/messaging/badge';
import { CaptureFromContentSchema, DataChangedSchema, type CaptureReply } from '../lib/messaging/protocol';
import { isAllowedSender, isExtensionPage } from '../lib/messaging/sender';
import { aggregateStore } from '../lib/ingest/aggregate-store';
import { UrgentRefreshSchema, urgentRefresher } from '../lib/messaging/urgent-refresh';

export default defineBackground(() => {
  // The toolbar button opens the popup (action.default_popup); its 打开侧边栏 button opens the side panel.
  // Builds before the popup set openPanelOnActionClick, which Chrome keeps across updates: switch it off.
  (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel
    ?.setPanelBehavior({ openPanelOnActionClick: false })
    .catch(() => {});

  // The popup's three most urgent items: one stored row, worked out after the shards are written.
  const store = aggregateStore(getDb());
  const urgent = urgentRefresher(getDb());
  store.onFlushed = () => urgent.schedule();

  browser.runtime.onMessage.addListener((message: unknown, sender): Promise<CaptureReply | { ok: boolean }> | undefined => {
    if (DataChangedSchema.safeParse(message).success) {
      if (!isExtensionPage(sender, browser.runtime.id)) return Promise.resolve({ ok: false });
      return store.reset().then(() => {
        // Rebuild the shards from the orders now, in the background (what the next capture would do), then the
        // urgent list over them; the reply does not wait for it.
        void store
          .exclusive(() => store.state())
          .then(() => urgent.schedule())
          .catch(() => undefined);
        return { ok: true };
      });
    }
    const refresh = UrgentRefreshSchema.safeParse(message);
    if (refresh.success) {
      if (!isExtensionPage(sender, browser.runtime.id)) return Promise.resolve({ ok: false });
      return urgent.now(refresh.data.now).then(() => ({ ok: true }));
    }
    const parsed = CaptureFromContentSchema.safeParse(message);
    if (!parsed.success) return undefined;
    if (!isAllowedSender(sender, browser.runtime.id, parsed.data.url)) {
      return Promise.resolve({ ok: false, error: 'sender not allowed' });
    }
    const tabId = sender.tab!.id!;
    return ingestCapture(getDb(), parsed.data, { at: Date.now(), tabId, flush: 'later' })
      .then(async ({ capture, keys }) => {
        await addTabRows(tabId, keys, capture.drift !== undefined);
        return {
          ok: true as const,
          captureId: capture.id!,
          saved: capture.saved,
          added: capture.added,
          rejected: capture.rejected,
          drift: capture.drift !== undefined,
        };
      })
      .catch((error: unknown) => ({ ok: false as const, error: String(error) }));
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
