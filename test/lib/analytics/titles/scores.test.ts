import { describe, expect, it } from 'vitest';
import { byCategory, byGoods, isKeyword, scoreKeywords } from '../../../../lib/analytics/titles/scores';
import { keywordCatalogue, seg } from '../../../support/keyword-catalogue';

const listings = keywordCatalogue();

describe('scoreKeywords', () => {
  it('finds each title’s goods word', () => {
    expect(listings.map((l) => l.goods)).toEqual(['羽绒服', '羽绒服', '羽绒服', '连衣裙']);
  });

  it('scores words by the sales of the listings using them, per goods group', () => {
    const scores = scoreKeywords(listings, seg, byGoods).get('01|羽绒服')!;
    expect(scores.map((s) => [s.word, s.salesFen, s.usedBy.map((l) => l.productId).join('')])).toEqual([
      ['羽绒服', 169_600, 'ABC'],
      ['加厚', 139_700, 'AB'],
      ['外套', 139_700, 'AB'],
      ['短款', 109_700, 'AC'],
      ['冬季', 79_800, 'A'],
      ['白鸭绒', 79_800, 'A'],
      ['保暖', 59_900, 'B'],
      ['华为', 59_900, 'B'],
      ['长款', 59_900, 'B'],
    ]);
  });

  it('scores the whole category for the overview', () => {
    const scores = scoreKeywords(listings, seg, byCategory).get('01')!;
    expect(scores[0]).toMatchObject({ word: '羽绒服', salesFen: 169_600 });
    expect(scores.find((s) => s.word === '连衣裙')).toMatchObject({ salesFen: 47_700, kind: 'core' });
  });
});

describe('isKeyword', () => {
  it.each([
    ['羽绒服', true],
    ['Type-C', true],
    ['女', false],
    ['500g', false],
    ['iPhone15', false],
    ['顶级', false],
  ])('%s → %s', (word, ok) => {
    expect(isKeyword(word)).toBe(ok);
  });
});
