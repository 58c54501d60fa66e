import { browser } from 'wxt/browser';

/** An extension page's message to the background (runtime.sendMessage), as the import client sends it. */
export function runtimeSend(message: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(message) as Promise<unknown>;
}
