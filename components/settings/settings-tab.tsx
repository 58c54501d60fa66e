import { useState } from 'react';
import { DEFAULT_SETTINGS, type AnalyticsSettings } from '../../lib/analytics/settings';
import type { ShopLensDatabase } from '../../lib/db';
import { PLATFORM_IDS } from '../../lib/domain';
import { useSaveSettings } from '../hooks/use-save-settings';
import { useI18n } from '../i18n';
import { ExtraWords } from './extra-words';
import { FIELD_GROUPS } from './fields';
import { SettingField } from './setting-field';
import { SlowByCategory } from './slow-by-category';
import { WordMapEditor } from './word-map-editor';

const OVERRIDE_KEY = new RegExp(`^(${PLATFORM_IDS.join('|')}):\\S+$`);

/**
 * The 设置 tab: every number the analytics use, grouped as the tabs use them, with units; the category word map
 * and per-product categories; and a reset to the defaults (how much the database holds is on the 数据 tab).
 * Each change is validated and stored at once, and every tab reads the settings live, so the figures change
 * without a reload.
 */
export function SettingsTab({ db, settings }: { db: ShopLensDatabase; settings: AnalyticsSettings }) {
  const { t } = useI18n();
  const { change, reset } = useSaveSettings(db, settings);
  const [confirming, setConfirming] = useState(false);
  const [resetRound, setResetRound] = useState(0);
  const [status, setStatus] = useState<string>();
  const isDefault = JSON.stringify(settings) === JSON.stringify(DEFAULT_SETTINGS);
  const doReset = async () => {
    const result = await reset();
    setConfirming(false);
    setResetRound((r) => r + 1); // fresh inputs: what was being typed is gone with the old values
    setStatus(result.ok ? t('resetDone') : result.errors.join(t('listSep')));
  };
  return (
    <section aria-labelledby="settings-title" key={resetRound}>
      <div className="section-head">
        <h2 id="settings-title">{t('settingsTitle')}</h2>
        {confirming ? (
          <span className="confirm">
            {t('resetConfirm')}
            <button type="button" onClick={() => void doReset()}>
              {t('resetYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('setCancel')}
            </button>
          </span>
        ) : (
          <button type="button" disabled={isDefault} onClick={() => setConfirming(true)}>
            {t('resetDefaults')}
          </button>
        )}
      </div>
      <p className="muted">{t('settingsIntro')}</p>
      {status && (
        <p role="status" className="note">
          {status}
        </p>
      )}
      {FIELD_GROUPS.map((group) => (
        <fieldset key={group.id} className="settings-group" data-testid={`settings-${group.id}`}>
          <legend>{t(group.title)}</legend>
          {group.note && <p className="muted help">{t(group.note)}</p>}
          <div className="setting-grid">
            {group.fields.map((spec) => (
              <SettingField key={spec.path.join('.')} spec={spec} settings={settings} change={change} />
            ))}
          </div>
          {group.id === 'stock' && <SlowByCategory settings={settings} change={change} />}
          {group.id === 'titles' && <ExtraWords settings={settings} change={change} />}
        </fieldset>
      ))}
      <fieldset className="settings-group">
        <legend>{t('set_categoryWords')}</legend>
        <p className="muted help">{t('help_categoryWords')}</p>
        <WordMapEditor
          testId="category-words"
          keyLabel="wordLabel"
          entries={settings.sku.categoryWords}
          save={(edit) => change((s) => ({ ...s, sku: { ...s.sku, categoryWords: edit(s.sku.categoryWords) } }))}
        />
      </fieldset>
      <fieldset className="settings-group">
        <legend>{t('set_categoryOverrides')}</legend>
        <p className="muted help">{t('help_categoryOverrides')}</p>
        <WordMapEditor
          testId="category-overrides"
          keyLabel="overrideLabel"
          entries={settings.sku.categoryOverrides}
          check={(key) => (OVERRIDE_KEY.test(key) ? undefined : 'err_overrideKey')}
          save={(edit) => change((s) => ({ ...s, sku: { ...s.sku, categoryOverrides: edit(s.sku.categoryOverrides) } }))}
        />
      </fieldset>
    </section>
  );
}
