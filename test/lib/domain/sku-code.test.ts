import { describe, expect, it } from 'vitest';
import { SkuCodeSchema, SkuMatchDecisionSchema } from '../../../lib/domain';

const valid = {
  code: 'TB-01-M-2504',
  key: 'taobao|sku:1101',
  aliases: ['taobao|sku:1101', 'taobao|pid:1001|黑色m'],
  platform: 'taobao',
  productId: '1001',
  skuId: '1101',
  outerId: 'YRF-2409-01',
  title: '白鸭绒羽绒服',
  spec: '颜色分类:黑色;尺码:M',
  category: '01',
  size: 'M',
  yymm: '2504',
  serial: 1,
  assignedAt: Date.UTC(2025, 3, 3),
  reason: { zh: '…', en: '…' },
};

describe('SkuCodeSchema', () => {
  it('accepts a stored code', () => {
    expect(SkuCodeSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['a lower-case size', { size: 'xl' }],
    ['a five-digit month', { yymm: '20254' }],
    ['a one-digit category', { category: '1' }],
    ['serial 0', { serial: 0 }],
    ['no alias', { aliases: [] }],
    ['an unknown platform', { platform: 'amazon' }],
  ])('rejects %s', (_, change) => {
    expect(SkuCodeSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe('SkuMatchDecisionSchema', () => {
  it('accepts confirmed and rejected, nothing else', () => {
    expect(SkuMatchDecisionSchema.safeParse({ a: 'x', b: 'y', decision: 'confirmed' }).success).toBe(true);
    expect(SkuMatchDecisionSchema.safeParse({ a: 'x', b: 'y', decision: 'rejected', decidedAt: Date.UTC(2025, 0, 1) }).success).toBe(true);
    expect(SkuMatchDecisionSchema.safeParse({ a: 'x', b: 'y', decision: 'maybe' }).success).toBe(false);
  });
});
