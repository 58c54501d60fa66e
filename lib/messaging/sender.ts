import type { PlatformId } from '../domain';
import { SELLER_HOSTS, SELLER_HOST_PLATFORMS } from '../platforms/hosts';

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

/**
 * The platform of the console page that sent a message, from the sender's tab URL (its host), or undefined
 * for any other page. A capture's records are stored under this platform, never under the one the message
 * names (a page could claim anything).
 */
export function senderPlatform(sender: SenderLike): PlatformId | undefined {
  if (!sender.url) return undefined;
  try {
    const from = new URL(sender.url);
    if (from.protocol !== 'https:') return undefined;
    return Object.hasOwn(SELLER_HOST_PLATFORMS, from.hostname) ? SELLER_HOST_PLATFORMS[from.hostname] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when a message comes from one of ShopLens's own extension pages (side panel, popup, or one opened in a
 * tab): our extension id and a page of the extension itself — a content script's sender URL is the web page's
 * (Firefox's moz-extension host is a per-install UUID, so there the id check carries it).
 */
export function isExtensionPage(sender: SenderLike, runtimeId: string): boolean {
  if (sender.id !== runtimeId || !sender.url) return false;
  try {
    const from = new URL(sender.url);
    return (from.protocol === 'chrome-extension:' && from.hostname === runtimeId) || from.protocol === 'moz-extension:';
  } catch {
    return false;
  }
}
