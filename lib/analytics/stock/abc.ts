import type { AnalyticsSettings } from '../settings';
import type { Reason } from '../reason';
import { fmt } from './rules';

/** ABC class of one SKU by units sold, with its rank and why. */
export interface AbcClass {
  class: 'A' | 'B' | 'C';
  /** Competition rank: 1 + how many SKUs sold strictly more (equal sales share a rank). */
  rank: number;
  reason: Reason;
}

/**
 * ABC classes by units sold (seed 002: A = the top 20 % of SKUs by sales, C = the bottom 50 %; shares from
 * settings.stock). Equal sales always get the same class — ties are never split: a SKU's class follows its
 * competition rank r (1 + the number of SKUs that sold strictly more) among n SKUs:
 * A when r ≤ ⌈top × n⌉, C when r > n − ⌊bottom × n⌋, B otherwise — so a tie straddling a cut goes to the better
 * class of the two. A SKU that sold nothing is always C. `units[i]` null (no sales figure) → no class.
 * Example, n = 10 and sales 50 40 40 30 20 20 20 10 5 0: ranks 1 2 2 4 5 5 5 8 9 10, A for r ≤ 2 (50, 40, 40),
 * C for r > 5 (10, 5, 0), B between (30, 20, 20, 20).
 */
export function classifyAbc(units: readonly (number | null)[], settings: AnalyticsSettings): (AbcClass | undefined)[] {
  const known = units.filter((u): u is number => u !== null).sort((a, b) => b - a);
  const n = known.length;
  const aCut = Math.ceil(settings.stock.abcTopShare * n - 1e-9);
  const cCut = n - Math.floor(settings.stock.abcBottomShare * n + 1e-9);
  const rankOf = new Map<number, number>();
  known.forEach((u, i) => rankOf.has(u) || rankOf.set(u, i + 1));
  const top = Math.round(settings.stock.abcTopShare * 100);
  const bottom = Math.round(settings.stock.abcBottomShare * 100);
  return units.map((u) => {
    if (u === null) return undefined;
    const rank = rankOf.get(u)!;
    const cls = u <= 0 ? 'C' : rank <= aCut ? 'A' : rank > cCut ? 'C' : 'B';
    const where =
      u <= 0
        ? { zh: '无销量', en: 'no sales' }
        : cls === 'A'
          ? { zh: `前 ${top}%（前 ${aCut} 名）`, en: `top ${top}% (first ${aCut})` }
          : cls === 'C'
            ? { zh: `后 ${bottom}%（${cCut} 名之后）`, en: `bottom ${bottom}% (after rank ${cCut})` }
            : { zh: '居中', en: 'in between' };
    return {
      class: cls,
      rank,
      reason: {
        zh: `销量 ${fmt(u)} 件，在 ${n} 个 SKU 中排第 ${rank}，${where.zh} → ${cls} 类`,
        en: `${fmt(u)} sold, rank ${rank} of ${n} SKUs, ${where.en} → class ${cls}`,
      },
    };
  });
}
