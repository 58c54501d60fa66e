import { describe, expect, it } from 'vitest';
import { parseSpec, specKey } from '../../../../lib/analytics/sku-codes/spec';

describe('parseSpec', () => {
  it.each([
    ['taobao', '颜色分类:黑色;尺码:M', [{ key: '颜色分类', value: '黑色' }, { key: '尺码', value: 'M' }]],
    ['douyin', '颜色:黑色 尺码:M', [{ key: '颜色', value: '黑色' }, { key: '尺码', value: 'M' }]],
    ['jd', '黑色 M', [{ key: '', value: '黑色' }, { key: '', value: 'M' }]],
    ['pdd', '黑色,M', [{ key: '', value: '黑色' }, { key: '', value: 'M' }]],
    ['douyin, a value with a space', '型号:iPhone15 Pro', [{ key: '型号', value: 'iPhone15 Pro' }]],
    ['pdd, a value with a space', '白色,iPhone15 Pro', [{ key: '', value: '白色' }, { key: '', value: 'iPhone15 Pro' }]],
    ['full-width colon and semicolon', '颜色分类：黑色；尺码：M', [{ key: '颜色分类', value: '黑色' }, { key: '尺码', value: 'M' }]],
    ['one bare value', '10片装', [{ key: '', value: '10片装' }]],
  ])('%s: %s', (_, text, parts) => {
    expect(parseSpec(text)).toEqual(parts);
  });

  it('gives no parts for an empty spec', () => {
    expect(parseSpec('')).toEqual([]);
    expect(parseSpec('   ')).toEqual([]);
  });
});

describe('specKey', () => {
  it('is the same for the four console formats of one SKU', () => {
    const keys = ['颜色分类:黑色;尺码:M', '颜色:黑色 尺码:M', '黑色 M', '黑色,M'].map(specKey);
    expect(new Set(keys)).toEqual(new Set(['黑色m']));
  });

  it('tells colours and sizes apart', () => {
    expect(specKey('黑色 M')).not.toBe(specKey('米白 M'));
    expect(specKey('黑色,M')).not.toBe(specKey('黑色,L'));
  });

  it('keeps a spaced value the same on Douyin and Pinduoduo', () => {
    expect(specKey('型号:iPhone15 Pro')).toBe('iphone15pro');
    expect(specKey('iPhone15 Pro')).toBe('iphone15pro');
  });
});
