import { describe, expect, it } from 'vitest';
import { findBannedTerms } from '../../../../lib/analytics/titles/compliance';

const hits = (title: string) => findBannedTerms(title).map((h) => `${h.grade}:${h.term}`);

describe('findBannedTerms', () => {
  it.each([
    ['全网最低价连衣裙', ['P0:最低价']],
    ['最佳拍档情侣款', ['P0:最佳']],
    ['最强续航蓝牙耳机', ['P0:最']],
    ['销量第一的羽绒服', ['P0:第一']],
    ['国家级非遗工艺茶叶', ['P0:国家级']],
    ['顶级长绒棉四件套', ['P0:顶级']],
    ['极品大红袍', ['P0:极品']],
    ['独家配方面膜', ['P0:独家']],
    ['全球首个石墨烯发热', ['P0:首个']],
    ['唯一正宗云南咖啡', ['P0:唯一']],
    ['万能清洁膏', ['P0:万能']],
    ['驰名商标老字号', ['P0:驰名商标']],
    ['质量免检大米', ['P0:质量免检']],
    ['消炎祛痘面膜', ['P0:消炎']],
    ['特供茶叶', ['P1:特供']],
    ['出口专供袜子', ['P1:专供']],
    ['专利防漏设计奶瓶', ['P1:专利']],
    ['美白精华液', ['P1:美白']],
    ['有机棉婴儿连体衣', ['P1:有机']],
    ['销量领先的数据线', ['P2:销量领先']],
    ['正品保证耳机', ['P2:正品保证']],
    ['纯天然蜂蜜', ['P2:纯天然']],
    ['100%纯棉T恤', ['P2:100%']],
    ['最新款羽绒服', ['P2:最新']],
  ])('%s → %j', (title, expected) => {
    expect(hits(title)).toEqual(expected);
  });

  it.each([
    ['最近上新的连衣裙'],
    ['第一次买就回购'],
    ['第一件8折第二件半价'],
    ['第一时间发货'],
    ['万能胶强力粘鞋'],
    ['TOP10热销款'],
    ['有机玻璃收纳盒'],
    ['防脱落手机挂绳'],
    ['白鸭绒羽绒服女短款2024冬季新款加厚保暖外套'],
  ])('leaves %s alone', (title) => {
    expect(hits(title)).toEqual([]);
  });

  it('sees through spaces, full-width forms and case', () => {
    expect(findBannedTerms('销量第 一 ＮＯ．１ no1 Top1').map((h) => [h.term, h.text, h.at])).toEqual([
      ['第一', '第 一', 2],
      ['NO.1', 'ＮＯ．１', 6],
      ['NO1', 'no1', 11],
      ['TOP1', 'Top1', 15],
    ]);
  });

  it('carries the clause and a replacement in its reason', () => {
    const [hit] = findBannedTerms('顶级面料');
    expect(hit!.clause.zh).toContain('《广告法》第九条第（三）项');
    expect(hit!.reason.zh).toBe(`「顶级」P0 禁用：${hit!.clause.zh}；建议：改为“高品质”“精选”`);
    expect(findBannedTerms('专利设计')[0]!.clause.zh).toContain('第十二条');
    expect(findBannedTerms('纯天然')[0]!.clause.zh).toContain('第十一条');
    expect(findBannedTerms('驰名商标')[0]!.clause.zh).toContain('《商标法》第十四条');
  });

  it('reports every term once, left to right', () => {
    expect(hits('顶级独家最佳100%')).toEqual(['P0:顶级', 'P0:独家', 'P0:最佳', 'P2:100%']);
  });
});
