const PATTERNS = [/[x×X✕＊*]\s*(\d+)/, /(\d+)\s*件/, /数量\s*[:：]?\s*(\d+)/, /^\s*(\d+)\s*$/];

/**
 * Quantity text → a positive whole number: `x2`, `×2`, `X 2`, `2件`, `数量：2`, `2`. Returns undefined for
 * anything else (including 0), so the caller can report the raw text.
 */
export function parseQuantity(text: string): number | undefined {
  for (const pattern of PATTERNS) {
    const m = pattern.exec(text);
    if (m) {
      const n = Number(m[1]);
      return Number.isSafeInteger(n) && n > 0 ? n : undefined;
    }
  }
  return undefined;
}

/** Stock or sales counts: a non-negative whole number, `1,200` and `1.2万` included. */
export function parseCount(text: string): number | undefined {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*(万)?/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(/,/g, '')) * (m[2] ? 10_000 : 1);
  return Number.isFinite(n) ? Math.round(n) : undefined;
}
