import { browser } from 'wxt/browser';
import type { DataChanged } from './protocol';

/**
 * Tells the background that the database was changed other than through ingest (a restore, a privacy
 * control): it drops what it holds in memory and rebuilds the derived tables from the orders. False when the
 * background did not answer (it then rebuilds on its next start, as the shards were emptied with the change).
 */
export async function notifyDataChanged(): Promise<boolean> {
  const message: DataChanged = { type: 'shoplens/data-changed' };
  try {
    const reply = (await browser.runtime.sendMessage(message)) as { ok?: boolean } | undefined;
    return reply?.ok === true;
  } catch {
    return false;
  }
}
