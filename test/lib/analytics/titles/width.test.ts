import { describe, expect, it } from 'vitest';
import { charsOutsideGbk, displayWidth } from '../../../../lib/analytics/titles/width';

describe('displayWidth', () => {
  it.each([
    ['羽绒服', 6],
    ['Type-C', 6],
    ['T恤', 3],
    ['66W超级快充', 11],
    ['，【】', 6],
    ['ＡＢ', 4],
    ['', 0],
  ])('%s → %i', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('counts 30 Chinese characters as the Taobao limit of 60', () => {
    expect(displayWidth('白鸭绒羽绒服女短款冬季新款加厚保暖外套韩版宽松显瘦百搭纯色款')).toBe(60);
  });
});

describe('charsOutsideGbk', () => {
  it('finds emoji and characters beyond U+FFFF only', () => {
    expect(charsOutsideGbk('🔥爆款连衣裙𠮷')).toEqual(['🔥', '𠮷']);
    expect(charsOutsideGbk('羽绒服★')).toEqual([]);
  });
});
