/**
 * The standard RFM grid: 1–5 per dimension, tie-safe. Equal values always get equal scores: R and F use
 * business thresholds (settings.rfm.recencyScoreDays / frequencyScoreOrders) because most buyers order once
 * and quintiles of F would split identical one-order buyers by row order; M uses value quintiles whose cut
 * points are real amounts, so ties fall on the same side of every cut (algorithms.md §1.2).
 */
export type Score = 1 | 2 | 3 | 4 | 5;

/** R: within cuts[0] days → 5, cuts[1] → 4, cuts[2] → 3, cuts[3] → 2, older → 1. */
export function recencyScore(days: number, cuts: readonly number[]): Score {
  for (let i = 0; i < cuts.length; i++) if (days <= cuts[i]!) return (5 - i) as Score;
  return 1;
}

/** F and M: 1 plus the number of lower bounds (scores 2–5) the value reaches; null bounds are unreached. */
export function boundScore(value: number, lowerBounds: readonly (number | null)[]): Score {
  let s = 1;
  for (let i = 0; i < lowerBounds.length; i++) {
    const b = lowerBounds[i]!;
    if (b !== null && value >= b) s++;
  }
  return s as Score;
}

/**
 * M quintile cut points: the lower bound of score k+1 (k = 1…4) is the smallest amount that at least k/5
 * of all customers are strictly below. Cuts are actual amounts, the lowest amount always scores 1, ties
 * share a score, and a cut no amount reaches (heavy ties at the top) is null.
 */
export function monetaryCuts(values: readonly number[]): (number | null)[] {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const cuts: (number | null)[] = [];
  let i = 0;
  for (let k = 1; k <= 4; k++) {
    if (i * 5 < k * n) i = Math.ceil((k * n) / 5);
    while (i < n && sorted[i] === sorted[i - 1]) i++;
    cuts.push(i < n ? sorted[i]! : null);
  }
  return cuts;
}

/** The Chinese 8-class model (重要/一般 × 价值/发展/保持/挽留): R, F, M each high or low. */
export type Segment8 =
  | 'importantValue'
  | 'importantDevelop'
  | 'importantKeep'
  | 'importantRetain'
  | 'generalValue'
  | 'generalDevelop'
  | 'generalKeep'
  | 'generalRetain';

/** Each class's name and what to do (competitors.md §5.2). */
export const SEGMENTS: Record<Segment8, { zh: string; en: string; advice: { zh: string; en: string } }> = {
  importantValue: {
    zh: '重要价值客户',
    en: 'Champions',
    advice: { zh: '核心用户，重点维护，满足其需求', en: 'Core buyers: look after them first' },
  },
  importantDevelop: {
    zh: '重要发展客户',
    en: 'High spenders, rare',
    advice: { zh: '消费高但不常买，提高购买频次', en: 'Big baskets, few orders: raise the frequency' },
  },
  importantKeep: {
    zh: '重要保持客户',
    en: 'Loyal but lapsing',
    advice: { zh: '忠诚但近期未买，主动联系', en: 'Loyal but not recent: reach out' },
  },
  importantRetain: {
    zh: '重要挽留客户',
    en: 'Big spenders at risk',
    advice: { zh: '高消费但即将流失，重点挽回', en: 'Big spenders drifting away: win them back' },
  },
  generalValue: {
    zh: '一般价值客户',
    en: 'Frequent, small baskets',
    advice: { zh: '常买但花费低，提升客单价', en: 'Frequent but small: lift the basket' },
  },
  generalDevelop: {
    zh: '一般发展客户',
    en: 'Recent, light',
    advice: { zh: '近期新客，适度培养', en: 'Recent and light: nurture as fits' },
  },
  generalKeep: {
    zh: '一般保持客户',
    en: 'Frequent, lapsing',
    advice: { zh: '适度联系，提升客单价', en: 'Contact as fits, lift the basket' },
  },
  generalRetain: {
    zh: '一般挽留客户',
    en: 'Lost, light',
    advice: { zh: '已流失且价值低，投入宜少', en: 'Lost and light: spend little' },
  },
};

/** The segments by R, F, M high (1) or low (0) as the bits 4, 2, 1. */
const BY_BITS: readonly Segment8[] = [
  'generalRetain', // 000
  'importantRetain', // 001
  'generalKeep', // 010
  'importantKeep', // 011
  'generalDevelop', // 100
  'importantDevelop', // 101
  'generalValue', // 110
  'importantValue', // 111
];

/** The 8-class segment: a score is 高 when strictly above the mean score of all customers (R: recent = high). */
export function segmentOf(r: number, f: number, m: number, means: { r: number; f: number; m: number }): Segment8 {
  return BY_BITS[(r > means.r ? 4 : 0) + (f > means.f ? 2 : 0) + (m > means.m ? 1 : 0)]!;
}

/** "545" for R 5, F 4, M 5: the 125 codes made once, not once per customer. */
const CODES: readonly string[] = Array.from({ length: 125 }, (_, i) => `${Math.floor(i / 25) + 1}${(Math.floor(i / 5) % 5) + 1}${(i % 5) + 1}`);

/** The three scores as one code, e.g. "545". */
export const scoreCode = (r: Score, f: Score, m: Score): string => CODES[(r - 1) * 25 + (f - 1) * 5 + (m - 1)]!;
