import { describe, expect, it } from 'vitest';
import { dayKeyOf, dayRange, dayStartOf, daysIn } from '../../../lib/analytics/days';

describe('Asia/Shanghai days', () => {
  it.each([
    [Date.UTC(2025, 6, 31, 15, 59, 59, 999), '2025-07-31'],
    [Date.UTC(2025, 6, 31, 16, 0, 0, 0), '2025-08-01'],
    [Date.UTC(2024, 11, 31, 16, 0, 0, 0), '2025-01-01'],
    [Date.UTC(2024, 1, 28, 16, 0, 0, 0), '2024-02-29'],
  ])('%i is %s', (ms, day) => {
    expect(dayKeyOf(ms)).toBe(day);
  });

  it('starts a day at 16:00 UTC the day before', () => {
    expect(dayStartOf('2025-08-01')).toBe(Date.UTC(2025, 6, 31, 16));
    expect(dayRange('2025-07-30', '2025-07-31')).toEqual({ from: Date.UTC(2025, 6, 29, 16), to: Date.UTC(2025, 6, 31, 16) });
  });

  it('lists the days whose 00:00 lies in a range', () => {
    expect(daysIn(dayRange('2025-02-27', '2025-03-01'))).toEqual(['2025-02-27', '2025-02-28', '2025-03-01']);
    // From 2025-07-30 09:00 Shanghai: that day began before the range.
    expect(daysIn({ from: Date.UTC(2025, 6, 30, 1), to: Date.UTC(2025, 7, 1, 16) })).toEqual(['2025-07-31', '2025-08-01']);
    expect(daysIn({ from: 5, to: 5 })).toEqual([]);
  });
});
