import { describe, expect, it } from 'vitest';
import { categoryOf } from '../../../../lib/analytics/sku-codes/category';
import { AnalyticsSettingsSchema, DEFAULT_SETTINGS } from '../../../../lib/analytics/settings';

describe('categoryOf', () => {
  it.each([
    // the demo shop's titles, one per category it sells
    ['白鸭绒羽绒服女短款2024冬季新款加厚保暖外套', '01', '羽绒服'],
    ['纯棉短袖T恤男宽松圆领打底衫', '01', '打底衫'],
    ['高腰直筒牛仔裤女垂感阔腿裤', '01', '牛仔裤'],
    ['蓝牙耳机真无线降噪入耳式运动跑步长续航', '02', '蓝牙耳机'],
    ['华为快充数据线66W超级快充Type-C充电线', '02', 'TYPE-C'],
    ['手机壳适用iPhone15全包防摔透明软壳', '02', '手机壳'],
    ['玻尿酸补水保湿面膜女10片装', '03', '玻尿酸'],
    ['云南小粒咖啡豆500g中度烘焙现磨黑咖啡', '04', '咖啡豆'],
    ['全棉床上四件套60支长绒棉被套床单', '05', '四件套'],
    ['跑步鞋男轻便透气减震运动鞋', '08', '跑步鞋'],
    ['双肩包男大容量电脑背包通勤旅行包', '08', '电脑背包'],
    ['猫砂豆腐猫砂除臭无尘', '09', '猫砂'],
    ['婴儿湿巾', '06', '婴儿'],
    ['瑜伽垫加厚', '07', '瑜伽'],
  ])('%s → %s (longest word 「%s」)', (title, code, word) => {
    expect(categoryOf(title, 'taobao', '1', DEFAULT_SETTINGS)).toEqual({ code, source: 'builtin', word });
  });

  it('gives 99 其他 when no word matches', () => {
    expect(categoryOf('定制刻字纪念品', 'jd', '1', DEFAULT_SETTINGS)).toEqual({ code: '99', source: 'none' });
  });

  it('breaks a tie of equal length by the earlier word in the title', () => {
    // 运动 (07) and 内衣 (01) are both two characters; 运动 comes first.
    expect(categoryOf('运动内衣女', 'taobao', '1', DEFAULT_SETTINGS).code).toBe('07');
    expect(categoryOf('内衣运动女', 'taobao', '1', DEFAULT_SETTINGS).code).toBe('01');
  });

  it("checks the seller's own words before the built-in ones", () => {
    const settings = AnalyticsSettingsSchema.parse({ sku: { categoryWords: { 香薰机: '02' } } });
    expect(categoryOf('智能香薰机静音', 'taobao', '1', settings)).toEqual({ code: '02', source: 'seller', word: '香薰机' });
    // without the seller's word the built-in 香薰 decides
    expect(categoryOf('智能香薰机静音', 'taobao', '1', DEFAULT_SETTINGS).code).toBe('05');
  });

  it('lets a per-product override win over every word', () => {
    const settings = AnalyticsSettingsSchema.parse({ sku: { categoryOverrides: { 'douyin:3001': '07' } } });
    expect(categoryOf('跑步鞋男轻便', 'douyin', '3001', settings)).toEqual({ code: '07', source: 'override' });
    // the override is per platform and product
    expect(categoryOf('跑步鞋男轻便', 'taobao', '3001', settings).code).toBe('08');
    expect(categoryOf('跑步鞋男轻便', 'douyin', '3002', settings).code).toBe('08');
  });
});
