import { PLATFORM_LABELS, type PlatformId, type SkuCode, type SkuMatchDecision } from '../../domain';
import type { AnalyticsSettings } from '../settings';
import { findProbableMatches, pairId, type ProbableMatch } from './matches';
import { normaliseOuterId, outerIdPrefixes } from './text';
import { pushTo } from '../multimap';
import type { Reason } from '../reason';
import { createUnionFind, type UnionFind } from './union-find';

/** One SKU in a linked group and why it is there. */
export interface LinkMember {
  code: string;
  key: string;
  platform: PlatformId;
  reason: Reason;
}

/** Goods sold under one 商家编码 (or linked by the seller), on one or more platforms. */
export interface GoodsGroup {
  /** `goods:<code>` for goods with a 商家编码, `match:<key>` for SKUs linked only by the seller. */
  id: string;
  /** The goods-level 商家编码 (normalised); '' when linked only by the seller. */
  outerId: string;
  title: string;
  platforms: PlatformId[];
  members: LinkMember[];
  /** The same SKU on several listings: equal SKU-level codes, or pairs the seller confirmed. */
  skuLinks: { id: string; codes: string[]; platforms: PlatformId[]; reason: Reason }[];
  reason: Reason;
}

/** Everything the link step finds. */
export interface LinkReport {
  groups: GoodsGroup[];
  /** SKU code → goods group id. */
  goodsOf: Map<string, string>;
  /** SKU code → SKU link id (only for SKUs listed more than once). */
  skuOf: Map<string, string>;
  matches: ProbableMatch[];
  /** SKUs with no 商家编码 and no confirmed match: the side panel flags them. */
  unlinked: { code: string; key: string; platform: PlatformId; reason: Reason }[];
}

const NAMES = new Map<string, string>();

/** The platforms' names joined, e.g. 淘宝、抖店 (a handful of distinct lists, each joined once). */
function names(ps: readonly PlatformId[], lang: 'zh' | 'en'): string {
  const key = `${lang}|${ps.join(',')}`;
  let text = NAMES.get(key);
  if (text === undefined) NAMES.set(key, (text = ps.map((p) => PLATFORM_LABELS[p][lang]).join(lang === 'zh' ? '、' : ', ')));
  return text;
}

/**
 * Cross-platform links (design.md §3). SKUs whose normalised 商家编码 (normaliseOuterId: trim, full-width →
 * half-width, upper-case) are equal are the same SKU. A SKU-level code also links at the goods level: its goods
 * code is the longest prefix ending before a separator (`YRF-2409-01` → `YRF-2409`) that is itself a code seen
 * on some record (a product-level row carries it); a code with no such prefix is its own goods code. Prefixes
 * are never guessed from the shape alone — `SJB-15` and `SJB-16` are two goods, not SKUs of `SJB`.
 * The seller's decisions on probable matches are applied: a confirmed pair is linked (same SKU and same goods),
 * a rejected pair is never offered again; for the same pair the latest decision counts.
 */
export function linkSkus(codes: readonly SkuCode[], decisions: readonly SkuMatchDecision[], settings: AnalyticsSettings): LinkReport {
  const norm = codes.map((c) => normaliseOuterId(c.outerId));
  const known = new Set(norm.filter(Boolean));
  const goodsCode = norm.map((n) => (n ? (outerIdPrefixes(n).find((p) => known.has(p)) ?? n) : ''));
  const goods = createUnionFind(codes.length);
  const sku = createUnionFind(codes.length);
  unionBy(goods, goodsCode);
  unionBy(sku, norm);

  // Decisions name SKUs by key or alias: a code's key first, else the first code holding it as an alias.
  // Only the keys some decision names are looked up (there are a few, against thousands of aliases).
  const named = new Set(decisions.flatMap((d) => [d.a, d.b]));
  const byKey = new Map<string, number>();
  if (named.size > 0) {
    codes.forEach((c, i) => named.has(c.key) && byKey.set(c.key, i));
    codes.forEach((c, i) => c.aliases.forEach((a) => named.has(a) && !byKey.has(a) && byKey.set(a, i)));
  }
  const latest = new Map<string, SkuMatchDecision>();
  for (const d of [...decisions].sort((x, y) => (x.decidedAt ?? 0) - (y.decidedAt ?? 0))) latest.set(pairId(d.a, d.b), d);
  const partners = new Map<number, number[]>();
  const skip = new Set<string>();
  for (const d of latest.values()) {
    const [i, j] = [byKey.get(d.a), byKey.get(d.b)];
    if (i === undefined || j === undefined) continue;
    skip.add(pairId(codes[i]!.key, codes[j]!.key));
    if (d.decision !== 'confirmed') continue;
    goods.union(i, j);
    sku.union(i, j);
    pushTo(partners, i, j);
    pushTo(partners, j, i);
  }

  const matches = findProbableMatches(codes, (i) => norm[i] !== '', (i, j) => goods.find(i) === goods.find(j), skip, settings.sku.matchThreshold);
  const memberReason = (i: number): Reason => {
    const [n, g] = [norm[i]!, goodsCode[i]!];
    const confirmed = (partners.get(i) ?? []).map((j) => codes[j]!.code).join(', ');
    const zh = [n === g ? (n ? `商家编码 ${n}` : '') : `商家编码 ${n} 属于商品 ${g}`, confirmed ? `卖家确认与 ${confirmed} 为同一商品` : ''];
    const en = [n === g ? (n ? `code ${n}` : '') : `code ${n} belongs to goods ${g}`, confirmed ? `you confirmed it is the same as ${confirmed}` : ''];
    return { zh: zh.filter(Boolean).join('；'), en: en.filter(Boolean).join('; ') };
  };

  const components = new Map<number, number[]>();
  codes.forEach((_, i) => pushTo(components, goods.find(i), i));
  const pending = new Map<string, number>();
  for (const m of matches) for (const k of [m.a, m.b]) pending.set(k, (pending.get(k) ?? 0) + 1);
  const groups: GoodsGroup[] = [];
  const goodsOf = new Map<string, string>();
  const skuOf = new Map<string, string>();
  const unlinked: LinkReport['unlinked'] = [];
  for (const members of components.values()) {
    const outers = [...new Set(members.map((i) => goodsCode[i]!).filter(Boolean))].sort();
    if (members.length === 1 && outers.length === 0) {
      const c = codes[members[0]!]!;
      unlinked.push({ code: c.code, key: c.key, platform: c.platform, reason: unlinkedReason(pending.get(c.key) ?? 0) });
      continue;
    }
    const id = outers[0] ? `goods:${outers[0]}` : `match:${members.map((i) => codes[i]!.key).sort()[0]}`;
    const platforms = [...new Set(members.map((i) => codes[i]!.platform))];
    members.forEach((i) => goodsOf.set(codes[i]!.code, id));
    const skuLinks = members.length > 1 ? skuLinksOf(members, codes, norm, sku) : [];
    skuLinks.forEach((l) => l.codes.forEach((c) => skuOf.set(c, l.id)));
    const confirmedPairs = members.reduce((n, i) => n + (partners.get(i)?.length ?? 0), 0) / 2;
    groups.push({
      id,
      outerId: outers[0] ?? '',
      title: codes[members[0]!]!.title,
      platforms,
      members: members.map((i) => ({ code: codes[i]!.code, key: codes[i]!.key, platform: codes[i]!.platform, reason: memberReason(i) })),
      skuLinks,
      reason: {
        zh: `${names(platforms, 'zh')} 共 ${members.length} 个 SKU${outers.length ? `，共享商家编码 ${outers.join('、')}` : ''}${confirmedPairs ? `，卖家确认 ${confirmedPairs} 对` : ''}`,
        en: `${members.length} SKUs on ${names(platforms, 'en')}${outers.length ? `, sharing seller code ${outers.join(', ')}` : ''}${confirmedPairs ? `, ${confirmedPairs} pair(s) confirmed by you` : ''}`,
      },
    });
  }
  groups.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { groups, goodsOf, skuOf, matches, unlinked };
}

function unionBy(uf: UnionFind, values: readonly string[]): void {
  const first = new Map<string, number>();
  values.forEach((v, i) => {
    if (!v) return;
    const f = first.get(v);
    if (f === undefined) first.set(v, i);
    else uf.union(f, i);
  });
}

function skuLinksOf(members: number[], codes: readonly SkuCode[], norm: readonly string[], sku: UnionFind): GoodsGroup['skuLinks'] {
  const bySku = new Map<number, number[]>();
  for (const i of members) pushTo(bySku, sku.find(i), i);
  return [...bySku.values()]
    .filter((list) => list.length > 1)
    .map((list) => {
      const outer = list.map((i) => norm[i]!).find(Boolean) ?? '';
      const platforms = [...new Set(list.map((i) => codes[i]!.platform))];
      const how = outer ? { zh: `商家编码 ${outer} 相同`, en: `same seller code ${outer}` } : { zh: '卖家确认', en: 'confirmed by you' };
      return {
        id: outer ? `sku:${outer}` : `sku-match:${list.map((i) => codes[i]!.key).sort()[0]}`,
        codes: list.map((i) => codes[i]!.code),
        platforms,
        reason: { zh: `${how.zh}：${names(platforms, 'zh')}`, en: `${how.en}: ${names(platforms, 'en')}` },
      };
    });
}

function unlinkedReason(pending: number): Reason {
  return {
    zh: `无商家编码，也没有已确认的跨平台匹配${pending ? `；有 ${pending} 个可能的匹配待确认` : ''}`,
    en: `no seller code and no confirmed cross-platform match${pending ? `; ${pending} probable match(es) to review` : ''}`,
  };
}
