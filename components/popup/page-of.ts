import type { PageKind, PlatformId } from '../../lib/domain';
import { pageKind as douyin } from '../../lib/platforms/douyin/urls';
import { pageKind as jd } from '../../lib/platforms/jd/urls';
import { pageKind as pdd } from '../../lib/platforms/pdd/urls';
import { pageKind as taobao } from '../../lib/platforms/taobao/urls';

const KINDS: Record<PlatformId, (url: URL) => PageKind | undefined> = { taobao, douyin, jd, pdd };

/**
 * Which console list a URL shows — lib/platforms detectPage's answer (tested equal) from the platforms' urls.ts
 * alone, so the popup does not load every reader's DOM code to know where it is.
 */
export function pageOf(url: string): { platform: PlatformId; kind: PageKind } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  for (const [platform, kindOf] of Object.entries(KINDS) as [PlatformId, (u: URL) => PageKind | undefined][]) {
    const kind = kindOf(parsed);
    if (kind) return { platform, kind };
  }
  return undefined;
}
