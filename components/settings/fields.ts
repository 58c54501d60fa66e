import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { MessageKey } from '../i18n/messages';

/**
 * How a number setting is typed: `int`/`decimal` as stored; `yuan` typed in yuan, stored in fen; `percent` typed
 * as 0–100, stored as a share 0–1; `cuts` four numbers separated by commas or spaces.
 */
export type FieldKind = 'int' | 'decimal' | 'yuan' | 'percent' | 'cuts' | 'code';

/** One setting on the 设置 tab: where it lives in AnalyticsSettings, its label and its unit. */
export interface FieldSpec {
  path: readonly string[];
  kind: FieldKind;
  label: MessageKey;
  unit?: MessageKey;
  help?: MessageKey;
}

/** A group of settings with its heading, in the order the analytics use them. */
export interface FieldGroup {
  id: 'rfm' | 'rfmScores' | 'stock' | 'titles' | 'sku';
  title: MessageKey;
  note?: MessageKey;
  fields: FieldSpec[];
}

const f = (path: string, kind: FieldKind, label: MessageKey, unit?: MessageKey, help?: MessageKey): FieldSpec => ({
  path: path.split('.'),
  kind,
  label,
  ...(unit ? { unit } : {}),
  ...(help ? { help } : {}),
});

/** Every number and short code in AnalyticsSettings (the maps and word lists have editors of their own). */
export const FIELD_GROUPS: FieldGroup[] = [
  {
    id: 'rfm',
    title: 'set_group_rfm',
    fields: [
      f('rfm.vipRecencyDays', 'int', 'set_vipRecencyDays', 'unit_days'),
      f('rfm.vipOrdersPerMonth', 'decimal', 'set_vipOrdersPerMonth', 'unit_ordersPerMonth'),
      f('rfm.vipAvgOrderFen', 'yuan', 'set_vipAvgOrderFen', 'unit_yuan'),
      f('rfm.newWithinDays', 'int', 'set_newWithinDays', 'unit_days'),
      f('rfm.newMaxOrderFen', 'yuan', 'set_newMaxOrderFen', 'unit_yuan'),
      f('rfm.dormantAfterDays', 'int', 'set_dormantAfterDays', 'unit_days'),
      f('rfm.dormantMaxOrdersPerYear', 'int', 'set_dormantMaxOrdersPerYear', 'unit_orders'),
    ],
  },
  {
    id: 'rfmScores',
    title: 'set_group_rfmScores',
    fields: [
      f('rfm.windowDays', 'int', 'set_windowDays', 'unit_days'),
      f('rfm.recencyScoreDays', 'cuts', 'set_recencyScoreDays', 'unit_days', 'help_recencyCuts'),
      f('rfm.frequencyScoreOrders', 'cuts', 'set_frequencyScoreOrders', 'unit_orders', 'help_frequencyCuts'),
    ],
  },
  {
    id: 'stock',
    title: 'set_group_stock',
    fields: [
      f('stock.salesWindowDays', 'int', 'set_salesWindowDays', 'unit_days'),
      f('stock.safetyFactor', 'decimal', 'set_safetyFactor', 'unit_times', 'help_safetyFactor'),
      f('stock.slowWindowDays', 'int', 'set_slowWindowDays', 'unit_days'),
      f('stock.slowMoverUnits', 'int', 'set_slowMoverUnits', 'unit_units'),
      f('stock.leadTimeDays', 'int', 'set_leadTimeDays', 'unit_days'),
      f('stock.bufferRatio', 'percent', 'set_bufferRatio', 'unit_percent', 'help_reorder'),
      f('stock.abcTopShare', 'percent', 'set_abcTopShare', 'unit_percent'),
      f('stock.abcBottomShare', 'percent', 'set_abcBottomShare', 'unit_percent'),
    ],
  },
  {
    id: 'titles',
    title: 'set_group_titles',
    fields: [
      f('titles.maxWidth.taobao', 'int', 'set_maxWidth_taobao', 'unit_width', 'help_width'),
      f('titles.maxWidth.douyin', 'int', 'set_maxWidth_douyin', 'unit_width'),
      f('titles.maxWidth.jd', 'int', 'set_maxWidth_jd', 'unit_width'),
      f('titles.maxWidth.pdd', 'int', 'set_maxWidth_pdd', 'unit_width'),
      f('titles.suggestions', 'int', 'set_suggestions', 'unit_words'),
    ],
  },
  {
    id: 'sku',
    title: 'set_group_sku',
    note: 'note_sku',
    fields: [
      f('sku.matchThreshold', 'percent', 'set_matchThreshold', 'unit_percent', 'help_match'),
      f('sku.platformCodes.taobao', 'code', 'set_code_taobao'),
      f('sku.platformCodes.douyin', 'code', 'set_code_douyin'),
      f('sku.platformCodes.jd', 'code', 'set_code_jd'),
      f('sku.platformCodes.pdd', 'code', 'set_code_pdd'),
    ],
  },
];

/** The value at a path of the settings. */
export function getIn(settings: AnalyticsSettings, path: readonly string[]): unknown {
  let v: unknown = settings;
  for (const k of path) v = (v as Record<string, unknown>)[k];
  return v;
}

/** A copy of the settings with one value replaced (the rest untouched). */
export function setIn(settings: AnalyticsSettings, path: readonly string[], value: unknown): AnalyticsSettings {
  const copy = structuredClone(settings) as unknown as Record<string, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string, unknown>;
  at[path[path.length - 1]!] = value;
  return copy as unknown as AnalyticsSettings;
}

/** Drops float noise (0.1 × 100 = 10.000000000000002) from a shown number. */
const tidy = (n: number) => String(Number(n.toFixed(6)));

/** The stored value as the seller types it. */
export function formatField(kind: FieldKind, value: unknown): string {
  if (kind === 'cuts') return (value as number[]).join(', ');
  if (kind === 'code') return String(value);
  const n = value as number;
  if (kind === 'yuan') return tidy(n / 100);
  if (kind === 'percent') return tidy(n * 100);
  return String(n);
}

/** A typed number, NaN when it is not one (blank included), so Zod says what is wrong. */
const num = (text: string) => (text.trim() === '' ? NaN : Number(text.trim()));

/** What the seller typed, as the schema stores it; validation is left to the schema (lib/settings saveSettings). */
export function parseField(kind: FieldKind, text: string): unknown {
  if (kind === 'cuts') return text.split(/[\s,，、]+/).filter(Boolean).map(num);
  if (kind === 'code') return text.trim().toUpperCase();
  if (kind === 'yuan') return Math.round(num(text) * 100);
  if (kind === 'percent') return num(text) / 100;
  return num(text);
}
