import { describe, expect, it } from 'vitest';
import { createTitleSegmenter } from '../../../../lib/analytics/titles/segment';

const icu = (text: string) => [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

describe('createTitleSegmenter', () => {
  const seg = createTitleSegmenter();

  it.each([
    ['男士加绒保暖羽绒服冬季新款外套', '羽绒服'],
    ['2024春秋新款韩版修身显瘦长袖连衣裙', '连衣裙'],
    ['无线蓝牙耳机入耳式降噪超长续航适用苹果华为', '蓝牙耳机'],
    ['无线蓝牙耳机入耳式降噪超长续航适用苹果华为', '华为'],
    ['全棉床上四件套60支长绒棉被套床单', '四件套'],
    ['高腰直筒牛仔裤女', '牛仔裤'],
    ['华为快充数据线', '数据线'],
    ['玻尿酸保湿面膜女10片装', '面膜'],
    ['跑步鞋男轻便透气减震运动鞋', '运动鞋'],
  ])('keeps the shop word in %s whole: %s (which ICU alone splits)', (title, word) => {
    expect(icu(title)).not.toContain(word);
    expect(seg.segment(title)).toContain(word);
  });

  it('segments whole titles into shop words and leaves the rest to ICU', () => {
    expect(seg.segment('2024春秋新款韩版修身显瘦长袖连衣裙')).toEqual(['2024', '春秋', '新款', '韩版', '修身', '显瘦', '长袖', '连衣裙']);
    expect(seg.segment('男士加绒保暖羽绒服冬季新款外套男款冲锋衣')).toEqual(['男士', '加绒', '保暖', '羽绒服', '冬季', '新款', '外套', '男款', '冲锋衣']);
  });

  it('drops spaces and punctuation, folds full-width letters and keeps model names whole', () => {
    expect(seg.segment('【包邮】华为快充数据线 ＴＹＰＥ－Ｃ 充电线')).toEqual(['包邮', '华为', '快充', '数据线', 'TYPE-C', '充电线']);
    expect(seg.segment('手机壳适用iPhone15全包防摔')).toEqual(['手机壳', '适用', 'iPhone15', '全包', '防摔']);
  });

  it('keeps settings.titles.extraWords whole, before any shop word', () => {
    const title = '鸭鸭羽绒服女冰丝凉感短袖';
    expect(seg.segment(title)).toEqual(['鸭鸭', '羽绒服', '女', '冰', '丝', '凉', '感', '短袖']);
    const own = createTitleSegmenter({ extraWords: ['鸭鸭羽绒服', '冰丝凉感'] });
    expect(own.segment(title)).toEqual(['鸭鸭羽绒服', '女', '冰丝凉感', '短袖']);
    // An extra word that starts inside a shop word still wins: 绒服女 cuts 羽绒服.
    expect(createTitleSegmenter({ extraWords: ['绒服女'] }).segment('羽绒服女')).toEqual(['羽', '绒服女']);
  });

  it('uses discovered terms only where no shop word applies', () => {
    const s = createTitleSegmenter({ discovered: ['鹿鸣家', '绒服'] });
    expect(s.segment('鹿鸣家羽绒服')).toEqual(['鹿鸣家', '羽绒服']);
    expect(s.uncovered('鹿鸣家白鸭绒羽绒服女')).toEqual(['鹿鸣家', '女']);
  });
});
