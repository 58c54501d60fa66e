/** The extension's runtime messaging as an extension page sees it (Firefox's `browser`, Chromium's `chrome`). */
interface RuntimeLike {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/**
 * An extension page's message to the background (runtime.sendMessage; a promise in MV3), as the import client
 * sends it. Read from the global at call time rather than through wxt/browser, so the components that take it
 * as their default load in jsdom tests (which pass their own `send`).
 */
export function runtimeSend(message: unknown): Promise<unknown> {
  const g = globalThis as unknown as { browser?: RuntimeLike; chrome?: RuntimeLike };
  const api = g.browser?.runtime?.sendMessage ? g.browser : g.chrome;
  if (!api?.runtime?.sendMessage) return Promise.reject(new Error('runtime messaging is not available on this page'));
  return api.runtime.sendMessage(message);
}
