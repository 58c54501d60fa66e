import { describe, expect, it } from 'vitest';
import { sizeOf, sizeOfValue } from '../../../../lib/analytics/sku-codes/size';

describe('sizeOf', () => {
  it.each([
    // the four console formats of the same size-M SKU
    ['taobao', '颜色分类:黑色;尺码:M', '羽绒服', 'M', '尺码:M'],
    ['douyin', '颜色:黑色 尺码:M', '羽绒服', 'M', '尺码:M'],
    ['jd', '黑色 M', '羽绒服', 'M', 'M'],
    ['pdd', '黑色,M', '羽绒服', 'M', 'M'],
    // letter sizes and their synonyms: one canonical form, numbered from two X up
    ['XL', '颜色分类:白色;尺码:XL', 'T恤', 'XL', '尺码:XL'],
    ['2XL', '黑色,2XL', 'T恤', '2XL', '2XL'],
    ['XXL is 2XL', '黑色 XXL', 'T恤', '2XL', 'XXL'],
    ['XXXL is 3XL', '尺码:XXXL', 'T恤', '3XL', '尺码:XXXL'],
    ['XS', '尺码:XS', 'T恤', 'XS', '尺码:XS'],
    ['XXS is 2XS', '尺码:XXS', 'T恤', '2XS', '尺码:XXS'],
    ['M码', '颜色:黑色 尺码:M码', 'T恤', 'M', '尺码:M码'],
    ['a note after the size', '尺码:XL(120-140斤)', 'T恤', 'XL', '尺码:XL(120-140斤)'],
    ['均码', '颜色分类:黑色;尺码:均码', '围巾', 'F', '尺码:均码'],
    ['full-width letters', '尺码：ＸＬ', 'T恤', 'XL', '尺码:XL'],
    // shoe sizes 35–46 and waist sizes 26–34
    ['shoe size', '颜色:灰色;尺码:40', '跑步鞋', '40', '尺码:40'],
    ['shoe size, jd', '黑色 42', '跑步鞋', '42', '42'],
    ['half shoe size', '尺码:36.5', '高跟鞋', '36.5', '尺码:36.5'],
    ['shoe size with 码', '灰色,41码', '跑步鞋', '41', '41码'],
    ['waist 26', '颜色分类:浅蓝;尺码:26', '牛仔裤', '26', '尺码:26'],
    ['waist 34', '深蓝 34', '牛仔裤', '34', '34'],
    // bed widths, only for bedding
    ['bed 1.5m', '规格:1.5m床', '全棉床上四件套', '150', '规格:1.5m床'],
    ['bed 1.8m, jd', '1.8m床', '全棉床上四件套', '180', '1.8m床'],
    ['bed 1.8米', '床单尺寸:1.8米', '床单', '180', '床单尺寸:1.8米'],
    ['bed 150x200cm', '规格:150x200cm', '被套', '150', '规格:150x200cm'],
  ])('%s: %s → %s', (_, spec, title, size, from) => {
    expect(sizeOf(spec, title)).toEqual({ size, from });
  });

  it.each([
    ['no spec', '', '双肩包'],
    ['colour only', '颜色:黑色', '双肩包'],
    ['a cable length is not a size', '长度:1米', '数据线'],
    ['a cable length, pdd', '2米', '数据线'],
    ['a phone model', '型号:iPhone15 Pro', '手机壳'],
    ['a pack size', '规格:10片装', '面膜'],
    ['a weight', '净含量:500g', '咖啡豆'],
    ['a number outside 26–46', '尺码:110', '童装'],
    ['25 is no waist size', '尺码:25', '牛仔裤'],
    ['47 is no shoe size', '尺码:47', '跑步鞋'],
    ['a half waist size', '尺码:28.5', '牛仔裤'],
    ['a colour in English', '颜色:Silver', '耳机'],
  ])('%s → F', (_, spec, title) => {
    expect(sizeOf(spec, title)).toEqual({ size: 'F' });
  });

  it('prefers the value under a size key over a number elsewhere', () => {
    expect(sizeOf('款式:28;尺码:M', '卫衣')).toEqual({ size: 'M', from: '尺码:M' });
  });

  it('takes the last size-like value when no key says which', () => {
    expect(sizeOf('黑色 M', '卫衣').size).toBe('M');
  });
});

describe('sizeOfValue', () => {
  it('reads bed metres only for bedding', () => {
    expect(sizeOfValue('1.5m', true)).toBe('150');
    expect(sizeOfValue('1.5m', false)).toBeUndefined();
  });
});
