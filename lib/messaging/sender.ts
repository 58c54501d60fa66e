import { SELLER_HOSTS } from '../platforms/hosts';

/** The parts of a runtime.MessageSender the check reads. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * True when a message comes from ShopLens's own content script on a seller-console page: our extension id,
 * a tab, an https page on one of the allowed hosts, and a claimed page URL on that same host. Anything
 * else is dropped before it reaches the database.
 */
export function isAllowedSender(sender: SenderLike, runtimeId: string, claimedUrl: string): boolean {
  if (sender.id !== runtimeId || sender.tab?.id === undefined || !sender.url) return false;
  try {
    const from = new URL(sender.url);
    const claimed = new URL(claimedUrl);
    return from.protocol === 'https:' && SELLER_HOSTS.includes(from.hostname) && claimed.hostname === from.hostname;
  } catch {
    return false;
  }
}
