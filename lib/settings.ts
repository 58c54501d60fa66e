import { DEFAULT_SETTINGS, parseSettings, type AnalyticsSettings } from './analytics/settings';
import type { ShopLensDatabase } from './db';

const KEY = 'analytics';

/**
 * The seller's analytics settings, validated on the way out: a stored value that no longer validates (edited
 * by hand, written by an older version) falls back to the defaults and says why, instead of breaking the panel.
 */
export async function loadSettings(db: ShopLensDatabase): Promise<{ settings: AnalyticsSettings; errors: string[] }> {
  const row = await db.settings.get(KEY);
  if (!row) return { settings: DEFAULT_SETTINGS, errors: [] };
  const parsed = parseSettings(row.value);
  return parsed.ok ? { settings: parsed.settings, errors: [] } : { settings: DEFAULT_SETTINGS, errors: parsed.errors };
}

/** Validates and stores new settings; nothing is stored when they do not validate, and the errors say why. */
export async function saveSettings(db: ShopLensDatabase, input: unknown): Promise<{ ok: true } | { ok: false; errors: string[] }> {
  const parsed = parseSettings(input);
  if (!parsed.ok) return parsed;
  await db.settings.put({ id: KEY, value: parsed.settings });
  return { ok: true };
}
