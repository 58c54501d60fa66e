import { PLATFORM_IDS, PLATFORM_LABELS, type PlatformId, type SkuCode } from '../../domain';
import { bigrams, coreTitle } from './similarity';
import { specKey } from './spec';
import { pushTo } from '../multimap';
import type { Reason } from '../reason';

/** Two SKUs on different platforms that look like the same goods; the seller confirms or rejects. */
export interface ProbableMatch {
  /** SKU keys, the pair the seller's decision refers to (`a` sorts first). */
  a: string;
  b: string;
  aCode: string;
  bCode: string;
  /** Title similarity, 0–1. */
  score: number;
  reason: Reason;
}

/** The unordered pair id of two keys. */
export function pairId(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Probable cross-platform matches for SKUs without a 商家编码: a SKU on another platform with the same spec
 * (compared in the console-independent form of specKey) and a title similarity (Dice over character bigrams
 * of the titles without noise words, similarity.ts) of at least `threshold`. For each SKU and each other
 * platform only the best-scoring candidates are offered (all of them on a tie). Pairs already in one group
 * (`sameGroup`) and pairs in `skip` (decided: rejected ones are never offered again) are left out; titles
 * sharing no bigram are never offered, whatever the threshold. Shared bigrams are counted through an index
 * of bigrams within each spec (typed-array counters), not by comparing every pair.
 */
export function findProbableMatches(
  codes: readonly SkuCode[],
  hasOuterId: (i: number) => boolean,
  sameGroup: (i: number, j: number) => boolean,
  skip: ReadonlySet<string>,
  threshold: number,
): ProbableMatch[] {
  const bySpec = new Map<string, number[]>();
  codes.forEach((c, i) => pushTo(bySpec, specKey(c.spec), i));
  const grams: (Set<number> | undefined)[] = [];
  const platformOf = Uint8Array.from(codes, (c) => PLATFORM_IDS.indexOf(c.platform));
  const shared = new Int32Array(codes.length);
  const found = new Map<string, ProbableMatch>();
  for (const members of bySpec.values()) {
    if (members.length < 2 || members.every(hasOuterId)) continue;
    const postings = new Map<number, number[]>();
    for (const i of members) for (const g of (grams[i] = bigrams(coreTitle(codes[i]!.title)))) pushTo(postings, g, i);
    for (const i of members) {
      if (hasOuterId(i)) continue;
      const own = platformOf[i];
      const touched: number[] = [];
      for (const g of grams[i]!) {
        const list = postings.get(g)!;
        for (let k = 0; k < list.length; k++) {
          const j = list[k]!;
          if (platformOf[j] === own) continue;
          const n = shared[j]!;
          if (n === 0) touched.push(j);
          shared[j] = n + 1;
        }
      }
      const best = new Map<PlatformId, { score: number; js: number[] }>();
      for (const j of touched) {
        const score = (2 * shared[j]!) / (grams[i]!.size + grams[j]!.size);
        shared[j] = 0;
        if (score < threshold || sameGroup(i, j) || skip.has(pairId(codes[i]!.key, codes[j]!.key))) continue;
        const top = best.get(codes[j]!.platform);
        if (!top || score > top.score) best.set(codes[j]!.platform, { score, js: [j] });
        else if (score === top.score) top.js.push(j);
      }
      for (const { score, js } of best.values()) for (const j of js) addMatch(found, codes[i]!, codes[j]!, score, threshold);
    }
  }
  return [...found.values()].sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
}

function addMatch(found: Map<string, ProbableMatch>, x: SkuCode, y: SkuCode, score: number, threshold: number): void {
  const id = pairId(x.key, y.key);
  if (found.has(id)) return;
  const [a, b] = x.key < y.key ? [x, y] : [y, x];
  const s = score.toFixed(2);
  const t = threshold.toFixed(2);
  const spec = a.spec || '无规格';
  found.set(id, {
    a: a.key,
    b: b.key,
    aCode: a.code,
    bCode: b.code,
    score,
    reason: {
      zh: `${PLATFORM_LABELS[a.platform].zh} ${a.code} 与 ${PLATFORM_LABELS[b.platform].zh} ${b.code}：标题相似度 ${s}（≥ ${t}），规格相同「${spec}」，缺商家编码无法自动关联，请确认`,
      en: `${PLATFORM_LABELS[a.platform].en} ${a.code} and ${PLATFORM_LABELS[b.platform].en} ${b.code}: title similarity ${s} (≥ ${t}), same spec “${a.spec || 'none'}”, no seller code to link them — please confirm`,
    },
  });
}
