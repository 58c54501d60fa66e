import { browser } from 'wxt/browser';
import { getDb } from '../lib/db';
import { ingestCapture } from '../lib/ingest/ingest';
import { addTabRows, forgetTab } from '../lib/messaging/badge';
import { CaptureFromContentSchema, DataChangedSchema, type CaptureReply } from '../lib/messaging/protocol';
import { isAllowedSender, isExtensionPage } from '../lib/messaging/sender';
import { aggregateStore } from '../lib/ingest/aggregate-store';

export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel (Firefox shows it as a sidebar).
  (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel
    ?.setPanelBehavior({ openPanelOnActionClick: true })
    .catch(() => {});

  browser.runtime.onMessage.addListener((message: unknown, sender): Promise<CaptureReply | { ok: boolean }> | undefined => {
    if (DataChangedSchema.safeParse(message).success) {
      if (!isExtensionPage(sender, browser.runtime.id)) return Promise.resolve({ ok: false });
      return aggregateStore(getDb())
        .reset()
        .then(() => ({ ok: true }));
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
