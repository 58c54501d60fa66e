import { describe, expect, it } from 'vitest';
import { discoverTerms } from '../../../../lib/analytics/titles/discover';
import { createTitleSegmenter } from '../../../../lib/analytics/titles/segment';
import { demoShop } from '../../../fixtures/data/shop';

const demoTitles = Object.values(demoShop().listings)
  .flat()
  .map((l) => l.title);

/** A seller with a shop name in front of five titles and a fabric series in three. */
const OWN = [
  '鹿鸣家白鸭绒羽绒服女短款',
  '鹿鸣家纯棉短袖T恤男',
  '鹿鸣家法式碎花连衣裙',
  '鹿鸣家高腰牛仔裤女',
  '鹿鸣家双肩包大容量',
  '冰丝凉感短袖女',
  '冰丝凉感阔腿裤',
  '冰丝凉感睡衣套装',
  '云朵棉睡衣', // only twice: too rare to call a word
  '云朵棉抱枕',
];

describe('discoverTerms', () => {
  const seg = createTitleSegmenter();
  const found = discoverTerms([...demoTitles, ...OWN], seg);
  const words = found.map((t) => t.word);

  it('finds the seller’s own terms from frequency, cohesion and free boundaries', () => {
    expect(words).toContain('鹿鸣家');
    expect(words).toContain('冰丝凉感');
    const shop = found.find((t) => t.word === '鹿鸣家')!;
    expect(shop.titles).toBe(5);
    expect(shop.entropy).toBeCloseTo(Math.log(5), 10); // five title starts, five different right-hand words
  });

  it('returns no fragments of a found term, nothing too rare, and no shop word', () => {
    for (const fragment of ['鹿鸣', '鸣家', '冰丝', '丝凉', '凉感', '冰丝凉', '丝凉感', '云朵棉', '云朵']) expect(words).not.toContain(fragment);
    for (const shopWord of ['羽绒服', '连衣裙', '蓝牙耳机', '咖啡豆', '新款']) expect(words).not.toContain(shopWord);
  });

  it('makes the segmenter keep them whole', () => {
    const s = createTitleSegmenter({ discovered: words });
    expect(s.segment('鹿鸣家冰丝凉感阔腿裤')).toEqual(['鹿鸣家', '冰丝凉感', '阔腿裤']);
  });

  it('finds nothing in titles made only of shop words', () => {
    expect(discoverTerms(['羽绒服女短款', '羽绒服男长款', '羽绒服儿童加厚'], seg)).toEqual([]);
  });
});
