import { browser } from 'wxt/browser';
import { getDb } from '../lib/db';
import { addTabRows, forgetTab } from '../lib/messaging/badge';
import { DataChangedSchema, type CaptureReply } from '../lib/messaging/protocol';
import { handleCapture, isCaptureMessage } from '../lib/messaging/capture-handler';
import { isExtensionPage } from '../lib/messaging/sender';
import { aggregateStore } from '../lib/ingest/aggregate-store';
import { UrgentRefreshSchema, urgentRefresher } from '../lib/messaging/urgent-refresh';
import { importReceiver } from '../lib/messaging/import-receiver';
import { applyRetention, forgetPrivacyCache } from '../lib/db/privacy';
import type { ImportReply } from '../lib/messaging/import-protocol';

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
  // Imports of export files from the side panel: staged in chunks, stored on commit (lib/messaging/import-receiver.ts).
  const imports = importReceiver(getDb());

  browser.runtime.onMessage.addListener((message: unknown, sender): Promise<CaptureReply | ImportReply | { ok: boolean }> | undefined => {
    const imported = imports.handle(message, sender, browser.runtime.id);
    if (imported) return imported;
    if (DataChangedSchema.safeParse(message).success) {
      if (!isExtensionPage(sender, browser.runtime.id)) return Promise.resolve({ ok: false });
      forgetPrivacyCache(getDb()); // a buyer forgotten, a backup restored: ingest reads the forgotten list again
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
    // A capture from a content script: always answered (stored, or refused with the reason).
    if (isCaptureMessage(message)) {
      return handleCapture(message, sender, { db: getDb(), runtimeId: browser.runtime.id, now: Date.now, onStored: addTabRows });
    }
    return undefined;
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

  // The seller's retention (数据 → 隐私): orders older than it are deleted when the background starts and once
  // a day while it runs (lib/db/privacy.ts); the derived tables are then rebuilt from the orders left.
  const retain = () =>
    void store
      .exclusive(() => applyRetention(getDb(), Date.now()))
      .then(async (deleted) => {
        if (deleted.orders + deleted.captures === 0) return;
        await store.reset();
        await store.exclusive(() => store.state());
        urgent.schedule();
      })
      .catch(() => undefined);
  retain();
  setInterval(retain, 24 * 60 * 60 * 1000);
});
