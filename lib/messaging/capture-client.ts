import type { PlatformAdapter } from '../platforms/types';
import { observeList } from '../scrape/observe';
import type { CaptureFromContent, CaptureReply } from './protocol';
import { readPage, readPageInSlices } from './read-page';

export { readPage, readPageInSlices };

/** What the capture loop needs from its surroundings; tests pass their own. */
export interface CaptureEnv {
  document: Document;
  send(message: CaptureFromContent): Promise<CaptureReply | undefined>;
  now(): number;
  debounceMs?: number;
}

/** A send with no answer after this long counts as failed (the background may have been stopped mid-reply). */
const REPLY_TIMEOUT_MS = 10_000;

/** Waits before each retry of one page: doubling from 1 s, at most a minute, ~3 min in all; then it waits for a change. */
const RETRY_DELAYS_MS = [1, 2, 4, 8, 16, 32, 60, 60].map((s) => s * 1000);

type Delivery = { stored: true } | { stored: false; dead: boolean; why: unknown };

/** Same rows, same reasons, same drift → same fingerprint; used to skip sending a page that has not changed. */
function fingerprint(m: CaptureFromContent): string {
  return JSON.stringify([m.url, m.records.map((r) => ({ ...(r as object), capturedAt: 0 })), m.rejected, m.drift ?? null]);
}

/** Sends one capture; stored only on an `ok: true` reply within REPLY_TIMEOUT_MS. Never rejects. */
async function deliver(env: CaptureEnv, message: CaptureFromContent): Promise<Delivery> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), REPLY_TIMEOUT_MS)));
  try {
    // The executor turns a send that throws at once (a reloaded extension does) into a rejection.
    const reply = await Promise.race([new Promise<CaptureReply | undefined>((resolve) => resolve(env.send(message))), timeout]);
    if (reply?.ok === true) return { stored: true };
    return { stored: false, dead: false, why: reply ? reply.error : 'no reply' };
  } catch (error) {
    return { stored: false, dead: String(error).includes('Extension context invalidated'), why: error };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The content script's whole job: read the list on load and whenever it changes (see `observeList` for what
 * counts as a change), and send the rows to the background. The list is read in time slices of at most
 * ~30 ms with a turn of the host page's event loop between them (readPageInSlices), so a long list never
 * blocks the page. A page counts as sent only once the background answers `ok: true`; an `ok: false` (a full
 * disk), no answer, a failed send or 10 s of silence send a fresh read again after 1 s, 2 s, 4 s … (at most
 * 60 s apart, 8 times), and a change of the page starts afresh. One read or send at a time: a change during
 * one is read once it settles. A reloaded extension ("Extension context invalidated") stops the loop quietly.
 * It never throws into the host page and never changes it. Returns the stop function.
 */
export function startCapture(adapter: PlatformAdapter, env: CaptureEnv): () => void {
  let stored = '';
  let failing = '';
  let retries = 0;
  let busy = false;
  let changedWhileBusy = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  /** The read or send in flight is over: read again if the page changed meanwhile. */
  const settled = () => {
    busy = false;
    if (changedWhileBusy && !stopped) {
      changedWhileBusy = false;
      run(false);
    }
  };

  const delivered = (print: string, result: Delivery) => {
    if (stopped) return;
    if (result.stored) {
      stored = print;
      failing = '';
    } else if (result.dead) {
      return stop();
    } else {
      if (print !== failing) console.debug('[ShopLens] capture not stored, will retry', result.why);
      failing = print;
      if (retries < RETRY_DELAYS_MS.length) retryTimer = setTimeout(() => run(true), RETRY_DELAYS_MS[retries++]);
    }
    settled();
  };

  const read = (message: CaptureFromContent | undefined, retry: boolean) => {
    if (stopped || !message) return settled();
    const print = fingerprint(message);
    // A page whose send failed is sent again only by its retry timer, or after it changes.
    if (print === stored || (print === failing && !retry)) return settled();
    clearTimeout(retryTimer);
    if (print !== failing) retries = 0;
    void deliver(env, message).then((result) => delivered(print, result));
  };

  function run(retry: boolean) {
    if (stopped) return;
    if (busy) {
      changedWhileBusy = true;
      return;
    }
    busy = true;
    readPageInSlices(adapter, env.document, env.now(), { cancelled: () => stopped })
      .then((message) => read(message, retry))
      .catch((error: unknown) => {
        console.debug('[ShopLens] could not read this page', error);
        settled();
      });
  }

  const stopObserving = observeList(env.document, () => run(false), { debounceMs: env.debounceMs ?? 400 });
  function stop() {
    stopped = true;
    stopObserving();
    clearTimeout(retryTimer);
  }
  run(false);
  return stop;
}
