import { describe, expect, it } from 'vitest';
import { normaliseOuterId, outerIdPrefixes, titleKey, toHalfWidth } from '../../../../lib/analytics/sku-codes/text';

describe('normaliseOuterId', () => {
  it.each([
    ['YRF-2409-01', 'YRF-2409-01'],
    ['  yrf-2409-01 ', 'YRF-2409-01'],
    ['ＹＲＦ－２４０９－０１', 'YRF-2409-01'],
    ['YRF—2409–01', 'YRF-2409-01'],
    ['YRF 2409', 'YRF2409'],
    ['', ''],
  ])('%s → %s', (raw, norm) => {
    expect(normaliseOuterId(raw)).toBe(norm);
  });

  it('treats undefined as no code', () => {
    expect(normaliseOuterId(undefined)).toBe('');
  });
});

describe('outerIdPrefixes', () => {
  it('lists the prefixes before each separator, longest first', () => {
    expect(outerIdPrefixes('YRF-2409-01')).toEqual(['YRF-2409', 'YRF']);
    expect(outerIdPrefixes('A_B/C.D')).toEqual(['A_B/C', 'A_B', 'A']);
    expect(outerIdPrefixes('SJX66W')).toEqual([]);
  });
});

describe('toHalfWidth and titleKey', () => {
  it('turns full-width letters, digits and the ideographic space half-width', () => {
    expect(toHalfWidth('ＡＢＣ１２３　！')).toBe('ABC123 !');
  });

  it('ignores spacing, punctuation and case in titles', () => {
    expect(titleKey('Type-C 数据线【快充】')).toBe(titleKey('TYPEC数据线快充'));
  });
});
