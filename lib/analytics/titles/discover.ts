import type { TitleSegmenter } from './segment';

/** A term found in the seller's own titles, with the statistics that made it a word. */
export interface DiscoveredTerm {
  word: string;
  /** Distinct titles using it. */
  titles: number;
  /** How much more often its parts occur together than apart (min over split points; ≫ 1 for words). */
  cohesion: number;
  /** Variety of what comes before and after it (min of left and right entropy, nats). */
  entropy: number;
}

/** Thresholds of the discovery, tuned on shop titles: a term must be frequent, cohesive and free at both ends. */
export interface DiscoverOptions {
  minTitles: number;
  maxLength: number;
  minCohesion: number;
  minEntropy: number;
}

const DEFAULTS: DiscoverOptions = { minTitles: 3, maxLength: 6, minCohesion: 8, minEntropy: 0.6 };
const HAN = /\p{Script=Han}{2,}/gu;

/** A frequent, cohesive n-gram and its neighbours; `edges` counts starts and ends of stretches. */
interface Candidate {
  cohesion: number;
  left: Map<string, number>;
  right: Map<string, number>;
  edges: [number, number];
}

function entropy(neighbours: Map<string, number>, edges: number): number {
  let total = edges;
  for (const n of neighbours.values()) total += n;
  if (total === 0) return 0;
  // Every title edge counts as a different neighbour: a term that starts a stretch is free on that side.
  let h = edges > 0 ? edges * (Math.log(total) / total) : 0;
  for (const n of neighbours.values()) h -= (n / total) * Math.log(n / total);
  return h;
}

/**
 * The seller's own terms (brand names, series names, local words) from their titles, without a
 * dictionary: n-grams of the Chinese text that no extra or shop word covers (segmenter.uncovered), kept when
 * they appear in enough titles, hold together (pointwise cohesion min over split points: n·N / (n₁·n₂)) and
 * vary at both ends (left and right boundary entropy), the classic new-word discovery measures. Shorter
 * terms that mostly occur inside a longer found term are dropped. Feed the result to createTitleSegmenter as
 * `discovered`.
 */
export function discoverTerms(
  titles: Iterable<string>,
  segmenter: TitleSegmenter,
  options: Partial<DiscoverOptions> = {},
): DiscoveredTerm[] {
  const o = { ...DEFAULTS, ...options };
  // Stretches of Chinese text no known word covers, each with the title it came from.
  const runs: { text: string; title: number }[] = [];
  let t = 0;
  for (const title of new Set(titles)) {
    for (const gap of segmenter.uncovered(title)) for (const m of gap.matchAll(HAN)) runs.push({ text: m[0], title: t });
    t++;
  }
  // Pass 1: occurrences of every n-gram, and in how many titles the longer ones appear.
  const count = new Map<string, number>();
  const titleCount = new Map<string, number>();
  const lastTitle = new Map<string, number>();
  let chars = 0;
  for (const { text, title } of runs) {
    chars += text.length;
    for (let n = 1; n <= o.maxLength; n++) {
      for (let i = 0; i + n <= text.length; i++) {
        const g = text.slice(i, i + n);
        count.set(g, (count.get(g) ?? 0) + 1);
        if (n > 1 && lastTitle.get(g) !== title) {
          lastTitle.set(g, title);
          titleCount.set(g, (titleCount.get(g) ?? 0) + 1);
        }
      }
    }
  }
  const candidates = new Map<string, Candidate>();
  for (const [word, inTitles] of titleCount) {
    if (inTitles < o.minTitles) continue;
    const c = count.get(word)!;
    let cohesion = Infinity;
    for (let k = 1; k < word.length; k++) {
      cohesion = Math.min(cohesion, (c * chars) / (count.get(word.slice(0, k))! * count.get(word.slice(k))!));
    }
    if (cohesion >= o.minCohesion) candidates.set(word, { cohesion, left: new Map(), right: new Map(), edges: [0, 0] });
  }
  // Pass 2: what stands before and after each candidate.
  for (const { text } of runs) {
    for (let n = 2; n <= o.maxLength; n++) {
      for (let i = 0; i + n <= text.length; i++) {
        const cand = candidates.get(text.slice(i, i + n));
        if (!cand) continue;
        if (i === 0) cand.edges[0]++;
        else cand.left.set(text[i - 1]!, (cand.left.get(text[i - 1]!) ?? 0) + 1);
        if (i + n === text.length) cand.edges[1]++;
        else cand.right.set(text[i + n]!, (cand.right.get(text[i + n]!) ?? 0) + 1);
      }
    }
  }
  const found: DiscoveredTerm[] = [];
  for (const [word, cand] of candidates) {
    const h = Math.min(entropy(cand.left, cand.edges[0]), entropy(cand.right, cand.edges[1]));
    if (h >= o.minEntropy) found.push({ word, titles: titleCount.get(word)!, cohesion: cand.cohesion, entropy: h });
  }
  found.sort((a, b) => b.word.length - a.word.length || b.titles - a.titles);
  const kept: DiscoveredTerm[] = [];
  for (const t of found) if (!kept.some((k) => k.word.includes(t.word) && t.titles <= k.titles * 1.2)) kept.push(t);
  return kept.sort((a, b) => b.titles - a.titles || (a.word < b.word ? -1 : 1));
}
