import { parseOrderRow, parseProductRow, type Order, type PageKind, type Product, type RawOrderRow, type RawProductRow, type RejectedRow } from '../domain';
import type { PlatformAdapter } from '../platforms/types';
import { detectDrift } from '../scrape/drift';
import { withReadCache } from '../scrape/read-cache';
import type { CaptureFromContent } from './protocol';

/** One read of a page as steps: each step reads one more row (a record, with its rows); the last gives the message. */
type ReadSteps = Generator<void, CaptureFromContent | undefined, undefined>;

function rowsOf(adapter: PlatformAdapter, kind: PageKind, doc: Document): Iterable<RawOrderRow | RawProductRow> {
  if (kind === 'orders') return adapter.eachOrderRow ? adapter.eachOrderRow(doc) : adapter.extractOrders(doc);
  return adapter.eachProductRow ? adapter.eachProductRow(doc) : adapter.extractProducts(doc);
}

function* readSteps(adapter: PlatformAdapter, doc: Document, now: number): ReadSteps {
  const url = doc.location?.href ?? '';
  let kind: PageKind | undefined;
  try {
    kind = adapter.pageKind(new URL(url));
  } catch {
    return undefined;
  }
  if (!kind) return undefined;
  const ctx = { platform: adapter.id, url, capturedAt: now };
  const records: (Order | Product)[] = [];
  const rejected: RejectedRow[] = [];
  let read = 0;
  // Each row is parsed as it comes (parseRows row by row: same records, same rejections and indexes).
  for (const raw of rowsOf(adapter, kind, doc)) {
    const result = kind === 'orders' ? parseOrderRow(raw as RawOrderRow, read, ctx) : parseProductRow(raw as RawProductRow, read, ctx);
    read++;
    if (result.ok) records.push(result.record);
    else rejected.push(result.rejected);
    yield;
  }
  const drift = detectDrift(doc, adapter.signs[kind], { read, rejected, readerVersion: adapter.version });
  if (read === 0 && !drift) return undefined;
  return {
    type: 'shoplens/capture-from-content',
    platform: adapter.id,
    kind,
    url,
    read,
    records,
    rejected,
    readerVersion: adapter.version,
    ...(drift ? { drift } : {}),
  };
}

/**
 * Reads the page once and builds the message: the rows read and parsed, the reader's version, and `drift`
 * when the page no longer reads as the reader expects (lib/scrape/drift.ts) — then the message is sent even
 * with no rows, so the seller learns the page is not being read. Undefined when this is not a list page, or
 * the list is empty and shows no sign of records. In one go: readPageInSlices is what the content script runs.
 */
export function readPage(adapter: PlatformAdapter, doc: Document, now: number): CaptureFromContent | undefined {
  return withReadCache(() => {
    const steps = readSteps(adapter, doc, now);
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  });
}

export interface SliceOptions {
  /** Longest stretch of reading before the page gets the main thread back (ms). Default 30: no long task (> 50 ms). */
  sliceMs?: number;
  /** Gives the event loop a turn between slices. Default: scheduler.yield where the browser has it, else setTimeout 0. */
  pause?: () => Promise<void>;
  /** True once the caller no longer wants the result (the capture loop stopped): the read ends at the next pause. */
  cancelled?: () => boolean;
}

const SLICE_MS = 30;

type Scheduler = { yield?: () => Promise<void> };

/** One turn of the event loop for the host page: scheduler.yield (Chrome 129+, resumes ahead of other tasks), else setTimeout 0. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * readPage in time slices: rows are read (cut, read and parsed) for at most `sliceMs`, then the host page gets
 * the main thread back for a turn, and the read goes on where it stopped — a 500-row list is read without a
 * long task on the page. The message is the same as readPage's (drift sees the whole page's result). What a
 * reader asks twice of one element is walked once within a slice, never across a pause (the page may change
 * in between; a change is seen by the observer and read again). Undefined when cancelled.
 */
export async function readPageInSlices(
  adapter: PlatformAdapter,
  doc: Document,
  now: number,
  opts: SliceOptions = {},
): Promise<CaptureFromContent | undefined> {
  const sliceMs = opts.sliceMs ?? SLICE_MS;
  const pause = opts.pause ?? yieldToPage;
  const steps = readSteps(adapter, doc, now);
  try {
    for (;;) {
      const started = performance.now();
      const step = withReadCache(() => {
        for (;;) {
          const next = steps.next();
          if (next.done || performance.now() - started >= sliceMs) return next;
        }
      });
      if (step.done) return step.value;
      await pause();
      if (opts.cancelled?.()) return undefined;
    }
  } finally {
    steps.return(undefined);
  }
}
