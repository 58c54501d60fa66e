import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { GoodsGroup, LinkReport, ProbableMatch, Reason } from '../../lib/analytics/sku-codes';
import { PLATFORM_IDS, type SkuCode, type SkuMatchDecision } from '../../lib/domain';
import { storedLinks } from './stored-links';

/** A linked goods with its SKU codes' stored records. */
export interface SkuGroupView {
  group: GoodsGroup;
  members: { code: SkuCode; reason: Reason }[];
}

/** A probable match with both SKUs' stored records, for the seller to confirm or reject. */
export interface SkuMatchView {
  match: ProbableMatch;
  a: SkuCode;
  b: SkuCode;
}

/** The SKU tab: linked goods (most platforms first), SKUs linked to nothing, and probable matches. */
export interface SkuView {
  codes: number;
  groups: SkuGroupView[];
  unlinked: { code: SkuCode; reason: Reason }[];
  matches: SkuMatchView[];
  /** The links themselves, for the export (lib/export skuCodeLines). */
  links: LinkReport;
}

/**
 * The stored unified codes linked across platforms (linkSkus with the stored decisions), each member resolved
 * to its code record so the tab can show its title and spec. Goods on more platforms come first (the ones a
 * seller manages as one), then by group id; platforms and members in the usual platform order, then by code.
 */
export function skuView(codes: readonly SkuCode[], decisions: readonly SkuMatchDecision[], settings: AnalyticsSettings): SkuView {
  const { links, byCode } = storedLinks(codes, decisions, settings);
  const code = (c: string) => byCode.get(c)!;
  const order = (p: SkuCode['platform']) => PLATFORM_IDS.indexOf(p);
  const groups = links.groups
    .map((group) => ({
      group: { ...group, platforms: [...group.platforms].sort((x, y) => order(x) - order(y)) },
      members: group.members
        .map((m) => ({ code: code(m.code), reason: m.reason }))
        .sort((x, y) => order(x.code.platform) - order(y.code.platform) || (x.code.code < y.code.code ? -1 : 1)),
    }))
    .sort((x, y) => y.group.platforms.length - x.group.platforms.length || (x.group.id < y.group.id ? -1 : 1));
  const unlinked = links.unlinked
    .map((u) => ({ code: code(u.code), reason: u.reason }))
    .sort((x, y) => order(x.code.platform) - order(y.code.platform) || (x.code.code < y.code.code ? -1 : 1));
  const matches = links.matches.map((match) => ({ match, a: code(match.aCode), b: code(match.bCode) }));
  return { codes: codes.length, groups, unlinked, matches, links };
}
