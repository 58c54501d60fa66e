import { describe, expect, it } from 'vitest';
import { AnalyticsSettingsSchema, DEFAULT_SETTINGS } from '../../../../lib/analytics/settings';
import { classifyAbc } from '../../../../lib/analytics/stock/abc';

const classes = (units: (number | null)[], settings = DEFAULT_SETTINGS) => classifyAbc(units, settings).map((c) => c?.class ?? '-').join('');

describe('classifyAbc', () => {
  it.each<[string, (number | null)[], string]>([
    // n = 10: A for rank ≤ ⌈0.2·10⌉ = 2, C for rank > 10 − ⌊0.5·10⌋ = 5; ranks 1 2 2 4 5 5 5 8 9 10
    ['a tie at the A cut goes to A, one at the C cut to B', [50, 40, 40, 30, 20, 20, 20, 10, 5, 0], 'AAABBBBCCC'],
    // same values in another order: classes follow the value, not the position
    ['order of input does not matter', [20, 0, 40, 5, 50, 20, 10, 40, 30, 20], 'BCACABCABB'],
    // n = 3: A for rank ≤ ⌈0.6⌉ = 1, C for rank > 3 − ⌊1.5⌋ = 2
    ['three SKUs', [5, 3, 1], 'ABC'],
    // n = 4, ranks 1 2 2 4: A for rank ≤ 1, C for rank > 2; the tie at ranks 2–3 straddles the C cut → B
    ['a tie straddling the C cut', [10, 5, 5, 1], 'ABBC'],
    // all equal: one tie group, rank 1 → A (ties never split)
    ['all equal sales', [7, 7, 7, 7, 7], 'AAAAA'],
    ['no sales is always C', [0, 0, 0], 'CCC'],
    ['a row without a sales figure gets no class', [9, null, 1], 'A-C'],
    ['one SKU', [3], 'A'],
  ])('%s', (_, units, expected) => {
    expect(classes(units)).toBe(expected);
  });

  it('takes the shares from settings', () => {
    const settings = AnalyticsSettingsSchema.parse({ stock: { abcTopShare: 0.5, abcBottomShare: 0.25 } });
    // n = 4: A for rank ≤ 2, C for rank > 3
    expect(classes([4, 3, 2, 1], settings)).toBe('AABC');
  });

  it('explains the class with rank and cut', () => {
    const [a, , c] = classifyAbc([50, 40, 10, 0], DEFAULT_SETTINGS);
    expect(a).toEqual({ class: 'A', rank: 1, reason: { zh: '销量 50 件，在 4 个 SKU 中排第 1，前 20%（前 1 名） → A 类', en: '50 sold, rank 1 of 4 SKUs, top 20% (first 1) → class A' } });
    expect(c!.reason.zh).toBe('销量 10 件，在 4 个 SKU 中排第 3，后 50%（2 名之后） → C 类');
  });
});
