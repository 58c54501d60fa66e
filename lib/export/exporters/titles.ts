import type { KeywordSuggestion, Listing, TitleCheck } from '../../analytics/titles';
import { categoryName } from '../../analytics/sku-codes';
import { col, self, type ExportLang, type Exporter } from '../columns';
import { platformName } from '../labels';

/** One listing's title with its check and suggestions (the 标题 tab's item). */
export interface TitleLine {
  listing: Listing;
  check: TitleCheck;
  suggestions: readonly KeywordSuggestion[];
}

const join = (parts: string[], lang: ExportLang) => parts.join(lang === 'zh' ? '；' : '; ');

/** Title checks and keyword suggestions, one row per listing: width, every issue with its reason, the words to add. */
export const titlesExporter: Exporter<TitleLine> = {
  id: 'title-checks',
  title: { zh: '标题检查', en: 'Title checks' },
  columns: [
    col('平台', 'Platform', 'text', (t, l) => platformName(t.listing.platform, l)),
    col('商品ID', 'Product ID', 'id', (t) => t.listing.productId),
    col('商品标题', 'Title', 'text', (t) => t.listing.title),
    col('类目', 'Category', 'text', (t) => `${t.listing.category} ${categoryName(t.listing.category)}`),
    col('标题宽度', 'Width', 'int', (t) => t.check.width),
    col('宽度上限', 'Width limit', 'int', (t) => t.check.maxWidth),
    col('问题数', 'Issues', 'int', (t) => t.check.issues.length),
    col('问题', 'What to fix', 'text', (t, l) => join(t.check.issues.map((i) => i.reason[l]), l)),
    col('违禁词', 'Banned terms', 'text', (t) =>
      t.check.issues.flatMap((i) => (i.kind === 'term' ? [`${i.hit.text}(${i.hit.grade})`] : [])).join(' '),
    ),
    col('建议加入的词', 'Words to add', 'text', (t) => t.suggestions.map((s) => s.word).join(' ')),
    col('建议依据', 'Evidence', 'text', (t, l) => join(t.suggestions.map((s) => s.reason[l]), l)),
    col('近30天销售额(元)', 'Sales, 30 days (CNY)', 'money', (t) => t.listing.salesFen),
    col('近30天销量', 'Units, 30 days', 'int', (t) => t.listing.units),
  ],
  rows: self,
};
