import { useI18n } from './i18n';

/** The reasons the stored analytics settings were refused; the figures below then use the defaults. */
export function SettingsErrors({ errors }: { errors: string[] }) {
  const { t } = useI18n();
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="error settings-errors">
      <strong>{t('settingsInvalid')}</strong>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>{e}</li>
        ))}
      </ul>
    </div>
  );
}
