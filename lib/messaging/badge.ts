import { browser } from 'wxt/browser';

const PREFIX = 'tabRows:';

/** The badge of a tab whose page no longer reads as its reader expects: a warning, not a count. */
export const DRIFT_BADGE = { text: '!', color: '#e67700', title: 'ShopLens 店镜：该页面结构可能已变化，打开侧边栏「采集」查看' };
const COUNT_COLOR = '#d9480f';

/**
 * The toolbar badge: how many distinct rows (orders or products) this tab has contributed since it was
 * opened. Re-capturing the same rows does not raise it. Kept in storage.session so a restarted service
 * worker still knows the count; cleared when the tab closes. When the latest read of the tab found the page
 * changed under its reader (`drift`), the badge turns to a warning (DRIFT_BADGE) until a read is fine again.
 */
export async function addTabRows(tabId: number, keys: string[], drift = false): Promise<number> {
  const storageKey = `${PREFIX}${tabId}`;
  const stored = (await browser.storage.session.get(storageKey))[storageKey] as string[] | undefined;
  const all = new Set(stored ?? []);
  for (const key of keys) all.add(key);
  await browser.storage.session.set({ [storageKey]: [...all] });
  // MV3 has `action`; the Firefox MV2 build has `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeBackgroundColor({ tabId, color: drift ? DRIFT_BADGE.color : COUNT_COLOR });
  await action.setBadgeText({ tabId, text: drift ? DRIFT_BADGE.text : badgeText(all.size) });
  await action.setTitle({ tabId, title: drift ? DRIFT_BADGE.title : 'ShopLens 店镜' });
  return all.size;
}

/** How many distinct rows this tab has contributed: the badge's count (the popup shows it). */
export async function tabRowCount(tabId: number): Promise<number> {
  const stored = (await browser.storage.session.get(`${PREFIX}${tabId}`))[`${PREFIX}${tabId}`];
  return Array.isArray(stored) ? stored.length : 0;
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
