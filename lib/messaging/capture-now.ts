import { z } from 'zod';
import { browser } from 'wxt/browser';
import type { PlatformAdapter } from '../platforms/types';
import type { CaptureEnv } from './capture-client';
import { readPageInSlices } from './read-page';

/** Popup → content script of the active tab: read this page now, store it, and say what became of it. */
export const CaptureNowSchema = z.object({ type: z.literal('shoplens/capture-now') });

/**
 * Popup → content script of a tab: the URL of your page. The popup cannot read a console tab's URL itself —
 * ShopLens asks for no host permission and no "tabs" permission; its content scripts' matches give none — so it
 * asks the script running there; a tab without our script is no console page.
 */
export const PageUrlSchema = z.object({ type: z.literal('shoplens/page-url') });

/** Content script → popup: the rows read now and what the background stored of them. */
export type CaptureNowReply =
  | { ok: true; read: number; saved: number; added: number; rejected: number; drift: boolean }
  | { ok: false; error: string };

/**
 * Reads the page now (in time slices, as the capture loop does), sends the rows to the background and answers
 * once the background has stored them. A page that is not a list, or an empty list without drift, answers
 * `ok: false` with the reason. Never throws.
 */
export async function captureNow(adapter: PlatformAdapter, env: CaptureEnv): Promise<CaptureNowReply> {
  try {
    const message = await readPageInSlices(adapter, env.document, env.now());
    if (!message) return { ok: false, error: 'no-rows' };
    const reply = await env.send(message);
    if (!reply) return { ok: false, error: 'no reply' };
    if (!reply.ok) return { ok: false, error: reply.error };
    return { ok: true, read: message.read, saved: reply.saved, added: reply.added, rejected: reply.rejected, drift: reply.drift === true };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

/**
 * Listens for `shoplens/capture-now` from ShopLens's own pages (the popup) in the content script and answers
 * with captureNow; answers `shoplens/page-url` with the page's URL. One line in each entrypoints/<id>.content.ts; returns the function that stops listening.
 */
export function listenCaptureNow(adapter: PlatformAdapter, env: CaptureEnv): () => void {
  const listener = (message: unknown, sender: { id?: string }): Promise<CaptureNowReply | string> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (PageUrlSchema.safeParse(message).success) return Promise.resolve(env.document.location?.href ?? '');
    if (!CaptureNowSchema.safeParse(message).success) return undefined;
    return captureNow(adapter, env);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
