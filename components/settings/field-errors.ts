import type { Lang } from '../i18n/messages';

/** The errors lib/settings saveSettings gave (`rfm.windowDays: Too small: …`) that belong to one field, by path. */
export function errorsAt(errors: readonly string[], path: readonly string[]): string[] {
  const key = path.join('.');
  const out: string[] = [];
  for (const e of errors) {
    const at = e.indexOf(': ');
    const where = at < 0 ? '' : e.slice(0, at);
    if (where === key || where.startsWith(`${key}.`)) out.push(e.slice(at + 2));
  }
  return out;
}

type Say = (m: RegExpMatchArray, shown: (n: string) => string) => string;

const ZH: [RegExp, Say][] = [
  [/expected number, received NaN/, () => '请填写数字'],
  [/expected int, received number/, () => '须为整数'],
  [/Too small: expected number to be >0/, () => '须大于 0'],
  [/Too small: expected number to be >=(\S+)/, (m, shown) => `不能小于 ${shown(m[1]!)}`],
  [/Too big: expected number to be <=(\S+)/, (m, shown) => `不能大于 ${shown(m[1]!)}`],
  [/expected array to have exactly (\d+) items/, (m) => `须填 ${m[1]} 个数`],
  [/cut points must be strictly ascending/, () => '须从小到大排列，且不能相同'],
  [/Invalid option/, () => '不是可选的类目'],
];

/**
 * A Zod message in the seller's language. Zod words its messages in English; the ones the 设置 tab can meet
 * are given in Chinese, anything else is shown as Zod wrote it rather than hidden. `shown` turns a stored bound
 * into the unit the seller types (a share 1 → 100 for a percent field).
 */
export function sayZodMessage(message: string, lang: Lang, shown: (n: string) => string = (n) => n): string {
  if (lang === 'en') return message.replace(/([<>]=?)(-?[\d.]+)/g, (_, op: string, n: string) => `${op}${shown(n)}`);
  for (const [re, say] of ZH) {
    const m = message.match(re);
    if (m) return say(m, shown);
  }
  return message;
}
