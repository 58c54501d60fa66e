import { useState } from 'react';
import { CATEGORY_CODES, type AnalyticsSettings, type CategoryCode } from '../../lib/analytics/settings';
import type { SaveResult } from '../hooks/use-save-settings';
import { useI18n } from '../i18n';
import { errorsAt, sayZodMessage } from './field-errors';

const CODES = Object.keys(CATEGORY_CODES) as CategoryCode[];

/**
 * 滞销 thresholds per category (stock.slowMoverUnitsByCategory): a number overrides the general threshold for
 * that category, a blank box means "use the general one".
 */
export function SlowByCategory({
  settings,
  change,
}: {
  settings: AnalyticsSettings;
  change(edit: (s: AnalyticsSettings) => AnalyticsSettings): Promise<SaveResult>;
}) {
  const { t, lang } = useI18n();
  const [drafts, setDrafts] = useState<Partial<Record<CategoryCode, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<CategoryCode, string>>>({});
  const stored = settings.stock.slowMoverUnitsByCategory;
  const onChange = async (code: CategoryCode, text: string) => {
    setDrafts((d) => ({ ...d, [code]: text }));
    const result = await change((s) => {
      const map = { ...s.stock.slowMoverUnitsByCategory };
      if (text.trim() === '') delete map[code];
      else map[code] = Number(text.trim());
      return { ...s, stock: { ...s.stock, slowMoverUnitsByCategory: map } };
    });
    const why = result.ok ? '' : errorsAt(result.errors, ['stock', 'slowMoverUnitsByCategory', code]).map((m) => sayZodMessage(m, lang)).join(t('listSep'));
    setErrors((e) => ({ ...e, [code]: why || (result.ok ? '' : result.errors.join(t('listSep'))) }));
  };
  return (
    <fieldset className="slow-by-category">
      <legend>{t('set_slowByCategory')}</legend>
      <p className="muted help">{t('help_slowByCategory', { n: settings.stock.slowMoverUnits })}</p>
      <div className="setting-grid">
        {CODES.map((code) => {
          const id = `set-slow-${code}`;
          return (
            <div className="setting" key={code}>
              <label htmlFor={id}>{CATEGORY_CODES[code]}</label>
              <span className="setting-input">
                <input
                  id={id}
                  inputMode="numeric"
                  placeholder={String(settings.stock.slowMoverUnits)}
                  value={drafts[code] ?? (stored[code] !== undefined ? String(stored[code]) : '')}
                  aria-invalid={!!errors[code]}
                  onChange={(e) => void onChange(code, e.target.value)}
                />
                <span className="unit">{t('unit_units')}</span>
              </span>
              {errors[code] && (
                <span role="alert" className="field-error">
                  {errors[code]}
                </span>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
