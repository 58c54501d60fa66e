import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundScore, monetaryCuts, recencyScore, segmentOf } from '../../../../lib/analytics/customers/scores';

describe('recencyScore (business thresholds 7/30/90/180 days)', () => {
  it.each([
    [1, 5],
    [7, 5],
    [8, 4],
    [30, 4],
    [31, 3],
    [90, 3],
    [91, 2],
    [180, 2],
    [181, 1],
    [900, 1],
  ])('%i days → %i', (days, score) => {
    expect(recencyScore(days, [7, 30, 90, 180])).toBe(score);
  });
});

describe('boundScore for F (lower bounds 2/3/5/10 orders)', () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 3],
    [5, 4],
    [9, 4],
    [10, 5],
    [40, 5],
  ])('%i orders → %i', (orders, score) => {
    expect(boundScore(orders, [2, 3, 5, 10])).toBe(score);
  });
});

describe('monetaryCuts (quintiles that never split ties)', () => {
  it('cuts ten distinct amounts into five pairs', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((y) => y * 100);
    const cuts = monetaryCuts(values);
    expect(cuts).toEqual([300, 500, 700, 900]);
    expect(values.map((v) => boundScore(v, cuts))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('keeps 7 equal one-time amounts together at score 1', () => {
    // 10 customers: 7 × ¥1, then ¥2, ¥3, ¥4. ≥ 2/10 below: ¥2 (7 below); 8/10 below: ¥3.
    const values = [100, 100, 100, 100, 100, 100, 100, 200, 300, 400];
    const cuts = monetaryCuts(values);
    expect(cuts).toEqual([200, 200, 200, 300]);
    expect(values.map((v) => boundScore(v, cuts))).toEqual([1, 1, 1, 1, 1, 1, 1, 4, 5, 5]);
  });

  it('leaves unreachable cuts empty when everyone spent the same', () => {
    expect(monetaryCuts([9900, 9900, 9900])).toEqual([null, null, null, null]);
    expect(boundScore(9900, [null, null, null, null])).toBe(1);
  });

  it('handles no customers', () => {
    expect(monetaryCuts([])).toEqual([null, null, null, null]);
  });

  it('gives equal amounts equal scores, never a lower score to a larger amount, and 1 to the smallest', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }).map((x) => x * 1000), { minLength: 1, maxLength: 80 }), (values) => {
        const cuts = monetaryCuts(values);
        const score = (v: number) => boundScore(v, cuts);
        const sorted = [...values].sort((a, b) => a - b);
        expect(score(sorted[0]!)).toBe(1);
        for (let i = 1; i < sorted.length; i++) expect(score(sorted[i]!)).toBeGreaterThanOrEqual(score(sorted[i - 1]!));
        // Shuffled input, same cuts: order of rows never matters.
        expect(monetaryCuts([...values].reverse())).toEqual(cuts);
        // A score k ≥ 2 is only given to amounts that at least (k−1)/5 of customers are strictly below.
        for (const v of values) expect(values.filter((x) => x < v).length * 5).toBeGreaterThanOrEqual((score(v) - 1) * values.length);
      }),
    );
  });
});

describe('segmentOf (8-class model, 高 = strictly above the mean score)', () => {
  const means = { r: 3, f: 1.5, m: 3 };
  it.each([
    [5, 2, 4, 'importantValue'],
    [4, 1, 5, 'importantDevelop'],
    [2, 3, 4, 'importantKeep'],
    [1, 1, 5, 'importantRetain'],
    [5, 5, 1, 'generalValue'],
    [5, 1, 2, 'generalDevelop'],
    [3, 2, 3, 'generalKeep'],
    [3, 1, 3, 'generalRetain'],
  ] as const)('R%i F%i M%i → %s', (r, f, m, segment) => {
    expect(segmentOf(r, f, m, means)).toBe(segment);
  });
});
