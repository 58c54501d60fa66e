const AMOUNT = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/;
const RANGE = new RegExp(
  `${AMOUNT.source}\\s*(?:元)?\\s*(?:~|～|-|—|–|至|到)\\s*[¥￥]?\\s*${AMOUNT.source}`,
);

function toFen(intPart: string, decimals = ''): number {
  const whole = Number(intPart.replace(/,/g, ''));
  const padded = (decimals + '000').slice(0, 3);
  // Round half up on the third decimal without going through binary floating point.
  const fen = whole * 100 + Number(padded.slice(0, 2)) + (Number(padded[2]) >= 5 ? 1 : 0);
  return fen;
}

/**
 * Money text → integer fen (分), so sums stay exact. Accepts `¥1,299.00`, `￥ 59.9`, `59.90元`, `128`
 * and price ranges (`¥4.88 ~ ￥9.16`, `4.88-9.16`), where the lowest price is taken. The first amount in the
 * text wins, so a trailing note such as `(含快递:¥0.00)` does not change it. Returns undefined when the text
 * holds no amount (`--`, `-`, empty).
 */
export function parseMoneyFen(text: string): number | undefined {
  const clean = text.replace(/[\s\u00a0]+/g, ' ');
  const first = AMOUNT.exec(clean);
  if (!first) return undefined;
  const range = RANGE.exec(clean);
  if (range && range.index === first.index) {
    const a = toFen(range[1]!, range[2]);
    const b = toFen(range[3]!, range[4]);
    return Math.min(a, b);
  }
  return toFen(first[1]!, first[2]);
}

/** 1234567 → "1,234,567" (what toLocaleString('en-US') gives, without building a number format per call). */
function groupThousands(n: number): string {
  const digits = String(n);
  let head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (; head < digits.length; head += 3) out += `,${digits.slice(head, head + 3)}`;
  return out;
}

/** Integer fen → `¥1,299.00`, the one money format the UI shows. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  const cents = abs % 100;
  return `${sign}¥${groupThousands(Math.floor(abs / 100))}.${cents < 10 ? '0' : ''}${cents}`;
}
