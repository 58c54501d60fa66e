import { toHalfWidth } from './text';

/**
 * Words sellers add to one platform's title that say nothing about the goods: promotions, channel and shop
 * words, years. The same jacket is 白鸭绒羽绒服清仓女短款 on Pinduoduo and 白鸭绒羽绒服直播间专享女短款 on
 * Douyin; without these words the two titles read the same.
 */
const NOISE = [
  '官方旗舰店', '官方旗舰', '旗舰店', '直播间专享', '直播间', '专享', '原装正品', '正品', '官方', '新款', '爆款',
  '清仓', '特价', '限时', '秒杀', '热卖', '现货', '同款', '网红', '特惠', '促销', '优惠', '福利', '包邮', '厂家直销',
  '抢购', '折扣', '推荐', '热销', '款式',
];
const NOISE_RE = new RegExp(NOISE.join('|'), 'g');
const BRACKETS = /【[^】]*】|\[[^\]]*\]|「[^」]*」/g;
const YEAR = /20\d\d(?:年)?/g;

/** A title with bracketed notes, noise words, years, spaces and punctuation removed, lower-case. */
export function coreTitle(title: string): string {
  return toHalfWidth(title)
    .toLowerCase()
    .replace(BRACKETS, '')
    .replace(NOISE_RE, '')
    .replace(YEAR, '')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * The set of character bigrams of a core title, each packed into one number (two UTF-16 code units) so
 * thousands of titles need no substring per bigram; a one-character title is its own single gram.
 */
export function bigrams(core: string): Set<number> {
  const grams = new Set<number>();
  if (core.length === 1) grams.add(core.charCodeAt(0) * 65_536);
  for (let i = 0; i + 1 < core.length; i++) grams.add(core.charCodeAt(i) * 65_536 + core.charCodeAt(i + 1));
  return grams;
}

/** Sørensen–Dice coefficient of two bigram sets: 2·|A∩B| / (|A| + |B|), 0 when both are empty. */
export function dice(a: Set<number>, b: Set<number>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const g of small) if (large.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** How alike two titles are, 0–1: Dice over character bigrams of their core titles. */
export function titleSimilarity(a: string, b: string): number {
  return dice(bigrams(coreTitle(a)), bigrams(coreTitle(b)));
}
