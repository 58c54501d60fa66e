import { describe, expect, it } from 'vitest';
import { byGoods, scoreKeywords } from '../../../../lib/analytics/titles/scores';
import { suggestKeywords } from '../../../../lib/analytics/titles/suggest';
import { DEFAULT_SETTINGS } from '../../../../lib/analytics/settings';
import { keywordCatalogue, seg } from '../../../support/keyword-catalogue';

const listings = keywordCatalogue();

describe('suggestKeywords', () => {
  const suggestions = suggestKeywords(listings, scoreKeywords(listings, seg, byGoods), byGoods, DEFAULT_SETTINGS);
  const forC = suggestions.find((s) => s.listing.productId === 'C')!.suggestions;

  it('suggests the strongest words of the listing’s peers that its title lacks, never a brand', () => {
    expect(forC.map((s) => s.word)).toEqual(['加厚', '外套', '冬季', '白鸭绒', '保暖']);
  });

  it('shows the evidence: which listings use the word and what they sold', () => {
    const thick = forC[0]!;
    expect(thick.evidence.map((l) => [l.productId, l.salesFen])).toEqual([
      ['A', 79_800],
      ['B', 59_900],
    ]);
    expect([thick.usedByCount, thick.widthAfter, thick.fits]).toEqual([2, 16, true]);
    expect(thick.reason.zh).toBe('同类商品中 2 个标题用「加厚」，近 30 天销售额合计 ¥1,397.00（来自已采集订单）；加上后标题宽度 16/60');
  });

  it('does not suggest a dress words from down jackets, nor promotion words', () => {
    expect(suggestions.find((s) => s.listing.productId === 'D')!.suggestions).toEqual([]);
  });

  it('does not suggest a word the title contradicts: 长款 for a 短款 jacket', () => {
    expect(suggestions.find((s) => s.listing.productId === 'A')!.suggestions.map((s) => s.word)).toEqual(['保暖']);
    expect(suggestions.find((s) => s.listing.productId === 'B')!.suggestions.map((s) => s.word)).toEqual(['冬季', '白鸭绒']);
  });

  it('keeps to settings.titles.suggestions and marks words that would overflow the title', () => {
    const settings = { ...DEFAULT_SETTINGS, titles: { ...DEFAULT_SETTINGS.titles, suggestions: 2, maxWidth: { ...DEFAULT_SETTINGS.titles.maxWidth, taobao: 15 } } };
    const [first, second, ...rest] = suggestKeywords(listings, scoreKeywords(listings, seg, byGoods), byGoods, settings).find((s) => s.listing.productId === 'C')!.suggestions;
    expect(rest).toEqual([]);
    expect([first!.word, first!.fits, second!.word, second!.fits]).toEqual(['加厚', false, '外套', false]);
    expect(first!.reason.zh).toContain('加上后宽度 16，超出上限 15，需替换弱词');
  });
});
