import { parseRows, type PageKind } from '../domain';
import type { PlatformAdapter } from '../platforms/types';
import { observeDebounced } from '../scrape/observe';
import type { CaptureFromContent, CaptureReply } from './protocol';

/** What the capture loop needs from its surroundings; tests pass their own. */
export interface CaptureEnv {
  document: Document;
  send(message: CaptureFromContent): Promise<CaptureReply | undefined>;
  now(): number;
  debounceMs?: number;
}

/** Reads the page once and builds the message, or undefined when this is not a list page or it is empty. */
export function readPage(adapter: PlatformAdapter, doc: Document, now: number): CaptureFromContent | undefined {
  const url = doc.location?.href ?? '';
  let kind: PageKind | undefined;
  try {
    kind = adapter.pageKind(new URL(url));
  } catch {
    return undefined;
  }
  if (!kind) return undefined;
  const raw = kind === 'orders' ? adapter.extractOrders(doc) : adapter.extractProducts(doc);
  if (raw.length === 0) return undefined;
  const { records, rejected } = parseRows(kind, raw, { platform: adapter.id, url, capturedAt: now });
  return { type: 'shoplens/capture-from-content', platform: adapter.id, kind, url, read: raw.length, records, rejected };
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
