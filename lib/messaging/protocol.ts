import { z } from 'zod';
import { DriftSchema, PageKindSchema, PlatformSchema, RejectedRowSchema } from '../domain';

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
  read: z.number().int().nonnegative(),
  records: z.array(z.unknown()).max(5000),
  rejected: z.array(RejectedRowSchema).max(5000),
  /** The reader's version (PlatformAdapter.version), kept on the capture record. */
  readerVersion: z.number().int().nonnegative().optional(),
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
