import type { StockWarning } from '../lib/analytics/stock';
import { useI18n } from './i18n';
import type { MessageKey } from './i18n/messages';

/** The short name of each warning kind. */
export const WARNING_LABEL: Record<StockWarning['kind'], MessageKey> = {
  outOfStock: 'warn_outOfStock',
  reorder: 'warn_reorder',
  slowMover: 'warn_slowMover',
  belowReorderPoint: 'warn_cover',
};

/** A warning's name as a coloured tag: red for 断货, orange for 补货 and cover, grey-blue for 滞销. */
export function StockWarningTag({ kind }: { kind: StockWarning['kind'] }) {
  const { t } = useI18n();
  return <span className={`tag warn-${kind}`}>{t(WARNING_LABEL[kind])}</span>;
}
