import { useRef, useState } from 'react';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { SaveResult } from '../hooks/use-save-settings';
import { useI18n } from '../i18n';
import { errorsAt, sayZodMessage } from './field-errors';
import { formatField, getIn, parseField, setIn, type FieldSpec } from './fields';

const CODE = /^[A-Z0-9]{1,4}$/;

/** A bound as the seller types it: a stored share 1 reads 100 in a percent field, fen read as yuan. */
const shownBound = (kind: FieldSpec['kind']) => (n: string) =>
  kind === 'percent' ? String(Number(n) * 100) : kind === 'yuan' ? String(Number(n) / 100) : n;

/**
 * One setting: label, input, unit, and — when what was typed does not validate — the reason beside it. A valid
 * change is stored at once (the other tabs recompute live); an invalid one stays in the box, unsaved.
 */
export function SettingField({
  spec,
  settings,
  change,
}: {
  spec: FieldSpec;
  settings: AnalyticsSettings;
  change(edit: (s: AnalyticsSettings) => AnalyticsSettings): Promise<SaveResult>;
}) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<string>();
  const [errors, setErrors] = useState<string[]>([]);
  const typed = useRef(0);
  const id = `set-${spec.path.join('-')}`;
  const onChange = async (text: string) => {
    const round = ++typed.current;
    setDraft(text);
    const value = parseField(spec.kind, text);
    if (spec.kind === 'code' && !CODE.test(value as string)) {
      setErrors([t('err_code')]);
      return;
    }
    const result = await change((s) => setIn(s, spec.path, value));
    if (round !== typed.current) return; // a later keystroke's result decides
    const mine = result.ok ? [] : errorsAt(result.errors, spec.path);
    const shown = result.ok ? [] : mine.length > 0 ? mine : result.errors;
    setErrors(shown.map((m) => sayZodMessage(m, lang, shownBound(spec.kind))));
  };
  const value = draft ?? formatField(spec.kind, getIn(settings, spec.path));
  return (
    <div className="setting" data-testid={id}>
      <label htmlFor={id}>{t(spec.label)}</label>
      <span className="setting-input">
        <input
          id={id}
          type="text"
          inputMode={spec.kind === 'code' || spec.kind === 'cuts' ? 'text' : 'decimal'}
          value={value}
          aria-invalid={errors.length > 0}
          aria-describedby={errors.length > 0 ? `${id}-error` : spec.help ? `${id}-help` : undefined}
          onChange={(e) => void onChange(e.target.value)}
          onBlur={() => errors.length === 0 && setDraft(undefined)}
        />
        {spec.unit && <span className="unit">{t(spec.unit)}</span>}
      </span>
      {errors.length > 0 ? (
        <span id={`${id}-error`} role="alert" className="field-error">
          {errors.join(t('listSep'))}
        </span>
      ) : (
        spec.help && (
          <span id={`${id}-help`} className="muted help">
            {t(spec.help)}
          </span>
        )
      )}
    </div>
  );
}
