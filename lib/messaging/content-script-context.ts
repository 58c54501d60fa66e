import { browser } from 'wxt/browser';

/**
 * ShopLens's stand-in for WXT's ContentScriptContext (wxt/utils/content-script-context), put in its place by a
 * build plugin in wxt.config.ts for every content script. WXT 0.21's context, on start, posts
 * `{ type: '<extension id>:<script>:wxt:content-script-started', … }` to the host page with
 * window.postMessage(…, '*') — telling any page script the extension's id — and invalidates itself when a
 * `content-script-started` event for the same script reaches the document: a page that read the id could
 * fire one and switch capture off. This context posts nothing to the page and listens to nothing from it: it
 * is invalidated only when the extension itself goes away (reloaded, updated or removed: `runtime.id` is gone)
 * or by our own code. Content scripts are injected once per page load by the manifest, so there is no older
 * copy of the script to stop; the capture loop also stops by itself on "Extension context invalidated"
 * (lib/messaging/capture-client.ts). The methods are WXT's, so `main(ctx)` works unchanged.
 */
export class ContentScriptContext {
  readonly contentScriptName: string;
  readonly options: unknown;
  readonly #abort = new AbortController();

  constructor(contentScriptName: string, options?: unknown) {
    this.contentScriptName = contentScriptName;
    this.options = options;
  }

  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  abort(reason?: unknown): void {
    this.#abort.abort(reason);
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => this.isValid && callback(time));
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => !this.signal.aborted && callback(deadline), options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /** A listener removed when the context is invalidated. (WXT's `wxt:locationchange` event is not offered.) */
  addEventListener(target: EventTarget, type: string, handler: EventListenerOrEventListenerObject, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }
}
