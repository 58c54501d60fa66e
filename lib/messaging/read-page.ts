import { parseRows, type PageKind } from '../domain';
import type { PlatformAdapter } from '../platforms/types';
import { detectDrift } from '../scrape/drift';
import type { CaptureFromContent } from './protocol';

/**
 * Reads the page once and builds the message: the rows read and parsed, the reader's version, and `drift`
 * when the page no longer reads as the reader expects (lib/scrape/drift.ts) — then the message is sent even
 * with no rows, so the seller learns the page is not being read. Undefined when this is not a list page, or
 * the list is empty and shows no sign of records.
 */
export function readPage(adapter: PlatformAdapter, doc: Document, now: number): CaptureFromContent | undefined {
  const url = doc.location?.href ?? '';
  let kind: PageKind | undefined;
  try {
    kind = adapter.pageKind(new URL(url));
  } catch {
    return undefined;
  }
  if (!kind) return undefined;
  const raw = kind === 'orders' ? adapter.extractOrders(doc) : adapter.extractProducts(doc);
  const { records, rejected } = parseRows(kind, raw, { platform: adapter.id, url, capturedAt: now });
  const drift = detectDrift(doc, adapter.signs[kind], { read: raw.length, rejected, readerVersion: adapter.version });
  if (raw.length === 0 && !drift) return undefined;
  return {
    type: 'shoplens/capture-from-content',
    platform: adapter.id,
    kind,
    url,
    read: raw.length,
    records,
    rejected,
    readerVersion: adapter.version,
    ...(drift ? { drift } : {}),
  };
}
