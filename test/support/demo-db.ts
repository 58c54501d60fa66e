import type { Order, PlatformId, Product } from '../../lib/domain';
import type { ShopLensDatabase } from '../../lib/db';
import { ingestCapture } from '../../lib/ingest/ingest';
import { DEMO_PAGES } from '../fixtures/pages';
import { loadExpected } from './fixtures';

/** The demo pages a seller would visit once each: every orders and products list, the legacy and broken copies left out. */
export const DEMO_CAPTURE_PAGES = DEMO_PAGES.filter((p) => p.name === `${p.platform}-${p.kind}`);

/** The records a demo page leaves in the database once paged/scrolled through (expectedAll, else expected). */
export function demoRecordsOf(name: string): (Order | Product)[] {
  const { expected, expectedAll } = loadExpected(name);
  return (expectedAll ?? expected) as (Order | Product)[];
}

/** Every order and product of the demo pages, as the tests compute expectations from them. */
export function demoRecords(): { orders: Order[]; products: Product[] } {
  const orders: Order[] = [];
  const products: Product[] = [];
  for (const p of DEMO_CAPTURE_PAGES) {
    const records = demoRecordsOf(p.name);
    if (p.kind === 'orders') orders.push(...(records as Order[]));
    else products.push(...(records as Product[]));
  }
  return { orders, products };
}

/** Captures records of one platform and kind through the real ingest path (validation, derived tables, SKU codes). */
export async function captureRecords(
  db: ShopLensDatabase,
  platform: PlatformId,
  kind: 'orders' | 'products',
  records: unknown[],
  at: number,
): Promise<void> {
  const url = DEMO_PAGES.find((p) => p.platform === platform && p.kind === kind)!.urls[0]!;
  // The content script sends what it read; ingest stamps capturedAt and url again on the way in.
  const stamped = records.map((r) => ({ ...(r as object), capturedAt: at, url }));
  await ingestCapture(db, { type: 'shoplens/capture-from-content', platform, kind, url, read: records.length, records: stamped, rejected: [] }, { at });
}

/** Fills the database with the whole demo shop through ingestCapture, as visiting each demo page would. */
export async function captureDemoShop(db: ShopLensDatabase, at: number): Promise<void> {
  for (const p of DEMO_CAPTURE_PAGES) await captureRecords(db, p.platform, p.kind, demoRecordsOf(p.name), at);
}
