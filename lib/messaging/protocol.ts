import { z } from 'zod';
import { DriftSchema, PageKindSchema, PlatformSchema, RejectedRowSchema } from '../domain';

/**
 * Bounds of one capture message, far above any real list page (a console shows at most a few hundred rows a
 * page; the bench's 5000-row pages pass): a message beyond them is refused whole, with the reason, before any
 * of it is parsed (messageTooLarge). Records inside are bounded by the schemas' LIMITS.
 */
export const MESSAGE_LIMITS = {
  /** Records (and rejected rows) in one message. */
  rows: 5000,
  /** Characters of all strings (keys and values) in one message. */
  chars: 16_000_000,
  /** Values (objects, arrays, strings, numbers …) in one message. */
  values: 1_000_000,
  /** Nesting depth: a record is four levels deep. */
  depth: 32,
} as const;

/**
 * Why a message is too large to look at, or undefined when it is within MESSAGE_LIMITS. Walks the message
 * once, without recursion, and stops as soon as a bound is passed: its cost is bounded whatever the message
 * holds (a 100k-row array, a 50 MB string, a million-key object, a deeply nested one).
 */
export function messageTooLarge(message: unknown): string | undefined {
  const tooMany = `too large: more than ${MESSAGE_LIMITS.values} values`;
  let chars = 0;
  let values = 1;
  const stack: [unknown, number][] = [[message, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'string') chars += value.length;
    else if (typeof value === 'object' && value !== null) {
      if (depth >= MESSAGE_LIMITS.depth) return `too large: nested deeper than ${MESSAGE_LIMITS.depth}`;
      if (Array.isArray(value)) {
        if (depth === 1 && value.length > MESSAGE_LIMITS.rows) return `too large: ${value.length} rows (at most ${MESSAGE_LIMITS.rows})`;
        if ((values += value.length) > MESSAGE_LIMITS.values) return tooMany;
        for (let i = 0; i < value.length; i++) stack.push([value[i], depth + 1]);
      } else {
        const keys = Object.keys(value);
        if ((values += keys.length) > MESSAGE_LIMITS.values) return tooMany;
        for (const key of keys) {
          chars += key.length;
          stack.push([(value as Record<string, unknown>)[key], depth + 1]);
        }
      }
    }
    if (chars > MESSAGE_LIMITS.chars) return `too large: more than ${MESSAGE_LIMITS.chars} characters`;
  }
  return undefined;
}

/**
 * Content script → background: the rows read from one page. Records are checked again one by one in the
 * background (untrusted input from a third-party page), so here they are only `unknown`.
 * Message names say their direction.
 */
export const CaptureFromContentSchema = z.object({
  type: z.literal('shoplens/capture-from-content'),
  platform: PlatformSchema,
  kind: PageKindSchema,
  url: z.string().url().max(2048),
  /** Rows the reader found on the page, good and bad. */
  read: z.number().int().nonnegative().max(MESSAGE_LIMITS.rows * 2),
  records: z.array(z.unknown()).max(MESSAGE_LIMITS.rows),
  rejected: z.array(RejectedRowSchema).max(MESSAGE_LIMITS.rows),
  /** The reader's version (PlatformAdapter.version), kept on the capture record. */
  readerVersion: z.number().int().nonnegative().max(10_000).optional(),
  /** Set when the page no longer reads as the reader expects (the capture is logged even with no rows). */
  drift: DriftSchema.optional(),
});
export type CaptureFromContent = z.infer<typeof CaptureFromContentSchema>;

/** Background → content script: what became of a capture. */
export type CaptureReply =
  | { ok: true; captureId: number; saved: number; added: number; rejected: number; drift?: boolean }
  | { ok: false; error: string };

/**
 * Extension page → background: the database was changed other than through ingest (data deleted, a backup
 * restored), so the background drops what it holds in memory and rebuilds the derived tables from the orders.
 */
export const DataChangedSchema = z.object({ type: z.literal('shoplens/data-changed') });
export type DataChanged = z.infer<typeof DataChangedSchema>;
