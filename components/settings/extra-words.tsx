import { useState } from 'react';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { SaveResult } from '../hooks/use-save-settings';
import { useI18n } from '../i18n';

/** The words as typed: one per line (or separated by commas, 、 or spaces), blanks and repeats dropped. */
export function parseWordList(text: string): string[] {
  return [...new Set(text.split(/[\n,，、\s]+/).map((w) => w.trim()).filter(Boolean))];
}

/** The seller's own shop words (titles.extraWords), kept whole when titles are segmented. Saved as typed. */
export function ExtraWords({
  settings,
  change,
}: {
  settings: AnalyticsSettings;
  change(edit: (s: AnalyticsSettings) => AnalyticsSettings): Promise<SaveResult>;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState<string>();
  const onChange = async (text: string) => {
    setDraft(text);
    const result = await change((s) => ({ ...s, titles: { ...s.titles, extraWords: parseWordList(text) } }));
    setError(result.ok ? undefined : result.errors.join(t('listSep')));
  };
  return (
    <div className="setting setting-wide">
      <label htmlFor="set-extraWords">{t('set_extraWords')}</label>
      <textarea
        id="set-extraWords"
        rows={3}
        value={draft ?? settings.titles.extraWords.join('\n')}
        onChange={(e) => void onChange(e.target.value)}
        onBlur={() => !error && setDraft(undefined)}
      />
      <span className="muted help">{t('help_extraWords')}</span>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
