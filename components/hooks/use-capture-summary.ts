import { useLiveQuery } from 'dexie-react-hooks';
import { PLATFORM_IDS, type Capture, type Drift, type PlatformId } from '../../lib/domain';
import { pathOf } from '../format';
import { readCounts, type ShopLensDatabase } from '../../lib/db';

export interface PlatformSummary {
  platform: PlatformId;
  orders: number;
  products: number;
  lastAt?: number;
}

export interface CaptureSummary {
  platforms: PlatformSummary[];
  recent: Capture[];
  /** Pages whose latest capture found the page changed under its reader (one per platform, list and path). */
  drifts: (Capture & { drift: Drift })[];
}

/**
 * The captures among the recent ones that still stand for a changed page: the latest capture of each page
 * (platform, list, host + path) when it has drift. A later capture of the same page that reads fine clears it.
 */
export function openDrifts(recent: Capture[]): (Capture & { drift: Drift })[] {
  const seen = new Set<string>();
  const out: (Capture & { drift: Drift })[] = [];
  for (const c of recent) {
    const key = `${c.platform}|${c.kind}|${pathOf(c.url)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (c.drift) out.push(c as Capture & { drift: Drift });
  }
  return out;
}

/**
 * Per-platform counts (lib/db readCounts: kept with the derived tables, not counted — an IndexedDB count over
 * 200k orders took seconds), each platform's last capture and the latest captures.
 */
export async function loadCaptureSummary(db: ShopLensDatabase, recentLimit = 30): Promise<CaptureSummary> {
  const [counts, lasts, recent] = await Promise.all([
    readCounts(db),
    Promise.all(PLATFORM_IDS.map((platform) => db.captures.where('platform').equals(platform).last())),
    db.captures.orderBy('id').reverse().limit(recentLimit).toArray(),
  ]);
  const platforms = PLATFORM_IDS.map((platform, i) => {
    const last = lasts[i];
    return { platform, orders: counts.orders[platform], products: counts.products[platform], ...(last ? { lastAt: last.at } : {}) };
  });
  return { platforms, recent, drifts: openDrifts(recent) };
}

/** Live capture summary: re-runs whenever a capture lands. `error` is set when the database can't be read. */
export function useCaptureSummary(db: ShopLensDatabase): { summary?: CaptureSummary; error?: string } {
  const result = useLiveQuery(
    () => loadCaptureSummary(db).then((summary) => ({ summary }), (e: unknown) => ({ error: String(e) })),
    [db],
  );
  return result ?? {};
}
