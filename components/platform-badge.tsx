import { PLATFORM_LABELS, type PlatformId } from '../lib/domain/platform';
import { useI18n } from './i18n';

/** The platform's name as a small badge, coloured per platform so rows of one platform are found at a glance. */
export function PlatformBadge({ platform }: { platform: PlatformId }) {
  const { lang } = useI18n();
  return (
    <span className={`badge badge-${platform}`} data-platform={platform}>
      {PLATFORM_LABELS[platform][lang]}
    </span>
  );
}
