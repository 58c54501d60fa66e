import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../lib/analytics/settings';
import { checkTitle } from '../../../../lib/analytics/titles/check';
import { createTitleSegmenter } from '../../../../lib/analytics/titles/segment';
import type { PlatformId } from '../../../../lib/domain';

const seg = createTitleSegmenter();
const check = (title: string, platform: PlatformId) => checkTitle(title, platform, DEFAULT_SETTINGS, seg);

/** 27 Chinese characters (54) + 6 ASCII = 60. */
const W60 = '白鸭绒羽绒服女短款冬季新款加厚保暖外套韩版宽松显瘦百搭2024XL';
/** 纯棉短袖T恤男宽松圆领打底衫 (27) + 精梳棉夏季新款上衣 (18) + 2件装 (5) = 50. */
const W50 = '纯棉短袖T恤男宽松圆领打底衫精梳棉夏季新款上衣2件装';

describe('checkTitle', () => {
  it.each([
    [W60, 'taobao', 60, 60, false],
    [W60 + 'L', 'taobao', 61, 60, true],
    [W60 + 'L', 'pdd', 61, 60, true],
    [W60, 'douyin', 60, 60, false],
    [W50, 'jd', 50, 50, false],
    [W50.replace('2件装', 'M2件装'), 'jd', 51, 50, true],
    [W50.replace('2件装', 'M2件装'), 'taobao', 51, 60, false],
  ] as const)('%s on %s: width %i of %i, over: %s', (title, platform, width, max, over) => {
    const c = check(title, platform);
    expect([c.width, c.maxWidth]).toEqual([width, max]);
    expect(c.issues.some((i) => i.kind === 'width')).toBe(over);
  });

  it('says how much to cut', () => {
    const issue = check(W60 + 'L', 'taobao').issues.find((i) => i.kind === 'width')!;
    expect(issue.reason.zh).toBe('标题宽度 61，超过淘宝/天猫上限 60（汉字计 2，字母数字计 1），需删减 1');
  });

  it('follows the width limit in settings', () => {
    const settings = { ...DEFAULT_SETTINGS, titles: { ...DEFAULT_SETTINGS.titles, maxWidth: { ...DEFAULT_SETTINGS.titles.maxWidth, jd: 60 } } };
    expect(checkTitle(W60, 'jd', settings, seg).issues).toEqual([]);
  });

  it('flags repeated words, also inside longer words', () => {
    const c = check('连衣裙女夏季碎花连衣裙快充数据线超级快充', 'taobao');
    expect(c.issues.filter((i) => i.kind === 'repeat').map((i) => (i.kind === 'repeat' ? [i.word, i.count] : []))).toEqual([
      ['连衣裙', 2],
      ['快充', 2],
    ]);
    expect(c.issues[0]!.reason.zh).toBe('「连衣裙」出现 2 次：重复堆砌不增加搜索权重，删去重复可省出 6 宽度');
  });

  it('lists P0 terms first, then width, then P1/P2 terms, repeats and characters', () => {
    const c = check('【最新款】顶级羽绒服女羽绒服专利面料100%白鸭绒🔥加厚保暖外套韩版宽松显瘦百搭', 'jd');
    expect(c.issues.map((i) => (i.kind === 'term' ? `${i.hit.grade}:${i.hit.term}` : i.kind))).toEqual(['P0:顶级', 'width', 'P2:最新', 'P1:专利', 'P2:100%', 'repeat', 'charset']);
  });

  it('finds nothing wrong with a clean title', () => {
    expect(check('蓝牙耳机真无线降噪入耳式运动跑步长续航', 'jd').issues).toEqual([]);
  });
});
