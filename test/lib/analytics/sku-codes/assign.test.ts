import { describe, expect, it } from 'vitest';
import { AnalyticsSettingsSchema, DEFAULT_SETTINGS } from '../../../../lib/analytics/settings';
import { assignSkuCodes } from '../../../../lib/analytics/sku-codes/assign';
import { SkuCodeSchema, type SkuCode } from '../../../../lib/domain';
import { at, NOW, order, product } from '../records';

const codesOf = (r: { added: SkuCode[] }) => r.added.map((c) => c.code).sort();

describe('assignSkuCodes: the four layers', () => {
  it('gives the seed example TB-01-M-2504 to a size-M Taobao apparel SKU listed in April 2025', () => {
    const p = product({ platform: 'taobao', productId: '1001', skuId: '1101', title: '白鸭绒羽绒服女短款', spec: '颜色分类:黑色;尺码:M', listedAt: at(2025, 4, 3, 14, 22) });
    const r = assignSkuCodes([], [], [p], DEFAULT_SETTINGS, NOW);
    expect(r.added).toHaveLength(1);
    const code = r.added[0]!;
    expect(code).toMatchObject({ code: 'TB-01-M-2504', platform: 'taobao', productId: '1001', skuId: '1101', category: '01', size: 'M', yymm: '2504', serial: 1, assignedAt: NOW, key: 'taobao|sku:1101' });
    expect(code.reason.zh).toBe('淘宝/天猫 TB；类目 01 服饰（标题含「羽绒服」）；尺码 M（规格「尺码:M」）；2504（上架于 2025-04-03）');
    expect(SkuCodeSchema.safeParse(code).success).toBe(true);
  });

  it('uses the platform codes DY, JD, DD and the ones set in settings', () => {
    const products = [
      product({ platform: 'douyin', productId: '3001', skuId: '3101', title: '蓝牙耳机', spec: '颜色:白色', listedAt: at(2025, 1, 1) }),
      product({ platform: 'jd', productId: '2001', skuId: '2101', title: '蓝牙耳机', spec: '白色', listedAt: at(2025, 1, 1) }),
      product({ platform: 'pdd', productId: '4001', skuId: '4101', title: '蓝牙耳机', spec: '白色', listedAt: at(2025, 1, 1) }),
    ];
    expect(codesOf(assignSkuCodes([], [], products, DEFAULT_SETTINGS, NOW))).toEqual(['DD-02-F-2501', 'DY-02-F-2501', 'JD-02-F-2501']);
    const settings = AnalyticsSettingsSchema.parse({ sku: { platformCodes: { taobao: 'TM', douyin: 'DYS', jd: 'JD', pdd: 'PDD' } } });
    expect(codesOf(assignSkuCodes([], [], products, settings, NOW))).toEqual(['DYS-02-F-2501', 'JD-02-F-2501', 'PDD-02-F-2501']);
  });

  it('takes the month from the listing date even when orders came later', () => {
    const p = product({ platform: 'jd', productId: '2001', skuId: '2101', title: '纯棉短袖T恤', spec: '白色 L', listedAt: at(2024, 11, 30, 23, 59) });
    const o = order({ platform: 'jd', placedAt: at(2025, 3, 1) }, { skuId: '2101', title: '纯棉短袖T恤', spec: '白色 L' });
    expect(codesOf(assignSkuCodes([], [o], [p], DEFAULT_SETTINGS, NOW))).toEqual(['JD-01-L-2411']);
  });

  it('takes the month first seen — the earliest order, in Asia/Shanghai time — when no listing date is known', () => {
    // 2025-06-01 00:30 in Shanghai is still May 31 in UTC: the code says 2506.
    const early = order({ platform: 'douyin', placedAt: at(2025, 6, 1, 0, 30) }, { productId: '3001', skuId: '3101', title: '法式碎花连衣裙', spec: '颜色:蓝色 尺码:S' });
    const late = order({ platform: 'douyin', placedAt: at(2025, 7, 20) }, { productId: '3001', skuId: '3101', title: '法式碎花连衣裙', spec: '颜色:蓝色 尺码:S' });
    const p = product({ platform: 'douyin', productId: '3001', skuId: '3101', title: '法式碎花连衣裙', spec: '颜色:蓝色 尺码:S', capturedAt: at(2025, 7, 31) });
    const r = assignSkuCodes([], [late, early], [p], DEFAULT_SETTINGS, NOW);
    expect(codesOf(r)).toEqual(['DY-01-S-2506']);
    expect(r.added[0]!.reason.zh).toContain('2506（首次见到于 2025-06-01）');
  });

  it("takes the product's first capture when it was seen before any order", () => {
    const p = product({ platform: 'douyin', productId: '3001', skuId: '3101', title: '跑步鞋', spec: '尺码:40', firstSeenAt: at(2025, 3, 15), capturedAt: at(2025, 7, 31) });
    const o = order({ platform: 'douyin', placedAt: at(2025, 5, 2) }, { productId: '3001', skuId: '3101', title: '跑步鞋', spec: '尺码:40' });
    expect(codesOf(assignSkuCodes([], [o], [p], DEFAULT_SETTINGS, NOW))).toEqual(['DY-08-40-2503']);
  });

  it('applies the per-product category override', () => {
    const settings = AnalyticsSettingsSchema.parse({ sku: { categoryOverrides: { 'taobao:1001': '07' } } });
    const p = product({ platform: 'taobao', productId: '1001', title: '速干T恤', spec: '尺码:L', listedAt: at(2025, 5, 5) });
    expect(codesOf(assignSkuCodes([], [], [p], settings, NOW))).toEqual(['TB-07-L-2505']);
  });
});

describe('assignSkuCodes: collisions', () => {
  const shirt = (productId: string, skuId: string, spec: string, listedAt: number) =>
    product({ platform: 'taobao', productId, skuId, title: '纯棉衬衫', spec, listedAt });

  it('gives two size-M shirts listed the same month the bare code and -02, in listing order', () => {
    const first = shirt('1001', '1101', '颜色分类:白色;尺码:M', at(2025, 4, 3));
    const second = shirt('1002', '1201', '颜色分类:蓝色;尺码:M', at(2025, 4, 20));
    const r = assignSkuCodes([], [], [second, first], DEFAULT_SETTINGS, NOW);
    const byProduct = Object.fromEntries(r.added.map((c) => [c.productId, c.code]));
    expect(byProduct).toEqual({ '1001': 'TB-01-M-2504', '1002': 'TB-01-M-2504-02' });
    expect(r.added.find((c) => c.productId === '1002')!.reason.zh).toContain('前四层与已有 1 个编码相同，加序号 -02');
  });

  it('tells two colours of size M apart by the serial (colour is not a layer)', () => {
    const black = shirt('1001', '1101', '颜色分类:黑色;尺码:M', at(2025, 4, 3));
    const white = shirt('1001', '1102', '颜色分类:白色;尺码:M', at(2025, 4, 3));
    const r = assignSkuCodes([], [], [black, white], DEFAULT_SETTINGS, NOW);
    // same listing time: the key decides the order (taobao|sku:1101 < taobao|sku:1102)
    expect(r.added.map((c) => [c.skuId, c.code])).toEqual([
      ['1101', 'TB-01-M-2504'],
      ['1102', 'TB-01-M-2504-02'],
    ]);
  });

  it('treats XXL and 2XL as one size: they collide', () => {
    const xxl = shirt('1001', '1101', '颜色分类:黑色;尺码:XXL', at(2025, 4, 3));
    const two = shirt('1001', '1102', '颜色分类:白色;尺码:2XL', at(2025, 4, 4));
    const xl = shirt('1001', '1103', '颜色分类:白色;尺码:XL', at(2025, 4, 5));
    expect(codesOf(assignSkuCodes([], [], [xxl, two, xl], DEFAULT_SETTINGS, NOW))).toEqual(['TB-01-2XL-2504', 'TB-01-2XL-2504-02', 'TB-01-XL-2504']);
  });

  it('continues after the highest serial ever used, never reusing one', () => {
    const r1 = assignSkuCodes([], [], [shirt('1001', '1101', '尺码:M', at(2025, 4, 3)), shirt('1002', '1201', '尺码:M', at(2025, 4, 4))], DEFAULT_SETTINGS, NOW);
    // the seller deleted the bare code's SKU: its number stays taken
    const kept = r1.added.filter((c) => c.serial === 2);
    const r2 = assignSkuCodes(kept, [], [shirt('1003', '1301', '尺码:M', at(2025, 4, 5))], DEFAULT_SETTINGS, NOW);
    expect(codesOf(r2)).toEqual(['TB-01-M-2504-03']);
  });
});

describe('assignSkuCodes: one code per SKU, whichever record shows it', () => {
  it('gives a JD order line (SKU id, no product id) the code of its product row', () => {
    const p = product({ platform: 'jd', productId: '2001', skuId: '2101', title: '白鸭绒羽绒服', spec: '黑色 M', outerId: 'YRF-2409-01', listedAt: at(2025, 2, 10) });
    const o = order({ platform: 'jd', placedAt: at(2024, 12, 1) }, { skuId: '2101', outerId: 'YRF-2409-01', title: '白鸭绒羽绒服', spec: '黑色 M' });
    const r = assignSkuCodes([], [o], [p], DEFAULT_SETTINGS, NOW);
    expect(codesOf(r)).toEqual(['JD-01-M-2502']);
    expect(r.lookup({ platform: 'jd', productId: '', skuId: '2101', outerId: '', title: '', spec: '' })?.code).toBe('JD-01-M-2502');
  });

  it('gives a Taobao line (product id + spec, no SKU id) the code of its SKU row in any console format', () => {
    const p = product({ platform: 'taobao', productId: '1001', skuId: '1101', title: '连衣裙', spec: '颜色分类:蓝色;尺码:S', listedAt: at(2025, 3, 1) });
    const o = order({ platform: 'taobao', placedAt: at(2025, 4, 1) }, { productId: '1001', outerId: 'LYQ-01', title: '连衣裙', spec: '颜色分类:蓝色;尺码:S' });
    const r = assignSkuCodes([], [o], [p], DEFAULT_SETTINGS, NOW);
    expect(codesOf(r)).toEqual(['TB-01-S-2503']);
    expect(r.added[0]!.outerId).toBe('LYQ-01');
  });

  it('keeps a product-level row apart from the SKUs sold under it, and dates the SKUs by its listing', () => {
    const p = product({ platform: 'pdd', productId: '4001', title: '跑步鞋男', outerId: 'PBX-AIR', listedAt: at(2025, 5, 9) });
    const o = order(
      { platform: 'pdd', placedAt: at(2025, 7, 1) },
      { productId: '4001', outerId: 'PBX-AIR-01', title: '跑步鞋男', spec: '灰色,40' },
      { productId: '4001', outerId: 'PBX-AIR-02', title: '跑步鞋男', spec: '灰色,41' },
    );
    const r = assignSkuCodes([], [o], [p], DEFAULT_SETTINGS, NOW);
    expect(codesOf(r)).toEqual(['DD-08-40-2505', 'DD-08-41-2505', 'DD-08-F-2505']);
    expect(r.added.find((c) => c.size === 'F')).toMatchObject({ skuId: '', key: 'pdd|pid:4001|', outerId: 'PBX-AIR' });
  });

  it('dates a JD line by the product row its code prefix points to', () => {
    const p = product({ platform: 'jd', productId: '2002', title: '云南小粒咖啡豆', outerId: 'KF-500', listedAt: at(2024, 11, 5) });
    const o = order({ platform: 'jd', placedAt: at(2025, 6, 1) }, { skuId: '2201', outerId: 'KF-500-01', title: '云南小粒咖啡豆', spec: '500g' });
    expect(codesOf(assignSkuCodes([], [o], [p], DEFAULT_SETTINGS, NOW))).toEqual(['JD-04-F-2411', 'JD-04-F-2411-02']);
  });
});

describe('assignSkuCodes: codes never change', () => {
  it('finds a stored code again when the product row arrives after the order line, and learns its ids', () => {
    const o = order({ platform: 'taobao', placedAt: at(2025, 5, 1) }, { productId: '1001', title: '羽绒服', spec: '颜色分类:黑色;尺码:M' });
    const first = assignSkuCodes([], [o], [], DEFAULT_SETTINGS, at(2025, 5, 2));
    expect(codesOf(first)).toEqual(['TB-01-M-2505']);
    // the product row says it was listed in April: the code keeps its May
    const p = product({ platform: 'taobao', productId: '1001', skuId: '1101', title: '羽绒服', spec: '颜色分类:黑色;尺码:M', outerId: 'YRF-01', listedAt: at(2025, 4, 1) });
    const second = assignSkuCodes(first.added, [o], [p], DEFAULT_SETTINGS, NOW);
    expect(second.added).toEqual([]);
    expect(second.updated).toHaveLength(1);
    expect(second.updated[0]).toMatchObject({ code: 'TB-01-M-2505', skuId: '1101', outerId: 'YRF-01', key: 'taobao|pid:1001|黑色m', assignedAt: at(2025, 5, 2) });
    expect(second.updated[0]!.aliases).toContain('taobao|sku:1101');
    // with the learned aliases stored, a line with only the SKU id finds it
    const third = assignSkuCodes(second.updated, [], [], DEFAULT_SETTINGS, NOW);
    expect(third.lookup({ platform: 'taobao', productId: '', skuId: '1101', outerId: '', title: '', spec: '' })?.code).toBe('TB-01-M-2505');
  });

  it('assigns nothing new when the same data comes again', () => {
    const p = product({ platform: 'jd', productId: '2001', skuId: '2101', title: 'T恤', spec: '白色 L', listedAt: at(2025, 1, 1) });
    const first = assignSkuCodes([], [], [p], DEFAULT_SETTINGS, NOW);
    const again = assignSkuCodes(first.added, [], [p], DEFAULT_SETTINGS, NOW + 1000);
    expect(again.added).toEqual([]);
    expect(again.updated).toEqual([]);
    expect([...again.byCode.keys()]).toEqual(['JD-01-L-2501']);
  });

  it('does not merge two SKUs of one product whose spec texts read the same', () => {
    const a = product({ platform: 'pdd', productId: '4001', skuId: '4101', title: 'T恤', spec: 'M', listedAt: at(2025, 1, 1) });
    const b = product({ platform: 'pdd', productId: '4001', skuId: '4102', title: 'T恤', spec: 'M', listedAt: at(2025, 1, 1) });
    expect(codesOf(assignSkuCodes([], [], [a, b], DEFAULT_SETTINGS, NOW))).toEqual(['DD-01-M-2501', 'DD-01-M-2501-02']);
  });
});
