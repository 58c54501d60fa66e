import { formatShanghai, PLATFORM_LABELS, type PlatformId } from '../../domain';
import type { AnalyticsSettings, CategoryCode } from '../settings';
import { categoryName, categoryOf, type CategoryLayer } from './category';
import { sizeOf, type SizeLayer } from './size';

/** The four layers of a code before any collision serial, with what decided each. */
export interface CodeLayers {
  platformCode: string;
  category: CategoryLayer;
  size: SizeLayer;
  yymm: string;
  /** listed: the product's listing date; firstSeen: the earliest order or capture of the SKU. */
  monthFrom: 'listed' | 'firstSeen';
  monthAt: number;
  base: string;
}

/** An instant → its Asia/Shanghai year-month as `YYMM`: 2025-04-03 → `2504`. */
export function yymmOf(ms: number): string {
  const d = new Date(ms + 8 * 3600_000);
  const month = d.getUTCMonth() + 1;
  return String(d.getUTCFullYear() % 100).padStart(2, '0') + (month < 10 ? '0' : '') + month;
}

/**
 * The layers of a new code: platform code from settings.sku.platformCodes, category from the title (with the
 * per-product override), size from the spec, YYMM from the listing date when a product row gave one, else
 * from the month the SKU was first seen.
 */
export function codeLayers(
  sku: { platform: PlatformId; title: string; spec: string },
  overrideProductId: string,
  listedAt: number | undefined,
  firstSeenAt: number,
  settings: AnalyticsSettings,
): CodeLayers {
  const platformCode = settings.sku.platformCodes[sku.platform];
  const category = categoryOf(sku.title, sku.platform, overrideProductId, settings);
  const size = sizeOf(sku.spec, sku.title);
  const monthFrom = listedAt !== undefined ? 'listed' : 'firstSeen';
  const monthAt = listedAt ?? firstSeenAt;
  const yymm = yymmOf(monthAt);
  return { platformCode, category, size, yymm, monthFrom, monthAt, base: `${platformCode}-${category.code}-${size.size}-${yymm}` };
}

/** The code for the n-th SKU on the same four layers: the first keeps the bare code, then -02, -03 … */
export function withSerial(base: string, serial: number): string {
  return serial === 1 ? base : `${base}-${String(serial).padStart(2, '0')}`;
}

/** One line saying why each layer is what it is. */
export function layersReason(l: CodeLayers, platform: PlatformId, serial: number): { zh: string; en: string } {
  const cat = l.category;
  const catName = categoryName(cat.code as CategoryCode);
  const catZh =
    cat.source === 'override' ? '手动指定' : cat.source === 'none' ? '标题无类目词' : `标题含「${cat.word}」${cat.source === 'seller' ? '（自定义词）' : ''}`;
  const catEn =
    cat.source === 'override' ? 'set by hand' : cat.source === 'none' ? 'no category word in the title' : `title has “${cat.word}”${cat.source === 'seller' ? ' (your word)' : ''}`;
  const sizeZh = l.size.from ? `规格「${l.size.from}」` : '规格中无尺码';
  const sizeEn = l.size.from ? `spec “${l.size.from}”` : 'no size in the spec';
  const day = formatShanghai(l.monthAt, false);
  const monthZh = l.monthFrom === 'listed' ? `上架于 ${day}` : `首次见到于 ${day}`;
  const monthEn = l.monthFrom === 'listed' ? `listed ${day}` : `first seen ${day}`;
  const serialZh = serial > 1 ? `；前四层与已有 ${serial - 1} 个编码相同，加序号 -${String(serial).padStart(2, '0')}` : '';
  const serialEn = serial > 1 ? `; ${serial - 1} code(s) already share the four layers, serial -${String(serial).padStart(2, '0')}` : '';
  return {
    zh: `${PLATFORM_LABELS[platform].zh} ${l.platformCode}；类目 ${cat.code} ${catName}（${catZh}）；尺码 ${l.size.size}（${sizeZh}）；${l.yymm}（${monthZh}）${serialZh}`,
    en: `${PLATFORM_LABELS[platform].en} ${l.platformCode}; category ${cat.code} ${catName} (${catEn}); size ${l.size.size} (${sizeEn}); ${l.yymm} (${monthEn})${serialEn}`,
  };
}
