import { z } from 'zod';
import { PlatformSchema, RejectedRowSchema } from '../domain';

/**
 * Side panel → background: an import of export files, sent after the panel has parsed them (lib/import). The
 * orders go in numbered chunks under one import id; the background stages them (checked against OrderSchema
 * as they arrive) and stores nothing until the commit, which writes them all in one transaction
 * (lib/ingest/import.ts storeImport). A cancel, a missing or out-of-order chunk, or a background restart
 * before the commit discards the staging: nothing of the import is stored. Only extension pages may send these.
 */
export const IMPORT_CHUNK_ORDERS = 2000;
/** Orders one import may stage: far above a year of a busy shop's orders, below what fills the worker's memory. */
export const IMPORT_MAX_ORDERS = 500_000;
/** Chunks one import may send. */
export const IMPORT_MAX_CHUNKS = Math.ceil(IMPORT_MAX_ORDERS / IMPORT_CHUNK_ORDERS);

const ImportIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

export const ImportChunkSchema = z.object({
  type: z.literal('shoplens/import-chunk'),
  importId: ImportIdSchema,
  /** 0, 1, 2 … in order. */
  seq: z.number().int().nonnegative().max(IMPORT_MAX_CHUNKS),
  /** Checked one by one in the background; here only `unknown`. */
  orders: z.array(z.unknown()).max(IMPORT_CHUNK_ORDERS),
});
export type ImportChunk = z.infer<typeof ImportChunkSchema>;

const FileNameSchema = z.string().max(300);

export const ImportPartSchema = z.object({
  platform: PlatformSchema,
  files: z.array(FileNameSchema).max(100),
  read: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  rejectedRows: z.array(RejectedRowSchema).max(200),
});

export const ImportCommitSchema = z.object({
  type: z.literal('shoplens/import-commit'),
  importId: ImportIdSchema,
  /** How many chunks and orders were sent: a commit that does not match what was staged stores nothing. */
  chunks: z.number().int().nonnegative().max(IMPORT_MAX_CHUNKS),
  orders: z.number().int().nonnegative().max(IMPORT_MAX_ORDERS),
  /** Per platform: files, rows read, rows rejected (for the capture log). */
  parts: z.array(ImportPartSchema).max(4),
});
export type ImportCommit = z.infer<typeof ImportCommitSchema>;

export const ImportCancelSchema = z.object({
  type: z.literal('shoplens/import-cancel'),
  importId: ImportIdSchema,
});
export type ImportCancel = z.infer<typeof ImportCancelSchema>;

/** Why the background refused or failed an import step. */
export type ImportFailure =
  /** Not sent by one of ShopLens's own extension pages. */
  | 'sender'
  /** The message does not fit its schema (too many orders in a chunk, a bad id …). */
  | 'malformed'
  /** No staging under this id: cancelled, expired, or the background restarted since the first chunk. */
  | 'unknown-import'
  /** A chunk came out of order, or the commit's counts do not match what was staged. */
  | 'out-of-order'
  /** More orders or concurrent imports than the background stages. */
  | 'too-large'
  /** The disk is full: nothing of the import was stored. */
  | 'quota'
  /** Another write failure: nothing of the import was stored. */
  | 'failed'
  /** Cancelled in the panel before the commit: the background dropped what it had staged. */
  | 'aborted'
  /**
   * The commit got no answer (the background stopped while storing): the import's one transaction either
   * committed or not — importing the same files again is safe either way (nothing is stored twice).
   */
  | 'no-reply';

export interface ImportCommitted {
  ok: true;
  added: number;
  updated: number;
  unchanged: number;
  /** Orders the background's check refused (with their reasons, on the capture-log entries). */
  refused: number;
  captureIds: number[];
  /** The orders are stored, the derived tables could not be written yet (see ImportOutcome.derivedError). */
  derivedError?: string;
}

export type ImportReply = { ok: true } | ImportCommitted | { ok: false; error: ImportFailure; detail?: string };
