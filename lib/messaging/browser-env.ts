import { browser } from 'wxt/browser';
import type { CaptureEnv } from './capture-client';
import type { CaptureReply } from './protocol';

/** The real environment: this document, the extension's runtime messaging, the real clock. */
export function browserEnv(): CaptureEnv {
  return {
    document,
    send: (message) => browser.runtime.sendMessage(message) as Promise<CaptureReply | undefined>,
    now: () => Date.now(),
  };
}
