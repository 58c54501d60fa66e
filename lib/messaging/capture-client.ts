import type { PlatformAdapter } from '../platforms/types';
import { observeDebounced } from '../scrape/observe';
import type { CaptureFromContent, CaptureReply } from './protocol';
import { readPage } from './read-page';

export { readPage };

/** What the capture loop needs from its surroundings; tests pass their own. */
export interface CaptureEnv {
  document: Document;
  send(message: CaptureFromContent): Promise<CaptureReply | undefined>;
  now(): number;
  debounceMs?: number;
}

/** Same rows, same reasons → same fingerprint; used to skip sending a page that has not changed. */
function fingerprint(m: CaptureFromContent): string {
  return JSON.stringify([m.url, m.records.map((r) => ({ ...(r as object), capturedAt: 0 })), m.rejected]);
}

/**
 * The content script's whole job: read the list on load and whenever it changes (paging, filters, SPA
 * navigation, virtual scrolling — one debounced MutationObserver), and send the rows to the background.
 * It never throws into the host page and never changes it. Returns the stop function.
 */
export function startCapture(adapter: PlatformAdapter, env: CaptureEnv): () => void {
  let last = '';
  let stopped = false;
  const run = () => {
    if (stopped) return;
    try {
      const message = readPage(adapter, env.document, env.now());
      if (!message) return;
      const print = fingerprint(message);
      if (print === last) return;
      last = print;
      env.send(message).catch((error: unknown) => {
        last = ''; // not stored: try again on the next change
        if (!String(error).includes('Extension context invalidated')) console.debug('[ShopLens]', error);
      });
    } catch (error) {
      console.debug('[ShopLens] could not read this page', error);
    }
  };
  const stopObserving = observeDebounced(env.document.documentElement, run, env.debounceMs ?? 400);
  run();
  return () => {
    stopped = true;
    stopObserving();
  };
}
