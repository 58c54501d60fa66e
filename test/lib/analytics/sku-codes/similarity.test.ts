import { describe, expect, it } from 'vitest';
import { bigrams, coreTitle, dice, titleSimilarity } from '../../../../lib/analytics/sku-codes/similarity';

describe('coreTitle', () => {
  it.each([
    ['白鸭绒羽绒服清仓女短款2024冬季新款', '白鸭绒羽绒服女短款冬季'],
    ['白鸭绒羽绒服直播间专享女短款', '白鸭绒羽绒服女短款'],
    ['【包邮】华为快充数据原装正品线', '华为快充数据线'],
    ['Type-C 充电线', 'typec充电线'],
  ])('%s → %s', (title, core) => {
    expect(coreTitle(title)).toBe(core);
  });
});

describe('titleSimilarity (Dice over character bigrams)', () => {
  it.each([
    // {蓝牙, 牙耳, 耳机} vs {蓝牙, 牙音, 音箱}: 1 shared → 2·1 / (3 + 3)
    ['蓝牙耳机', '蓝牙音箱', 1 / 3],
    // {蓝牙, 牙耳, 耳机} vs {蓝牙, 牙耳, 耳机, 机降, 降噪}: 3 shared → 2·3 / (3 + 5)
    ['蓝牙耳机', '蓝牙耳机降噪', 0.75],
    // noise words removed on both sides: the same core title
    ['清仓蓝牙耳机', '蓝牙耳机直播间专享', 1],
    ['蓝牙耳机', '咖啡豆', 0],
  ])('%s vs %s → %d', (a, b, score) => {
    expect(titleSimilarity(a, b)).toBeCloseTo(score, 10);
  });

  it('counts a repeated bigram once', () => {
    expect(bigrams('哈哈哈').size).toBe(1);
    expect(bigrams('哈哈哈')).toEqual(bigrams('哈哈'));
    expect(bigrams('蓝牙耳机').size).toBe(3);
    expect(dice(new Set(), new Set())).toBe(0);
  });
});
