import { parseRows, type PageKind } from '../domain';
import type { PlatformAdapter } from '../platforms/types';
import type { CaptureFromContent } from './protocol';

/** Reads the page once and builds the message, or undefined when this is not a list page or it is empty. */
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
  if (raw.length === 0) return undefined;
  const { records, rejected } = parseRows(kind, raw, { platform: adapter.id, url, capturedAt: now });
  return { type: 'shoplens/capture-from-content', platform: adapter.id, kind, url, read: raw.length, records, rejected };
}
