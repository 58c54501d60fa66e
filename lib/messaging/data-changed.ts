import type { DataChanged } from './protocol';

/** The extension's runtime as an extension page sees it (Firefox's `browser`, Chromium's `chrome`). */
interface RuntimeLike {
  runtime: { sendMessage(message: unknown): Promise<unknown>; getManifest(): { version: string } };
}

/**
 * The runtime, read from the global at call time rather than through wxt/browser, so the components that use it
 * by default load in jsdom tests (which pass their own).
 */
function runtime(): RuntimeLike['runtime'] | undefined {
  const g = globalThis as unknown as { browser?: RuntimeLike; chrome?: RuntimeLike };
  return g.browser?.runtime?.sendMessage ? g.browser.runtime : g.chrome?.runtime;
}

/**
 * Tells the background that the database was changed other than through ingest (a restore, a privacy
 * control): it drops what it holds in memory and rebuilds the derived tables from the orders. False when the
 * background did not answer (it then rebuilds on its next start, as the shards were emptied with the change).
 */
export async function notifyDataChanged(): Promise<boolean> {
  const message: DataChanged = { type: 'shoplens/data-changed' };
  try {
    const reply = (await runtime()?.sendMessage(message)) as { ok?: boolean } | undefined;
    return reply?.ok === true;
  } catch {
    return false;
  }
}

/** The extension's version (manifest), written into a backup's header; '0.0.0' outside the extension. */
export function extensionVersion(): string {
  try {
    return runtime()?.getManifest?.().version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
