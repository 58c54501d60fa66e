import type { PlatformId } from '../domain';
import { douyin } from './douyin';
import { jd } from './jd';
import { pdd } from './pdd';
import { taobao } from './taobao';
import type { PlatformAdapter } from './types';

/** Every platform ShopLens reads. Adding a platform = a folder under lib/platforms/ and one line here. */
export const PLATFORMS: Record<PlatformId, PlatformAdapter> = { taobao, douyin, jd, pdd };

/** The adapter whose console serves this URL and the list it shows, or undefined for any other page. */
export function detectPage(url: string): { adapter: PlatformAdapter; kind: 'orders' | 'products' } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  for (const adapter of Object.values(PLATFORMS)) {
    const kind = adapter.pageKind(parsed);
    if (kind) return { adapter, kind };
  }
  return undefined;
}
