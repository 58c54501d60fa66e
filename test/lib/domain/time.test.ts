import { formatShanghai, parseShanghaiTime, shanghaiDay } from '../../../lib/domain/time';

const sh = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h - 8, mi, s);

describe('parseShanghaiTime', () => {
  it.each([
    ['2025-04-03 14:22:01', sh(2025, 4, 3, 14, 22, 1)],
    ['2025/04/03 14:22', sh(2025, 4, 3, 14, 22)],
    ['2025/4/3 9:05', sh(2025, 4, 3, 9, 5)],
    ['2025-04-03', sh(2025, 4, 3)],
    ['2025年4月3日 14:22', sh(2025, 4, 3, 14, 22)],
    ['创建时间：2025-04-03 14:22:01', sh(2025, 4, 3, 14, 22, 1)],
    ['下单时间 2026/02/25 22:35:44', sh(2026, 2, 25, 22, 35, 44)],
    ['2025-10-06 01:22:42 下单，2025-10-06 01:25:04 付款', sh(2025, 10, 6, 1, 22, 42)],
    // Midnight in Shanghai is 16:00 UTC the day before.
    ['2025-01-01 00:00:00', Date.UTC(2024, 11, 31, 16)],
    ['2024-02-29 12:00', sh(2024, 2, 29, 12)],
  ])('%j', (text, ms) => {
    expect(parseShanghaiTime(text)).toBe(ms);
  });

  it.each(['', '待同步', '2025-13-01', '2025-02-30 10:00', '2025-04-03 25:00', '14:22:01'])('%j is not a time', (text) => {
    expect(parseShanghaiTime(text)).toBeUndefined();
  });
});

describe('formatting in Asia/Shanghai', () => {
  it('formats and keys days by Shanghai wall-clock time', () => {
    expect(formatShanghai(Date.UTC(2024, 11, 31, 16, 5))).toBe('2025-01-01 00:05');
    expect(shanghaiDay(Date.UTC(2024, 11, 31, 15, 59))).toBe('2024-12-31');
    expect(shanghaiDay(Date.UTC(2024, 11, 31, 16, 0))).toBe('2025-01-01');
  });
});
