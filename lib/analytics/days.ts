import { shanghaiDay } from '../domain/time';

/** One day in ms. */
export const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

const dayKeys = new Map<number, string>();

/** The Asia/Shanghai day of an instant as a day number (days since 1970-01-01 in Shanghai): a cheap map key. */
export function dayNumberOf(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/**
 * The Asia/Shanghai calendar day of an instant as `YYYY-MM-DD`, like `shanghaiDay`, memoised by day number:
 * the derived tables key 200k orders by day, and formatting a date per order would dominate the time.
 */
export function dayKeyOf(ms: number): string {
  return dayKeyOfNumber(dayNumberOf(ms));
}

/** True when the instant is 00:00:00.000 Asia/Shanghai, the first instant of a day (dailyStats atDayStart). */
export function isDayStart(ms: number): boolean {
  return (ms + SHANGHAI_OFFSET_MS) % DAY_MS === 0;
}

/** `YYYY-MM-DD` of a day number. */
export function dayKeyOfNumber(n: number): string {
  let key = dayKeys.get(n);
  if (key === undefined) {
    key = shanghaiDay(n * DAY_MS - SHANGHAI_OFFSET_MS);
    dayKeys.set(n, key);
  }
  return key;
}

/** 00:00 Asia/Shanghai of a `YYYY-MM-DD` day, in epoch ms (16:00 UTC the day before). */
export function dayStartOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) - SHANGHAI_OFFSET_MS;
}

/** A half-open range of instants [from, to), in epoch ms. */
export interface TimeRange {
  from: number;
  to: number;
}

/**
 * The range covering Shanghai days `fromDay` … `toDay` inclusive, e.g. the last 7 days for a date picker.
 * Per-day figures come from day rows, so ranges that start and end at 00:00 Shanghai are the ones both the
 * raw and the aggregate KPI paths agree on.
 */
export function dayRange(fromDay: string, toDay: string): TimeRange {
  return { from: dayStartOf(fromDay), to: dayStartOf(toDay) + DAY_MS };
}

/** The days whose 00:00 lies in [from, to), in order. */
export function daysIn(range: TimeRange): string[] {
  const days: string[] = [];
  const first = dayStartOf(dayKeyOf(range.from));
  for (let t = first < range.from ? first + DAY_MS : first; t < range.to; t += DAY_MS) days.push(dayKeyOf(t));
  return days;
}
