import { describe, expect, it } from 'vitest';
import { AnalyticsSettingsSchema, DEFAULT_SETTINGS } from '../../../../lib/analytics/settings';
import { linkSkus } from '../../../../lib/analytics/sku-codes/links';
import type { PlatformId, SkuCode, SkuMatchDecision } from '../../../../lib/domain';
import { NOW } from '../records';

function code(c: Partial<SkuCode> & Pick<SkuCode, 'code' | 'platform'>): SkuCode {
  const key = c.key ?? `${c.platform}|sku:${c.code}`;
  return { key, aliases: [key], productId: '', skuId: '', outerId: '', title: '商品', spec: '', category: '01', size: 'F', yymm: '2504', serial: 1, assignedAt: NOW, reason: { zh: '', en: '' }, ...c };
}

describe('linkSkus: by 商家编码', () => {
  it('links SKUs whose codes are equal once trimmed, half-width and upper-cased', () => {
    const codes = [
      code({ code: 'TB-01-M-2504', platform: 'taobao', outerId: ' yrf-2409-01 ' }),
      code({ code: 'DY-01-M-2507', platform: 'douyin', outerId: 'ＹＲＦ－２４０９－０１' }),
    ];
    const r = linkSkus(codes, [], DEFAULT_SETTINGS);
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]).toMatchObject({ id: 'goods:YRF-2409-01', outerId: 'YRF-2409-01', platforms: ['taobao', 'douyin'] });
    expect(r.groups[0]!.skuLinks).toEqual([
      { id: 'sku:YRF-2409-01', codes: ['TB-01-M-2504', 'DY-01-M-2507'], platforms: ['taobao', 'douyin'], reason: { zh: '商家编码 YRF-2409-01 相同：淘宝/天猫、抖店', en: 'same seller code YRF-2409-01: Taobao/Tmall, Douyin Shop' } },
    ]);
    expect(r.skuOf.get('DY-01-M-2507')).toBe('sku:YRF-2409-01');
    expect(r.unlinked).toEqual([]);
  });

  it('links SKU-level codes at the goods level when the goods code itself was seen', () => {
    const codes = [
      code({ code: 'TB-01-F-2504', platform: 'taobao', outerId: 'YRF-2409' }),
      code({ code: 'JD-01-M-2502', platform: 'jd', outerId: 'YRF-2409-01' }),
      code({ code: 'DY-01-L-2507', platform: 'douyin', outerId: 'YRF-2409-02' }),
    ];
    const r = linkSkus(codes, [], DEFAULT_SETTINGS);
    expect(r.groups.map((g) => g.id)).toEqual(['goods:YRF-2409']);
    const g = r.groups[0]!;
    expect(g.members.map((m) => [m.code, m.reason.zh])).toEqual([
      ['TB-01-F-2504', '商家编码 YRF-2409'],
      ['JD-01-M-2502', '商家编码 YRF-2409-01 属于商品 YRF-2409'],
      ['DY-01-L-2507', '商家编码 YRF-2409-02 属于商品 YRF-2409'],
    ]);
    expect(g.reason.zh).toBe('淘宝/天猫、京东、抖店 共 3 个 SKU，共享商家编码 YRF-2409');
    expect(g.skuLinks).toEqual([]);
    expect(r.goodsOf.get('JD-01-M-2502')).toBe('goods:YRF-2409');
  });

  it('never guesses a goods code from the shape alone: SJB-15 and SJB-16 stay two goods', () => {
    const codes = [code({ code: 'TB-08-F-2504', platform: 'taobao', outerId: 'SJB-15' }), code({ code: 'DY-08-F-2504', platform: 'douyin', outerId: 'SJB-16' })];
    expect(linkSkus(codes, [], DEFAULT_SETTINGS).groups.map((g) => g.id)).toEqual(['goods:SJB-15', 'goods:SJB-16']);
  });
});

describe('linkSkus: probable matches and the seller’s decisions', () => {
  const pdd = code({ code: 'DD-02-F-2410', platform: 'pdd', title: '清仓蓝牙耳机', spec: '白色' });
  const dyExact = code({ code: 'DY-02-F-2504', platform: 'douyin', title: '蓝牙耳机直播间专享', spec: '颜色:白色' });
  const dyClose = code({ code: 'DY-02-F-2505', platform: 'douyin', title: '蓝牙耳机降噪', spec: '颜色:白色' });
  const jdClose = code({ code: 'JD-02-F-2505', platform: 'jd', title: '蓝牙耳机降噪', spec: '白色' });
  const jdOtherSpec = code({ code: 'JD-02-F-2506', platform: 'jd', title: '蓝牙耳机', spec: '黑色' });
  const tbFar = code({ code: 'TB-02-F-2505', platform: 'taobao', title: '蓝牙音箱', spec: '白色' });
  const codes = [pdd, dyExact, dyClose, jdClose, jdOtherSpec, tbFar];

  it('offers the best match per other platform with the same spec and a score at or above the threshold', () => {
    const r = linkSkus(codes, [], DEFAULT_SETTINGS);
    const pairs = r.matches.filter((m) => m.aCode === pdd.code || m.bCode === pdd.code).map((m) => [[m.aCode, m.bCode].sort().join(' = '), m.score]);
    // From the pdd SKU: on Douyin 1.0 beats 0.75, on JD 0.75 (≥ 0.6); JD's black one has another spec and
    // Taobao's 蓝牙音箱 scores 1/3. The Douyin 0.75 SKU has no code either and its own best on Pinduoduo is the
    // pdd SKU, so that pair is offered from its side.
    expect(pairs).toEqual([
      ['DD-02-F-2410 = DY-02-F-2504', 1],
      ['DD-02-F-2410 = DY-02-F-2505', 0.75],
      ['DD-02-F-2410 = JD-02-F-2505', 0.75],
    ]);
    const m = r.matches.find((x) => x.score === 1 && [x.aCode, x.bCode].includes(pdd.code))!;
    expect(m.reason.zh).toContain('标题相似度 1.00（≥ 0.60），规格相同');
    expect(r.unlinked.find((u) => u.code === pdd.code)!.reason.zh).toBe('无商家编码，也没有已确认的跨平台匹配；有 3 个可能的匹配待确认');
  });

  it('takes the threshold from settings', () => {
    const strict = AnalyticsSettingsSchema.parse({ sku: { matchThreshold: 0.8 } });
    const r = linkSkus(codes, [], strict);
    expect(r.matches.some((m) => m.score === 0.75)).toBe(false);
    expect(r.matches.some((m) => m.score === 1)).toBe(true);
  });

  it('links a confirmed pair and stops offering it', () => {
    const decisions: SkuMatchDecision[] = [{ a: dyExact.key, b: pdd.key, decision: 'confirmed' }];
    const r = linkSkus(codes, decisions, DEFAULT_SETTINGS);
    const g = r.groups.find((x) => x.members.some((m) => m.code === pdd.code))!;
    expect(g.id).toBe(`match:${dyExact.key}`);
    expect(g.outerId).toBe('');
    expect(g.members.map((m) => [m.code, m.reason.zh])).toEqual([
      [pdd.code, '卖家确认与 DY-02-F-2504 为同一商品'],
      [dyExact.code, '卖家确认与 DD-02-F-2410 为同一商品'],
    ]);
    expect(g.reason.zh).toBe('拼多多、抖店 共 2 个 SKU，卖家确认 1 对');
    expect(r.matches.some((m) => [m.aCode, m.bCode].includes(pdd.code) && [m.aCode, m.bCode].includes(dyExact.code))).toBe(false);
    // once linked, the pdd SKU is no longer offered against others in its group, and is not flagged
    expect(r.unlinked.map((u) => u.code)).not.toContain(pdd.code);
  });

  it('never offers a rejected pair again, and the SKUs stay flagged as unlinked', () => {
    const decisions: SkuMatchDecision[] = [{ a: pdd.key, b: dyExact.key, decision: 'rejected' }];
    const r = linkSkus(codes, decisions, DEFAULT_SETTINGS);
    const offered = r.matches.map((m) => [m.aCode, m.bCode].sort().join(' = '));
    expect(offered).not.toContain('DD-02-F-2410 = DY-02-F-2504');
    // the other Douyin candidate stays on offer
    expect(offered).toContain('DD-02-F-2410 = DY-02-F-2505');
    expect(r.unlinked.map((u) => u.code)).toContain(pdd.code);
  });

  it('applies the latest decision for a pair', () => {
    const decisions: SkuMatchDecision[] = [
      { a: pdd.key, b: dyExact.key, decision: 'rejected', decidedAt: NOW },
      { a: dyExact.key, b: pdd.key, decision: 'confirmed', decidedAt: NOW - 1000 },
    ];
    const r = linkSkus(codes, decisions, DEFAULT_SETTINGS);
    expect(r.groups.some((g) => g.members.some((m) => m.code === pdd.code))).toBe(false);
  });

  it('offers only pairs across platforms', () => {
    const same: PlatformId = 'pdd';
    const twin = code({ code: 'DD-02-F-2410-02', platform: same, title: '清仓蓝牙耳机', spec: '白色' });
    const r = linkSkus([pdd, twin], [], DEFAULT_SETTINGS);
    expect(r.matches).toEqual([]);
  });
});
