const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DATE_TIME =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*T?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;

/**
 * Console time text → epoch ms, read as Asia/Shanghai wall-clock time (China has no daylight saving, so a
 * fixed +08:00 is exact). Accepts `2025-04-03 14:22:01`, `2025/04/03 14:22`, `2025年4月3日 14:22`, a date
 * alone (midnight), and text around it such as `下单时间 …` or `2025-10-06 01:22:42 下单，2025-10-06 01:25:04
 * 付款`, where the first time (the order time) is taken. Returns undefined for text without a valid date.
 */
export function parseShanghaiTime(text: string): number | undefined {
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1).map((v) => v ?? undefined) as string[];
  const parts = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const [year, month, day, hour, minute, second] = parts;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(utc).getUTCDate() !== day) return undefined; // 2025-02-30 and the like
  return utc - SHANGHAI_OFFSET_MS;
}

/** Epoch ms → `YYYY-MM-DD HH:mm` in Asia/Shanghai, whatever the machine's own zone. */
export function formatShanghai(ms: number, withTime = true): string {
  const d = new Date(ms + SHANGHAI_OFFSET_MS);
  const p = (n: number) => String(n).padStart(2, '0');
  const date = `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
  return withTime ? `${date} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}` : date;
}

/** The Asia/Shanghai calendar day of an instant as `YYYY-MM-DD` (the key of per-day figures). */
export function shanghaiDay(ms: number): string {
  return formatShanghai(ms, false);
}
