import type { ShopLensDatabase } from '../db';
import { ingestCapture } from '../ingest/ingest';
import { CaptureFromContentSchema, messageTooLarge, type CaptureReply } from './protocol';
import { isAllowedSender, senderPlatform, type SenderLike } from './sender';

export const CAPTURE_MESSAGE_TYPE = 'shoplens/capture-from-content';

/** What handleCapture needs from the background; tests pass their own. */
export interface CaptureHandlerEnv {
  db: ShopLensDatabase;
  /** The extension's own id (browser.runtime.id). */
  runtimeId: string;
  now(): number;
  /** The store writes the derived tables 'later' (the background: many captures at once) or 'now'. */
  flush?: 'now' | 'later';
  /** After a capture is stored: the tab's badge (lib/messaging/badge.ts addTabRows). */
  onStored?(tabId: number, keys: string[], drift: boolean): Promise<unknown>;
}

/** True when a message says it is a capture: handleCapture answers it, whatever else it holds. */
export function isCaptureMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === CAPTURE_MESSAGE_TYPE;
}

/** The first Zod issue as a short reason: where and what. */
function firstIssue(issues: { path: PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  if (!issue) return 'invalid message';
  const where = issue.path.map(String).join('.').slice(0, 60) || 'message';
  return `invalid message: ${where}: ${issue.message.slice(0, 120)}`;
}

/**
 * The background's answer to a capture message (`shoplens/capture-from-content`), whatever it holds: always a
 * reply, never a throw. In order: a message beyond MESSAGE_LIMITS is refused before it is parsed; one that does
 * not meet CaptureFromContentSchema is refused with its first issue; one not from our content script on a
 * seller-console page (isAllowedSender) is refused; one naming another platform than its page's host is
 * refused (the records are stored under the host's platform — senderPlatform — never the message's). Then
 * ingest checks each record against the schemas and stores the good ones, logging the rejected with reasons.
 */
export async function handleCapture(message: unknown, sender: SenderLike, env: CaptureHandlerEnv): Promise<CaptureReply> {
  try {
    const tooLarge = messageTooLarge(message);
    if (tooLarge) return { ok: false, error: tooLarge };
    const parsed = CaptureFromContentSchema.safeParse(message);
    if (!parsed.success) return { ok: false, error: firstIssue(parsed.error.issues) };
    if (!isAllowedSender(sender, env.runtimeId, parsed.data.url)) return { ok: false, error: 'sender not allowed' };
    const platform = senderPlatform(sender);
    if (!platform) return { ok: false, error: 'sender not allowed' };
    if (parsed.data.platform !== platform) {
      return { ok: false, error: `platform mismatch: the page is ${platform}, the message says ${parsed.data.platform}` };
    }
    const tabId = sender.tab!.id!;
    const { capture, keys } = await ingestCapture(env.db, parsed.data, { at: env.now(), tabId, flush: env.flush ?? 'later', platform });
    await env.onStored?.(tabId, keys, capture.drift !== undefined);
    return {
      ok: true,
      captureId: capture.id!,
      saved: capture.saved,
      added: capture.added,
      rejected: capture.rejected,
      drift: capture.drift !== undefined,
    };
  } catch (error) {
    return { ok: false, error: String(error).slice(0, 300) };
  }
}
