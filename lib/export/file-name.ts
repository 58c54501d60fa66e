import { dateCell } from './cells';
import type { Bilingual, ExportLang } from './columns';

/** Characters Windows, macOS or a browser refuse in a file name, and control characters. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

function clean(part: string): string {
  return part.replace(UNSAFE, '-').replace(/\s+/g, ' ').trim().slice(0, 60);
}

/**
 * A file name that says what and when: `店镜_库存预警_2025-11-21.csv` (the day in Asia/Shanghai), with an optional
 * detail (`店镜_客户_沉睡用户_2025-11-21.csv`); in English `ShopLens_Stock warnings_2025-11-21.csv`. Scraped or
 * typed parts are stripped of characters a file system refuses.
 */
export function csvFileName(what: Bilingual, now: number, lang: ExportLang = 'zh', detail?: Bilingual | string): string {
  const app = lang === 'zh' ? '店镜' : 'ShopLens';
  const extra = detail === undefined ? '' : clean(typeof detail === 'string' ? detail : detail[lang]);
  const parts = [app, clean(what[lang]), ...(extra ? [extra] : []), dateCell(now)];
  return `${parts.join('_')}.csv`;
}
