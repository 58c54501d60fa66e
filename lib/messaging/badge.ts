import { browser } from 'wxt/browser';

const PREFIX = 'tabRows:';

/**
 * The toolbar badge: how many distinct rows (orders or products) this tab has contributed since it was
 * opened. Re-capturing the same rows does not raise it. Kept in storage.session so a restarted service
 * worker still knows the count; cleared when the tab closes.
 */
export async function addTabRows(tabId: number, keys: string[]): Promise<number> {
  const storageKey = `${PREFIX}${tabId}`;
  const stored = (await browser.storage.session.get(storageKey))[storageKey] as string[] | undefined;
  const all = new Set(stored ?? []);
  for (const key of keys) all.add(key);
  await browser.storage.session.set({ [storageKey]: [...all] });
  // MV3 has `action`; the Firefox MV2 build has `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeBackgroundColor({ tabId, color: '#d9480f' });
  await action.setBadgeText({ tabId, text: badgeText(all.size) });
  return all.size;
}

/** Forgets a closed tab's rows. */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(`${PREFIX}${tabId}`);
}

/** Badge text: the count, shortened past four characters (`1.2k`). */
export function badgeText(count: number): string {
  if (count === 0) return '';
  return count < 10_000 ? String(count) : `${Math.floor(count / 1000)}k`;
}
